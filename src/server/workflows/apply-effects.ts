import type { RecordDto } from '@/engine/contract/api-types';
import type { EntityDef } from '@/engine/metadata/entity';
import type { Label } from '@/engine/metadata/keys';
import type { EffectOf, HistoryEntry, LocalizedText, WorkflowDefinition, WorkflowEffect } from '@/engine/workflow';
import { sql } from 'drizzle-orm';
import { notifications, workflowCc } from '../db/schema';
import { jsonb, queryRows } from '../db/sql';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { cancelJob, enqueueMany, type NewJob } from '../jobs';
import type { EntityRegistry } from '../services/entity-registry';
import { writeAuditEntries, type AuditEntry } from '../services/audit';
import { isUuid } from '../services/get-record';
import { EMAIL_QUEUE, TIMER_QUEUE, timerKey, WEBHOOK_QUEUE } from './outbox';
import { applyCounterEffect, runStateAction, setFields } from './record-effects';

export type EffectScope = {
  tx: Db;
  registry: EntityRegistry;
  definition: WorkflowDefinition;
  entity: EntityDef;
  record: RecordDto;
  instanceId: string;
  /** The instance version this transition writes: with the effect's index, its jobs' stable key. */
  version: number;
  /** Who record writes are attributed to: the person acting, else the initiator. */
  actor: Actor;
};

const localized = (label: Label): LocalizedText => ({ 'zh-CN': label['zh-CN'], en: label.en ?? label['zh-CN'] });

function nodeName(definition: WorkflowDefinition, key: string | undefined): Label | undefined {
  return definition.nodes.find((node) => node.key === key)?.name;
}

function joined(a: Label, b: Label | undefined): LocalizedText {
  if (!b) return localized(a);
  return { 'zh-CN': `${a['zh-CN']}：${b['zh-CN']}`, en: `${a.en ?? a['zh-CN']}: ${b.en ?? b['zh-CN']}` };
}

/**
 * Record effects first (set_field, run_state_action), in order; then the rows and jobs, issued
 * but not awaited (`rowWrites`: the caller awaits them together with the instance's). Counter
 * effects come back as `applyCounters`, for the caller to run last before COMMIT so their rows
 * stay locked as briefly as possible. `notes` explain effects the record's state made moot (a
 * state action no longer allowed).
 */
export async function applyEffects(scope: EffectScope, effects: WorkflowEffect[]): Promise<{ notes: HistoryEntry[]; rowWrites: Promise<unknown>; applyCounters: () => Promise<void> }> {
  const { tx, definition, entity, record, instanceId, version } = scope;
  const notes: HistoryEntry[] = [];
  const now = new Date();
  const title = (nodeKey?: string) => joined(definition.name, nodeName(definition, nodeKey));
  const recordLink = `/r/${entity.key}/${record.id}`;
  const notices: Notice[] = [];
  const ccRows: Array<typeof workflowCc.$inferInsert> = [];
  const audits: AuditEntry[] = [];
  const jobs: NewJob[] = [];
  const cancelled: string[] = [];
  const counters: Array<EffectOf<'counter_effect'>> = [];

  for (const [index, effect] of effects.entries()) {
    const key = `${instanceId}:${version}:${index}`;
    switch (effect.type) {
      case 'set_field':
        await setFields(tx, scope.actor, entity, record.id, { [effect.field]: effect.value });
        break;
      case 'run_state_action':
        if ((await runStateAction(tx, scope.actor, entity, record.id, effect.action)) === 'skipped') {
          notes.push({ at: now.toISOString(), action: 'note', ...(effect.nodeKey ? { nodeKey: effect.nodeKey } : {}), detail: { stateAction: effect.action, skipped: 'state_not_allowed' } });
        }
        break;
      case 'counter_effect':
        counters.push(effect);
        break;
      case 'create_task':
        notices.push({ userId: effect.task.assignee, kind: 'task', title: title(effect.task.nodeKey), body: null, link: `/inbox/${effect.task.id}` });
        break;
      case 'notify':
        for (const userId of effect.userIds.filter(isUuid)) {
          notices.push({ userId, kind: effect.reason, title: title(effect.nodeKey), body: localized(effect.message), link: effect.taskId ? `/inbox/${effect.taskId}` : recordLink });
        }
        break;
      case 'cc':
        for (const userId of effect.userIds.filter(isUuid)) {
          ccRows.push({ instanceId, userId, nodeKey: effect.nodeKey });
          notices.push({ userId, kind: 'cc', title: title(effect.nodeKey), body: null, link: recordLink });
        }
        break;
      case 'email':
        jobs.push({ queue: EMAIL_QUEUE, key, payload: { instanceId, userIds: effect.userIds, addresses: effect.addresses, subject: localized(effect.subject), body: localized(effect.body) } });
        break;
      case 'webhook':
        jobs.push({ queue: WEBHOOK_QUEUE, key, payload: { instanceId, url: effect.url, format: effect.format, body: effect.body } });
        break;
      case 'schedule_timer':
        jobs.push({ queue: TIMER_QUEUE, key: timerKey(instanceId, effect.timer.id), payload: { instanceId, timerId: effect.timer.id }, runAt: new Date(effect.timer.dueAt), maxAttempts: 20 });
        break;
      case 'cancel_timer':
        cancelled.push(timerKey(instanceId, effect.timerId));
        break;
      case 'audit':
        audits.push({ actorId: effect.entry.actor ?? null, entity: 'workflow', recordId: instanceId, action: `workflow.${effect.entry.action}`, before: null, after: { ...effect.entry, workflow: definition.key, entity: entity.key, recordId: record.id } });
        break;
      case 'cancel_task':
      case 'finished':
        // Task rows and the outcome come from the stored state.
        break;
    }
  }
  // Independent writes go out together, and the caller awaits them with the instance's own, so
  // the driver pipelines them in one round trip.
  const rowWrites = Promise.all([
    insertNotifications(tx, notices),
    ccRows.length ? tx.insert(workflowCc).values(ccRows) : undefined,
    writeAuditEntries(tx, audits),
    enqueueMany(tx, jobs),
    ...cancelled.map((jobKey) => cancelJob(tx, TIMER_QUEUE, jobKey)),
  ]);
  const applyCounters = async () => {
    for (const effect of counters) await applyCounterEffect(tx, scope.registry, effect);
  };
  return { notes, rowWrites, applyCounters };
}

type Notice = Pick<typeof notifications.$inferInsert, 'userId' | 'kind' | 'title' | 'body' | 'link'>;

/** Hand-written (see compileSql): most transitions notify someone, and the insert builder cost more than the insert. */
async function insertNotifications(tx: Db, notices: Notice[]): Promise<void> {
  if (!notices.length) return;
  const rows = notices.map((notice) => sql`(${notice.userId}, ${notice.kind}, ${jsonb(notice.title)}, ${jsonb(notice.body)}, ${notice.link ?? null})`);
  await queryRows(tx, sql`insert into notifications (user_id, kind, title, body, link) values ${sql.join(rows, sql`, `)}`);
}
