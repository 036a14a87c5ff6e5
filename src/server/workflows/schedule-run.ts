import { eq } from 'drizzle-orm';
import { compileFilter } from '@/engine/query/filter';
import { definitions } from '../db/schema';
import type { Db } from '../db/types';
import { enqueue } from '../jobs';
import { logger } from '../observability/logger';
import { loadRegistry } from '../services/entity-registry';
import { loadFullRecord } from '../services/get-record';
import { systemActor } from './instance-context';
import { pageJob, scheduleNextOccurrence, type SchedulePayload } from './schedule-jobs';
import { scheduledRecords } from './schedule-records';
import { loadDirectory } from './load-directory';
import { startInstance } from './start-workflow';

/** Records started per transaction, and per occurrence at most: a huge entity is not a reason for a huge run. */
export const SCHEDULE_PAGE_SIZE = 100;
export const SCHEDULE_CAP = 10_000;

const log = logger.child({ component: 'workflow-schedule' });

/**
 * The 'workflow-schedule' job: one page of one occurrence, in one transaction. A job of a version
 * that is no longer the published one (republished, or no longer on a schedule) does nothing and
 * schedules nothing. The first page also queues the next occurrence after now, so occurrences
 * missed while no worker ran collapse into this one run.
 */
export async function runSchedule(db: Db, payload: SchedulePayload, pageSize = SCHEDULE_PAGE_SIZE, cap = SCHEDULE_CAP): Promise<{ started: number }> {
  return db.transaction(async (tx) => {
    const registry = await loadRegistry(tx);
    const workflow = registry.workflows.find((candidate) => candidate.definition.key === payload.workflowKey);
    const trigger = workflow?.definition.trigger;
    if (!workflow || workflow.id !== payload.definitionId || trigger?.kind !== 'schedule') return { started: 0 };
    const occurrence = new Date(payload.occurrence);
    if (payload.after === undefined) await scheduleNextOccurrence(tx, workflow, new Date(Math.max(Date.now(), occurrence.getTime())));

    const entity = registry.get(workflow.definition.entity);
    // The entity changed under a published filter; later occurrences may work again once it is fixed.
    const filter = entity ? compileFilter(entity, trigger.filter) : undefined;
    if (!entity || !filter?.ok) {
      log.warn({ workflow: workflow.definition.key, occurrence: payload.occurrence }, 'scheduled workflow skipped: its entity or filter no longer fits');
      return { started: 0 };
    }
    const seen = payload.seen ?? 0;
    const limit = Math.min(pageSize, cap - seen);
    const page = await scheduledRecords(tx, { entity, filter: filter.ast, workflowKey: workflow.definition.key, occurrence, after: payload.after, limit });
    const ids = page.filter((candidate) => !candidate.skip).map((candidate) => candidate.id);
    if (ids.length) {
      // One directory and one batch of record reads for the whole page, not a round of each per record.
      const [actor, directory, records] = await Promise.all([
        publisherOf(tx, workflow.id).then((publisher) => systemActor(tx, publisher)),
        loadDirectory(tx),
        Promise.all(ids.map((id) => loadFullRecord(tx, registry, entity, id))),
      ]);
      for (const record of records) {
        if (record) await startInstance(tx, registry, actor, workflow, entity, record, undefined, directory);
      }
    }
    if (page.length === limit && seen + page.length < cap) {
      await enqueue(tx, pageJob(workflow, { ...payload, after: page[page.length - 1].id, seen: seen + page.length }));
    } else if (page.length === limit) {
      log.warn({ workflow: workflow.definition.key, occurrence: payload.occurrence, cap }, 'scheduled workflow reached its cap of records per occurrence');
    }
    return { started: ids.length };
  });
}

/**
 * Scheduled instances are started on behalf of whoever published the version, as timers act for the
 * initiator: the inbox shows the publisher as the initiator, and record writes are attributed to them.
 */
async function publisherOf(tx: Db, definitionId: string): Promise<string> {
  const [row] = await tx.select({ authorId: definitions.authorId }).from(definitions).where(eq(definitions.id, definitionId));
  if (!row?.authorId) throw new Error(`Published workflow ${definitionId} has no publisher to start its scheduled instances as`);
  return row.authorId;
}
