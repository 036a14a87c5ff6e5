// GET /api/v1/dashboards/{key} — the latest published definition
// 200 { data: DashboardDef } (src/engine/dashboard/definition.ts, defaults filled in); 404 no such published dashboard; 403 not for the caller's roles.
import { apiRoute, json } from '@/server/api/handler';
import { getDashboard } from '@/server/dashboards';

export const GET = apiRoute<{ key: string }>(async ({ db, actor, params }) => json({ data: await getDashboard(db, actor, params.key) }));
