import type { Label } from '../metadata/keys';
import type { HistoryEntry, Outcome, Task, Timer } from './state';

/**
 * What the runtime must do after persisting the new state, in the same transaction: rows to write
 * and outbox jobs to enqueue. Effects are data, in the order they arose; nothing here has happened yet.
 */
export type WorkflowEffect =
  /** A task became someone's to-do: notify the assignee. The row itself comes from the state's tasks. */
  | { type: 'create_task'; task: Task }
  | { type: 'cancel_task'; taskId: string; reason: 'step_decided' | 'returned' | 'finished' }
  | { type: 'schedule_timer'; timer: Timer }
  | { type: 'cancel_timer'; timerId: string }
  | { type: 'set_field'; nodeKey: string; field: string; value: unknown }
  /** Runs a lifecycle action as the system; the lifecycle's own `from` states are its guard. */
  | { type: 'run_state_action'; nodeKey?: string; action: string }
  | { type: 'counter_effect'; nodeKey: string; entity: string; recordId: unknown; field: string; delta: unknown; guard?: unknown }
  | { type: 'notify'; nodeKey?: string; taskId?: string; reason: NotifyReason; userIds: string[]; message: Label }
  | { type: 'email'; nodeKey: string; userIds: string[]; addresses: string[]; subject: Label; body: Label }
  /** `body` is already in the target's format; the runtime signs and posts it with an idempotency header. */
  | { type: 'webhook'; nodeKey: string; url: string; format: 'json' | 'dingtalk' | 'wecom'; body: unknown }
  | { type: 'cc'; nodeKey: string; userIds: string[] }
  | { type: 'audit'; entry: HistoryEntry }
  | { type: 'finished'; outcome: Outcome };

export type NotifyReason = 'message' | 'remind' | 'overdue' | 'urge' | 'returned' | 'escalated';

export type EffectOf<T extends WorkflowEffect['type']> = Extract<WorkflowEffect, { type: T }>;
