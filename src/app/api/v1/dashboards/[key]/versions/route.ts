// GET /api/v1/dashboards/{key}/versions — published versions, newest first, each with its definition
import { apiRoute, json } from '@/server/api/handler';
import { listDashboardVersions } from '@/server/dashboards/design-versions';

export const GET = apiRoute<{ key: string }>(async ({ db, actor, params }) => json({ data: await listDashboardVersions(db, actor, params.key) }));
