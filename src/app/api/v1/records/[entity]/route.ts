// GET /api/v1/records/{entity} — filtered, sorted, paged list; POST — create a record
import { apiRoute, json } from '@/server/api/handler';
import { readJsonBody } from '@/server/api/read-body';
import { createRecord } from '@/server/services/create-record';
import { listRecords } from '@/server/services/list-records';

export const GET = apiRoute<{ entity: string }>(async ({ request, db, actor, params }) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return json(await listRecords(db, actor, params.entity, query));
});

export const POST = apiRoute<{ entity: string }>(async ({ request, db, actor, params }) => {
  const record = await createRecord(db, actor, params.entity, await readJsonBody(request));
  return json(record, 201, { ETag: `"${record.version}"`, Location: `/api/v1/records/${params.entity}/${record.id}` });
});
