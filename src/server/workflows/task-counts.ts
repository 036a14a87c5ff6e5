import { sql } from 'drizzle-orm';
import { queryOne } from '../db/sql';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { DECIDED_STATUSES } from './list-tasks';

export type TaskCounts = { todo: number; done: number; initiated: number; cc: number; unreadNotifications: number };

/** The navigation's badges, in one statement of index-only counts. */
export async function taskCounts(db: Db, actor: Actor): Promise<TaskCounts> {
  const decided = sql.join(DECIDED_STATUSES.map((status) => sql`${status}`), sql`, `);
  const row = await queryOne<Record<keyof TaskCounts, string>>(
    db,
    sql`select
          (select count(*) from workflow_tasks where assignee_id = ${actor.id} and status = 'pending')::text as todo,
          (select count(*) from workflow_tasks where assignee_id = ${actor.id} and status in (${decided}))::text as done,
          (select count(*) from workflow_instances where initiator_id = ${actor.id})::text as initiated,
          (select count(*) from workflow_cc where user_id = ${actor.id})::text as cc,
          (select count(*) from notifications where user_id = ${actor.id} and read_at is null)::text as "unreadNotifications"`,
  );
  return { todo: Number(row?.todo ?? 0), done: Number(row?.done ?? 0), initiated: Number(row?.initiated ?? 0), cc: Number(row?.cc ?? 0), unreadNotifications: Number(row?.unreadNotifications ?? 0) };
}
