// POST /api/v1/dashboards/preview — run one unsaved widget ({ widget, filters?, input? }) for the designer; 200 { data: WidgetData }
import { apiRoute, json } from '@/server/api/handler';
import { readJsonBody } from '@/server/api/read-body';
import { previewWidget } from '@/server/dashboards/design-preview';

export const POST = apiRoute(async ({ request, db, actor }) => json({ data: await previewWidget(db, actor, await readJsonBody(request)) }));
