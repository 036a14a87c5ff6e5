// GET /api/v1/dashboards — the published dashboards the caller may open
// 200 { data: DashboardSummaryDto[] } = Array<{ key, name: Label, description: Label | null, version: number, widgetCount: number }>, sorted by key.
import { apiRoute, json } from '@/server/api/handler';
import { listDashboards } from '@/server/dashboards';

export const GET = apiRoute(async ({ db, actor }) => json({ data: await listDashboards(db, actor) }));
