import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { definitions } from './schema';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A running or finished workflow (src/server/workflows). `state` is the engine's InstanceState;
 * `version` grows with every transition and names its outbox jobs (instanceId:version:effectIndex).
 */
export const workflowInstances = pgTable(
  'workflow_instances',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    workflowKey: text('workflow_key').notNull(),
    /** The published definitions row the instance runs on, whatever is published later. */
    definitionId: uuid('definition_id')
      .notNull()
      .references(() => definitions.id),
    entity: text('entity').notNull(),
    recordId: uuid('record_id').notNull(),
    status: text('status').notNull(),
    state: jsonb('state').notNull(),
    version: integer('version').notNull().default(1),
    initiatorId: uuid('initiator_id').notNull(),
    startedAt: at('started_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
    finishedAt: at('finished_at'),
  },
  (t) => [index('workflow_instances_record').on(t.entity, t.recordId), index('workflow_instances_initiator').on(t.initiatorId, t.startedAt.desc())],
);

/** The engine's tasks mirrored as rows, so the inbox reads straight from an index. */
export const workflowTasks = pgTable(
  'workflow_tasks',
  {
    /** The engine's task id. */
    id: uuid('id').primaryKey(),
    instanceId: uuid('instance_id')
      .notNull()
      .references(() => workflowInstances.id, { onDelete: 'cascade' }),
    nodeKey: text('node_key').notNull(),
    assigneeId: uuid('assignee_id').notNull(),
    status: text('status').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    completedAt: at('completed_at'),
    dueAt: at('due_at'),
    comment: text('comment'),
  },
  (t) => [
    index('workflow_tasks_inbox').on(t.assigneeId, t.status, t.createdAt.desc()),
    // The done box, newest decision first: without it a busy approver's box is sorted in full on each read.
    index('workflow_tasks_done').on(t.assigneeId, t.completedAt.desc()),
    index('workflow_tasks_instance').on(t.instanceId),
  ],
);

/** 抄送: one row per person a CC node reached. */
export const workflowCc = pgTable(
  'workflow_cc',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    instanceId: uuid('instance_id')
      .notNull()
      .references(() => workflowInstances.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    nodeKey: text('node_key').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    readAt: at('read_at'),
  },
  (t) => [index('workflow_cc_user').on(t.userId, t.createdAt.desc())],
);

/** In-app notifications (the bell), written in the transaction that caused them. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    userId: uuid('user_id').notNull(),
    kind: text('kind').notNull(),
    /** LocalizedText */
    title: jsonb('title').notNull(),
    body: jsonb('body'),
    link: text('link'),
    createdAt: at('created_at').notNull().defaultNow(),
    readAt: at('read_at'),
  },
  (t) => [index('notifications_user').on(t.userId, t.readAt, t.createdAt.desc())],
);
