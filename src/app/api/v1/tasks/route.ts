// GET /api/v1/tasks?box=todo|done|initiated|cc&page=&pageSize= — one page of the caller's inbox box
import { apiRoute, json } from '@/server/api/handler';
import { listTasks } from '@/server/workflows/list-tasks';
import { pageParams } from '@/server/workflows/route-params';

export const GET = apiRoute(async ({ request, db, actor }) => {
  const query = new URL(request.url).searchParams;
  return json(await listTasks(db, actor, { box: query.get('box') ?? 'todo', ...pageParams(query) }));
});
