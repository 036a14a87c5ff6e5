// POST /api/v1/tasks/batch — approve several tasks, each in its own transaction, with a result per task
import { apiRoute, json } from '@/server/api/handler';
import { readJsonBody } from '@/server/api/read-body';
import { batchApprove } from '@/server/workflows/batch-approve';

export const POST = apiRoute(async ({ request, db, actor }) => json({ data: await batchApprove(db, actor, await readJsonBody(request)) }));
