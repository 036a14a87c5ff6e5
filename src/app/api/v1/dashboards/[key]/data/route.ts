// GET /api/v1/dashboards/{key}/data?from=YYYY-MM-DD&to=YYYY-MM-DD&preset=&filters=<json> — every widget's data
// 200 { data: { range: { from, to } | null, widgets: Array<{ key, ok: true, data: WidgetData } | { key, ok: false, error: { code, message, details? } }> } }
// (DashboardDataDto and WidgetDataDto in src/engine/dashboard/dashboard-dto.ts); 400 bad range or filters; 403; 404.
import { apiRoute, json } from '@/server/api/handler';
import { getDashboardData } from '@/server/dashboards';

export const GET = apiRoute<{ key: string }>(async ({ request, db, actor, params }) => json({ data: await getDashboardData(db, actor, params.key, new URL(request.url).searchParams) }));
