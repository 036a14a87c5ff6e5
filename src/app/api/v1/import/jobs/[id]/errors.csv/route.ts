// GET /api/v1/import/jobs/{id}/errors.csv — the full error report of an import job
import { apiRoute } from '@/server/api/handler';
import { attachment } from '@/server/api/content-disposition';
import { importErrorReport } from '@/server/services/import/get-import-job';

export const GET = apiRoute<{ id: string }>(async ({ db, actor, params }) => {
  const report = await importErrorReport(db, actor, params.id);
  return new Response(report.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': attachment(report.fileName) } });
});
