import postgres from 'postgres';
import type { Actor } from '../../src/server/auth/actor';
import type { DbHandle } from '../../src/server/db/types';
import { listTasks } from '../../src/server/workflows/list-tasks';
import { taskCounts } from '../../src/server/workflows/task-counts';
import { APPROVAL_WORKFLOW } from './workflow-fixtures';

export const TASKS = 1_000_000;
const TASKS_PER_INSTANCE = 5;
const ASSIGNEES = 2000;

export type InboxUser = { actor: Actor; tasks: number; pending: number };

/**
 * 1,000,000 task rows in 200,000 instances over a year, in SQL. Instance n starts at
 * now − (200,000 − n)·158 s; its five tasks follow an hour apart. The newest 10 % of instances are
 * running with their last task pending, 1 % of older tasks were left pending, the rest were decided.
 * Assignee = slot ⌊2000·r²⌋ of 2,000: slot 0 (the heaviest approver, ~2 % of all tasks) and slot 1000
 * (a typical one) are the two real users timed, the others random ids (the table has no user FK).
 */
export async function fillInbox(url: string, heavy: Actor, typical: Actor, initiator: Actor, recordIds: string[]): Promise<{ seconds: number; heavy: InboxUser; typical: InboxUser }> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const started = performance.now();
  const instances = TASKS / TASKS_PER_INSTANCE;
  const [definition] = await sql`select id from definitions where kind = 'workflow' and key = ${APPROVAL_WORKFLOW} and status = 'published'`;
  await sql`create temporary table bench_assignees as
            select g - 1 as slot, case g - 1 when 0 then ${heavy.id}::uuid when 1000 then ${typical.id}::uuid else gen_random_uuid() end as id
            from generate_series(1, ${ASSIGNEES}) g`;
  await sql`insert into workflow_instances (id, workflow_key, definition_id, entity, record_id, status, state, initiator_id, started_at, updated_at, finished_at)
            select md5('bench-instance-' || n)::uuid, ${APPROVAL_WORKFLOW}, ${definition.id}, 'orders', (${recordIds}::uuid[])[1 + n % ${recordIds.length}],
                   case when n > ${instances * 0.9} then 'running' when n % 7 = 0 then 'rejected' else 'approved' end,
                   '{"tokens": []}'::jsonb, ${initiator.id}, at, at, case when n > ${instances * 0.9} then null else at + interval '5 hours' end
            from generate_series(1, ${instances}) n, lateral (select now() - (${instances} - n) * interval '158 seconds' as at) s`;
  await sql`insert into workflow_tasks (id, instance_id, node_key, assignee_id, status, created_at, completed_at)
            select gen_random_uuid(), md5('bench-instance-' || n)::uuid, case when k < 3 then 'sales_manager' else 'finance' end, a.id, t.status, at,
                   case when t.status = 'pending' then null else at + random() * interval '50 minutes' end
            from generate_series(0, ${TASKS - 1}) g
            cross join lateral (select g / ${TASKS_PER_INSTANCE} + 1 as n, g % ${TASKS_PER_INSTANCE} as k, floor(${ASSIGNEES} * random() ^ 2)::int as slot, random() as r) p
            cross join lateral (select now() - (${instances} - n) * interval '158 seconds' + k * interval '1 hour' as at) c
            cross join lateral (select case when (n > ${instances * 0.9} and k = ${TASKS_PER_INSTANCE - 1}) or r < 0.01 then 'pending'
                                            when r < 0.9 then 'approved' when r < 0.95 then 'rejected' when r < 0.98 then 'returned' else 'transferred' end as status) t
            join bench_assignees a on a.slot = p.slot`;
  await sql`vacuum analyze workflow_instances`;
  await sql`vacuum analyze workflow_tasks`;
  const seconds = (performance.now() - started) / 1000;
  const countOf = async (actor: Actor): Promise<InboxUser> => {
    const [row] = await sql`select count(*)::int as tasks, count(*) filter (where status = 'pending')::int as pending from workflow_tasks where assignee_id = ${actor.id}`;
    return { actor, tasks: row.tasks as number, pending: row.pending as number };
  };
  const result = { seconds, heavy: await countOf(heavy), typical: await countOf(typical) };
  await sql.end();
  return result;
}

/** `times` calls of one inbox read, one at a time, as the route handler makes them; milliseconds each. */
export async function timeInbox(handle: DbHandle, actor: Actor, read: 'todo' | 'done' | 'counts', times: number): Promise<number[]> {
  const call = () => (read === 'counts' ? taskCounts(handle.db, actor) : listTasks(handle.db, actor, { box: read, page: 1, pageSize: 20 }));
  for (let warm = 0; warm < 5; warm += 1) await call();
  const latencies: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const begun = performance.now();
    await call();
    latencies.push(performance.now() - begun);
  }
  return latencies;
}
