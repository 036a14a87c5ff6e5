// GET /api/v1/workflows/{key}/versions/{version} — one published version's document
import { apiRoute, json } from '@/server/api/handler';
import { versionParam } from '@/server/workflows/route-params';
import { getWorkflowVersion } from '@/server/workflows/workflow-versions';

export const GET = apiRoute<{ key: string; version: string }>(async ({ db, actor, params }) => json(await getWorkflowVersion(db, actor, params.key, versionParam(params.version))));
