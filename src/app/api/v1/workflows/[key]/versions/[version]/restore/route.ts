// POST /api/v1/workflows/{key}/versions/{version}/restore — the draft becomes that version's document
import { apiRoute, json } from '@/server/api/handler';
import { versionParam } from '@/server/workflows/route-params';
import { restoreWorkflowVersion } from '@/server/workflows/workflow-versions';

export const POST = apiRoute<{ key: string; version: string }>(async ({ db, actor, params }) => json(await restoreWorkflowVersion(db, actor, params.key, versionParam(params.version))));
