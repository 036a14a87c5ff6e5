// GET /api/v1/records/{entity} — filtered, sorted, paged list; POST — create a record
import { apiRoute, json } from '@/server/api/handler';
import { readJsonBody } from '@/server/api/read-body';
import type { RecordDto } from '@/engine/contract/api-types';
import { createRecordReplayable } from '@/server/services/create-record';
import { requestHash } from '@/server/services/idempotency';
import { listRecords } from '@/server/services/list-records';
import { requestLocale } from '@/i18n/locale';

export const GET = apiRoute<{ entity: string }>(async ({ request, db, actor, params }) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return json(await listRecords(db, actor, params.entity, query));
});

export const POST = apiRoute<{ entity: string }>(async ({ request, db, actor, params }) => {
  const body = await readJsonBody(request);
  const key = request.headers.get('idempotency-key');
  const idempotency = key === null ? undefined : { key, requestHash: requestHash('POST', new URL(request.url).pathname, body) };
  const result = await createRecordReplayable(db, actor, params.entity, body, { idempotency, locale: requestLocale(request), takeApprovers: true });
  const record = result.body as RecordDto;
  return json(record, result.status, {
    ETag: `"${record.version}"`,
    Location: `/api/v1/records/${params.entity}/${record.id}`,
    ...(result.replayed ? { 'Idempotent-Replayed': 'true' } : {}),
  });
});
