// POST /api/v1/tasks/{id}/actions/{action} — approve, reject, return, transfer, add_signer or comment (409 when already decided)
import { apiRoute, json } from '@/server/api/handler';
import { notFound } from '@/server/errors';
import { actOnTask } from '@/server/workflows/act-on-task';
import { readOptionalJsonBody } from '@/server/workflows/optional-body';
import { TASK_ACTIONS, type TaskAction } from '@/server/workflows/task-action-input';

export const POST = apiRoute<{ id: string; action: string }>(async ({ request, db, actor, params }) => {
  if (!(TASK_ACTIONS as readonly string[]).includes(params.action)) throw notFound(`Tasks have no action "${params.action}"`);
  return json(await actOnTask(db, actor, params.id, params.action as TaskAction, await readOptionalJsonBody(request)));
});
