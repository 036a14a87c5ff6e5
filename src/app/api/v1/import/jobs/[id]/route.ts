// GET /api/v1/import/jobs/{id} — an import job's status, progress, counts and first errors
import { apiRoute, json } from '@/server/api/handler';
import { getImportJob } from '@/server/services/import/get-import-job';

export const GET = apiRoute<{ id: string }>(async ({ db, actor, params }) => json(await getImportJob(db, actor, params.id), 200, { 'Cache-Control': 'no-store' }));
