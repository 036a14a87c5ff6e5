// GET /api/v1/tasks/{id} — a task with its record (node field permissions applied), timeline and allowed actions
import { apiRoute, json } from '@/server/api/handler';
import { getTask } from '@/server/workflows/get-task';

export const GET = apiRoute<{ id: string }>(async ({ db, actor, params }) => json(await getTask(db, actor, params.id)));
