// POST /api/v1/admin/jobs/{id}/retry — give a dead job a fresh set of attempts (404 unknown, 409 not dead)
import { apiRoute, json } from '@/server/api/handler';
import { adminRetryJob } from '@/server/services/admin-jobs';

export const POST = apiRoute<{ id: string }>(async ({ db, actor, params }) => json(await adminRetryJob(db, actor, params.id)));
