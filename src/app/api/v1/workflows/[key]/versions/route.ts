// GET /api/v1/workflows/{key}/versions — published versions, newest first
import { apiRoute, json } from '@/server/api/handler';
import { listWorkflowVersions } from '@/server/workflows/workflow-versions';

export const GET = apiRoute<{ key: string }>(async ({ db, actor, params }) => json({ data: await listWorkflowVersions(db, actor, params.key) }));
