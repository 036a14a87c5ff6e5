import type { Db } from '../db/types';
import { enqueueMany, type NewJob } from '../jobs';
import { logger } from '../observability/logger';
import { loadRegistry, type PublishedWorkflow } from '../services/entity-registry';
import { nextOccurrence } from './schedule-cron';

export const SCHEDULE_QUEUE = 'workflow-schedule';

/**
 * One page of one occurrence. The occurrence job itself is the first page (`after` absent); each
 * full page enqueues the next, keyed by the last record it saw, so a big entity is walked in many
 * short transactions. `definitionId` pins the published version that scheduled it.
 */
export type SchedulePayload = { workflowKey: string; definitionId: string; occurrence: string; after?: string; seen?: number };

/** The version is part of the key: republishing the same cron schedules the new version's own job. */
export const occurrenceKey = (workflowKey: string, version: number, occurrence: Date) => `schedule:${workflowKey}:v${version}:${occurrence.toISOString()}`;

export function occurrenceJob(workflow: PublishedWorkflow, occurrence: Date): NewJob {
  const payload: SchedulePayload = { workflowKey: workflow.definition.key, definitionId: workflow.id, occurrence: occurrence.toISOString() };
  return { queue: SCHEDULE_QUEUE, key: occurrenceKey(workflow.definition.key, workflow.version, occurrence), payload, runAt: occurrence };
}

/** The next page of an occurrence, keyed by the record it continues after, so a retried page queues it once. */
export function pageJob(workflow: PublishedWorkflow, payload: SchedulePayload & { after: string }): NewJob {
  return { queue: SCHEDULE_QUEUE, key: `${occurrenceKey(workflow.definition.key, workflow.version, new Date(payload.occurrence))}:after:${payload.after}`, payload };
}

/** The job of the first occurrence after `after`, for a published schedule workflow (others: none). */
export function nextOccurrenceJob(workflow: PublishedWorkflow, after: Date): NewJob | null {
  const trigger = workflow.definition.trigger;
  if (trigger.kind !== 'schedule') return null;
  const occurrence = nextOccurrence(trigger.cron, after);
  return occurrence ? occurrenceJob(workflow, occurrence) : null;
}

/** Enqueues the next occurrence in the caller's transaction; a key already taken is left as it is. */
export async function scheduleNextOccurrence(tx: Db, workflow: PublishedWorkflow, after: Date): Promise<void> {
  const job = nextOccurrenceJob(workflow, after);
  if (job) await enqueueMany(tx, [job]);
}

/**
 * Makes sure every published schedule workflow has its next occurrence queued: workflows published
 * by a template install, or whose chain ended in a dead job. Stable keys make it a no-op for chains
 * that are intact, so every process may run it as often as it likes.
 */
export async function ensureSchedules(db: Db, now = new Date()): Promise<number> {
  const registry = await loadRegistry(db);
  const batch = registry.workflows.flatMap((workflow) => nextOccurrenceJob(workflow, now) ?? []);
  return enqueueMany(db, batch);
}

const log = logger.child({ component: 'workflow-schedule' });

/** ensureSchedules at once and then every `everyMs`, until the returned stop is called. */
export function keepSchedulesEnsured(db: Db, everyMs: number): () => void {
  const ensure = () => void ensureSchedules(db).catch((error: unknown) => log.error({ err: error }, 'ensuring schedules failed'));
  ensure();
  const timer = setInterval(ensure, everyMs);
  return () => clearInterval(timer);
}
