// GET /api/v1/tasks/counts — the inbox badges and the unread notification count
import { apiRoute, json } from '@/server/api/handler';
import { taskCounts } from '@/server/workflows/task-counts';

export const GET = apiRoute(async ({ db, actor }) => json(await taskCounts(db, actor)));
