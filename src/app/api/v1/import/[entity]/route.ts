// POST /api/v1/import/{entity} — upload an xlsx/csv: dry run (200 preview) or start an import job (202)
import { apiRoute, json } from '@/server/api/handler';
import { startImport } from '@/server/services/import/start-import';

export const POST = apiRoute<{ entity: string }>(async ({ request, db, actor, params }) => {
  const result = await startImport(db, actor, params.entity, request);
  if (result.kind === 'preview') return json(result.preview);
  return json({ jobId: result.jobId }, 202, { Location: `/api/v1/import/jobs/${result.jobId}` });
});
