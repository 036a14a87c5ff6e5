// GET /api/v1/admin/jobs?status=dead&queue= — the dead letters of the job queue (admin only)
import { apiRoute, json } from '@/server/api/handler';
import { adminListJobs } from '@/server/services/admin-jobs';

export const GET = apiRoute(async ({ request, db, actor }) => json(await adminListJobs(db, actor, new URL(request.url).searchParams)));
