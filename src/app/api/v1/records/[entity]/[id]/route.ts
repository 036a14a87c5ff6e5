// GET/PATCH/DELETE /api/v1/records/{entity}/{id} — read, update (If-Match: <version>), delete
import { apiRoute, json } from '@/server/api/handler';
import { readJsonBody } from '@/server/api/read-body';
import { expectedVersion } from '@/server/api/if-match';
import { deleteRecord } from '@/server/services/delete-record';
import { getRecord } from '@/server/services/get-record';
import { updateRecord } from '@/server/services/update-record';
import { requestLocale } from '@/i18n/locale';

type Params = { entity: string; id: string };

export const GET = apiRoute<Params>(async ({ db, actor, params }) => {
  const record = await getRecord(db, actor, params.entity, params.id);
  return json(record, 200, { ETag: `"${record.version}"` });
});

export const PATCH = apiRoute<Params>(async ({ request, db, actor, params }) => {
  const version = expectedVersion(request, true)!;
  const record = await updateRecord(db, actor, params.entity, params.id, version, await readJsonBody(request), { locale: requestLocale(request) });
  return json(record, 200, { ETag: `"${record.version}"` });
});

export const DELETE = apiRoute<Params>(async ({ request, db, actor, params }) => {
  await deleteRecord(db, actor, params.entity, params.id, expectedVersion(request, false));
  return new Response(null, { status: 204 });
});
