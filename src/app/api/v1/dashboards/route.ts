// GET /api/v1/dashboards — the published dashboards the caller may open; POST — create one (an empty draft; designers)
// 200 { data: DashboardSummaryDto[] } = Array<{ key, name: Label, description: Label | null, version: number, widgetCount: number }>, sorted by key.
import { apiRoute, json } from '@/server/api/handler';
import { readJsonBody } from '@/server/api/read-body';
import { listDashboards } from '@/server/dashboards';
import { createDashboard } from '@/server/dashboards/design-create';

export const GET = apiRoute(async ({ db, actor }) => json({ data: await listDashboards(db, actor) }));

export const POST = apiRoute(async ({ request, db, actor }) => json(await createDashboard(db, actor, await readJsonBody(request)), 201));
