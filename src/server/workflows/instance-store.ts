import { eq, sql } from 'drizzle-orm';
import type { InstanceState, Task } from '@/engine/workflow';
import { workflowInstances, workflowTasks } from '../db/schema';
import { jsonb, queryRows } from '../db/sql';
import type { Db } from '../db/types';
import { DIRECTORY_TOKEN } from './load-directory';

export type InstanceRow = typeof workflowInstances.$inferSelect;

/** Locks the instance for this transaction: every event on one instance is serialised here. */
export async function lockInstance(db: Db, id: string): Promise<InstanceRow | undefined> {
  const [row] = await db.select().from(workflowInstances).where(eq(workflowInstances.id, id)).for('update');
  return row;
}

/** The task's instance, locked, found from the task in the same statement. */
/** Locks the task's instance; the directory's token comes along, so a cached directory needs no query. */
export async function lockInstanceOfTask(db: Db, taskId: string): Promise<{ row: InstanceRow; assigneeId: string; directoryToken: string | null } | undefined> {
  const [found] = await db
    .select({ row: workflowInstances, assigneeId: workflowTasks.assigneeId, directoryToken: DIRECTORY_TOKEN })
    .from(workflowTasks)
    .innerJoin(workflowInstances, eq(workflowInstances.id, workflowTasks.instanceId))
    .where(eq(workflowTasks.id, taskId))
    .for('update', { of: workflowInstances });
  return found;
}

export type NewInstance = { id: string; workflowKey: string; definitionId: string; entity: string; recordId: string; initiatorId: string };

export async function insertInstance(db: Db, instance: NewInstance, state: InstanceState): Promise<void> {
  // Hand-written: one per started workflow, on the order path; drizzle's builder cost more than the statement.
  await queryRows(
    db,
    sql`insert into workflow_instances (id, workflow_key, definition_id, entity, record_id, initiator_id, status, state, version, finished_at)
        values (${instance.id}, ${instance.workflowKey}, ${instance.definitionId}, ${instance.entity}, ${instance.recordId}, ${instance.initiatorId},
                ${state.status}, ${jsonb(state)}, 1, ${state.finishedAt ? new Date(state.finishedAt).toISOString() : null}::timestamptz)`,
  );
}

/** Stores a transition's state; the row is locked by this transaction, so the version only confirms it. */
export async function saveInstance(db: Db, id: string, version: number, state: InstanceState): Promise<void> {
  await db
    .update(workflowInstances)
    .set({ state, status: state.status, version, updatedAt: sql`now()`, finishedAt: state.finishedAt ? new Date(state.finishedAt) : null })
    .where(eq(workflowInstances.id, id));
}

/** Inserts new tasks and updates changed ones, in one statement. */
export async function upsertTasks(db: Db, instanceId: string, tasks: Task[]): Promise<void> {
  if (!tasks.length) return;
  await db
    .insert(workflowTasks)
    .values(
      tasks.map((task) => ({
        id: task.id,
        instanceId,
        nodeKey: task.nodeKey,
        assigneeId: task.assignee,
        status: task.status,
        createdAt: new Date(task.createdAt),
        completedAt: task.decidedAt ? new Date(task.decidedAt) : null,
        dueAt: task.dueAt ? new Date(task.dueAt) : null,
        comment: task.comment ?? null,
      })),
    )
    .onConflictDoUpdate({
      target: workflowTasks.id,
      set: { status: sql`excluded.status`, completedAt: sql`excluded.completed_at`, dueAt: sql`excluded.due_at`, comment: sql`excluded.comment` },
    });
}
