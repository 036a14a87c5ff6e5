import { sql, type SQL } from 'drizzle-orm';
import type { LocalizedText } from '@/engine/workflow';
import { queryOne, queryRows } from '../db/sql';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { validationFailed } from '../errors';
import { findTitles } from '../store/records';
import { loadRegistry } from '../services/entity-registry';
import { definitionsById } from './definition-rows';
import { localized, nodeNameOf, type Person } from './workflow-dtos';

export const INBOX_BOXES = ['todo', 'done', 'initiated', 'cc'] as const;
export type InboxBox = (typeof INBOX_BOXES)[number];

export type InboxItem = {
  id: string;
  instanceId: string;
  workflowKey: string;
  workflowName: LocalizedText;
  nodeKey: string | null;
  nodeName: LocalizedText | null;
  entity: string;
  recordId: string;
  recordTitle: string | null;
  initiator: Person;
  status: string;
  createdAt: string;
  completedAt: string | null;
  dueAt: string | null;
};

type Row = {
  id: string;
  instance_id: string;
  workflow_key: string;
  definition_id: string;
  node_key: string | null;
  entity: string;
  record_id: string;
  initiator_id: string;
  initiator_name: string | null;
  status: string;
  created_at: string | Date;
  completed_at: string | Date | null;
  due_at: string | Date | null;
};

export const DECIDED_STATUSES = ['approved', 'rejected', 'returned', 'transferred'];
const decided = sql.join(DECIDED_STATUSES.map((status) => sql`${status}`), sql`, `);

/**
 * Each box as one indexed query: (assignee, status, created_at) for to-do, (assignee, completed_at) for
 * done, (initiator, started_at) and (user, created_at) for the others. Orders say `desc nulls last`
 * because drizzle's `.desc()` indexes are DESC NULLS LAST: a bare DESC means NULLS FIRST, and PostgreSQL
 * then sorts every row of the box (joined first) instead of reading the index, even on NOT NULL columns.
 * `counted` is the box's own table alone: the joins add nothing to a count (every task and CC row has
 * its instance, by foreign key), and counting through them joined every row of a large box.
 */
function boxQuery(box: InboxBox, userId: string): { from: SQL; counted: SQL; where: SQL; order: SQL; select: SQL } {
  const instanceColumns = sql`i.id as instance_id, i.workflow_key, i.definition_id, i.entity, i.record_id, i.initiator_id, u.display_name as initiator_name`;
  switch (box) {
    case 'todo':
    case 'done':
      return {
        select: sql`t.id, ${instanceColumns}, t.node_key, t.status, t.created_at, t.completed_at, t.due_at`,
        from: sql`workflow_tasks t join workflow_instances i on i.id = t.instance_id left join users u on u.id = i.initiator_id`,
        counted: sql`workflow_tasks t`,
        where: box === 'todo' ? sql`t.assignee_id = ${userId} and t.status = 'pending'` : sql`t.assignee_id = ${userId} and t.status in (${decided})`,
        order: box === 'todo' ? sql`t.created_at desc nulls last, t.id` : sql`t.completed_at desc nulls last, t.id`,
      };
    case 'initiated':
      return {
        select: sql`i.id, ${instanceColumns}, i.state -> 'tokens' -> 0 ->> 'nodeKey' as node_key, i.status, i.started_at as created_at, i.finished_at as completed_at, null as due_at`,
        from: sql`workflow_instances i left join users u on u.id = i.initiator_id`,
        counted: sql`workflow_instances i`,
        where: sql`i.initiator_id = ${userId}`,
        order: sql`i.started_at desc nulls last, i.id`,
      };
    case 'cc':
      return {
        select: sql`c.id::text as id, ${instanceColumns}, c.node_key, i.status, c.created_at, c.read_at as completed_at, null as due_at`,
        from: sql`workflow_cc c join workflow_instances i on i.id = c.instance_id left join users u on u.id = i.initiator_id`,
        counted: sql`workflow_cc c`,
        where: sql`c.user_id = ${userId}`,
        order: sql`c.created_at desc nulls last, c.id`,
      };
  }
}

const iso = (value: string | Date | null) => (value === null ? null : new Date(value).toISOString());

export type ListTasksQuery = { box: string; page?: number; pageSize?: number };

/** One page of an inbox box, newest first, with workflow and node names and the record's title. */
export async function listTasks(db: Db, actor: Actor, query: ListTasksQuery): Promise<{ data: InboxItem[]; total: number }> {
  if (!(INBOX_BOXES as readonly string[]).includes(query.box)) throw validationFailed(`"box" must be one of ${INBOX_BOXES.join(', ')}`);
  const page = Math.max(1, Math.floor(query.page ?? 1));
  const pageSize = Math.min(100, Math.max(1, Math.floor(query.pageSize ?? 20)));
  const box = boxQuery(query.box as InboxBox, actor.id);
  const [rows, count] = await Promise.all([
    queryRows<Row>(db, sql`select ${box.select} from ${box.from} where ${box.where} order by ${box.order} limit ${pageSize} offset ${(page - 1) * pageSize}`),
    queryOne<{ n: string }>(db, sql`select count(*)::text as n from ${box.counted} where ${box.where}`),
  ]);
  const [definitions, registry] = await Promise.all([definitionsById(db, rows.map((row) => row.definition_id)), loadRegistry(db)]);
  const titles = new Map<string, Map<string, string | null>>();
  await Promise.all(
    [...new Set(rows.map((row) => row.entity))].map(async (key) => {
      const entity = registry.get(key);
      if (entity) titles.set(key, await findTitles(db, entity, rows.filter((row) => row.entity === key).map((row) => row.record_id)));
    }),
  );
  const data = rows.map((row): InboxItem => {
    const definition = definitions.get(row.definition_id);
    return {
      id: row.id,
      instanceId: row.instance_id,
      workflowKey: row.workflow_key,
      workflowName: localized(definition?.name, row.workflow_key),
      nodeKey: row.node_key,
      nodeName: row.node_key ? nodeNameOf(definition, row.node_key) : null,
      entity: row.entity,
      recordId: row.record_id,
      recordTitle: titles.get(row.entity)?.get(row.record_id) ?? null,
      initiator: { id: row.initiator_id, name: row.initiator_name ?? '' },
      status: row.status,
      createdAt: iso(row.created_at)!,
      completedAt: iso(row.completed_at),
      dueAt: iso(row.due_at),
    };
  });
  return { data, total: Number(count?.n ?? 0) };
}
