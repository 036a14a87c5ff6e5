// GET /api/v1/templates — available templates and the installed version of each (admin)
import { apiRoute, json } from '@/server/api/handler';
import { listTemplates } from '@/server/services/templates/list-templates';

export const GET = apiRoute(async ({ db, actor }) => json({ data: await listTemplates(db, actor) }));
