// GET /api/v1/export/{entity}?format=xlsx|csv&filter=&sort=&locale= — the filtered list as a file
import { attachment } from '@/server/api/content-disposition';
import { apiRoute } from '@/server/api/handler';
import { exportRecords } from '@/server/services/export-records';
import { requestLocale, toLocale } from '@/i18n/locale';

export const GET = apiRoute<{ entity: string }>(async ({ request, db, actor, params }) => {
  const query = new URL(request.url).searchParams;
  // Headers follow the caller's language: ?locale= first, then the language the UI is in.
  const locale = query.has('locale') ? toLocale(query.get('locale')!) : requestLocale(request);
  const file = await exportRecords(db, actor, params.entity, { format: query.get('format') ?? undefined, filter: query.get('filter') ?? undefined, sort: query.get('sort') ?? undefined }, locale);
  return new Response(file.body, {
    headers: { 'Content-Type': file.contentType, 'Content-Disposition': attachment(file.fileName), 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
  });
});
