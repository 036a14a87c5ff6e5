// POST /api/v1/dashboards/{key}/publish — freeze the draft as the next version (422 validation_failed, details.problems naming widgets)
import { apiRoute, json } from '@/server/api/handler';
import { publishDashboard } from '@/server/dashboards/design-publish';

export const POST = apiRoute<{ key: string }>(async ({ db, actor, params }) => json(await publishDashboard(db, actor, params.key)));
