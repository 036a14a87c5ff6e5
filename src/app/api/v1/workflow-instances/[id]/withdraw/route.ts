// POST /api/v1/workflow-instances/{id}/withdraw — the initiator withdraws while nobody has acted (409 after)
import { apiRoute, json } from '@/server/api/handler';
import { readOptionalJsonBody } from '@/server/workflows/optional-body';
import { withdrawInstance } from '@/server/workflows/withdraw-instance';

export const POST = apiRoute<{ id: string }>(async ({ request, db, actor, params }) => json(await withdrawInstance(db, actor, params.id, await readOptionalJsonBody(request))));
