import { z } from 'zod';
import { MetadataKeySchema } from '../metadata/keys';
import { UserIdSchema } from './approval-config';

export const INSTANCE_STATE_VERSION = 1;

export const INSTANCE_STATUSES = ['running', 'approved', 'rejected', 'withdrawn', 'cancelled'] as const;
export type InstanceStatus = (typeof INSTANCE_STATUSES)[number];
export type Outcome = Exclude<InstanceStatus, 'running'>;

const IdSchema = z.string().min(1).max(100);
const InstantSchema = z.string().min(1);

/**
 * `transferred` also closes the task of an approver who added a signer before themselves: the task
 * moves on to the signer and comes back to them as a new task once the signer approves.
 */
export const TASK_STATUSES = ['pending', 'approved', 'rejected', 'transferred', 'cancelled', 'returned'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Why the engine decided a task instead of a person. */
export const AUTO_REASONS = ['repeated_approver', 'initiator', 'timeout'] as const;
export type AutoReason = (typeof AUTO_REASONS)[number];

export const TaskSchema = z.object({
  id: IdSchema,
  nodeKey: MetadataKeySchema,
  /** The visit of the approval node the task belongs to; a node visited again after a return gets a new step. */
  stepId: IdSchema,
  assignee: UserIdSchema,
  status: z.enum(TASK_STATUSES),
  /**
   * The approver position the task fills. Transfers and added signers stay in their slot, and the
   * approval mode counts slots, not tasks; in sequential mode slots take their turn in this order.
   */
  order: z.number().int().min(0),
  addedBy: UserIdSchema.optional(),
  addedPosition: z.enum(['before', 'after']).optional(),
  transferredTo: UserIdSchema.optional(),
  comment: z.string().max(5000).optional(),
  auto: z.enum(AUTO_REASONS).optional(),
  createdAt: InstantSchema,
  decidedAt: InstantSchema.optional(),
  dueAt: InstantSchema.optional(),
});
export type Task = z.infer<typeof TaskSchema>;

/** A place where the instance is waiting: an approval or timer node (or a node being passed through). */
export const TokenSchema = z.object({ id: IdSchema, nodeKey: MetadataKeySchema, enteredAt: InstantSchema });
export type Token = z.infer<typeof TokenSchema>;

/** One visit of an approval node: the resolved approvers, fixed at entry so later directory changes do not move the goalposts. */
export const StepSchema = z.object({
  id: IdSchema,
  tokenId: IdSchema,
  nodeKey: MetadataKeySchema,
  slots: z.array(z.object({ assignee: UserIdSchema, auto: z.enum(AUTO_REASONS).optional() })),
});
export type Step = z.infer<typeof StepSchema>;

export const TimerSchema = z.object({
  id: IdSchema,
  /** node: a timer node waiting; due / remind: an approval task's deadline and its reminders. */
  kind: z.enum(['node', 'due', 'remind']),
  nodeKey: MetadataKeySchema,
  tokenId: IdSchema,
  taskId: IdSchema.optional(),
  dueAt: InstantSchema,
});
export type Timer = z.infer<typeof TimerSchema>;

export const HISTORY_ACTIONS = [
  'started', 'approved', 'rejected', 'returned', 'transferred', 'signer_added', 'commented', 'withdrawn',
  'cancelled', 'auto_approved', 'auto_rejected', 'escalated', 'reminded', 'urged', 'branch_taken',
  'timer_fired', 'action_run', 'action_failed', 'cc_sent', 'note', 'finished',
] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

export const HistoryEntrySchema = z.object({
  at: InstantSchema,
  action: z.enum(HISTORY_ACTIONS),
  /** Absent when the engine acted (timers, policies). */
  actor: UserIdSchema.optional(),
  nodeKey: MetadataKeySchema.optional(),
  taskId: IdSchema.optional(),
  comment: z.string().max(5000).optional(),
  detail: z.record(z.string(), z.unknown()).optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** The JSON the runtime keeps in a workflow_instances row (tasks are mirrored into the tasks table). */
export const InstanceStateSchema = z.object({
  schemaVersion: z.literal(INSTANCE_STATE_VERSION),
  status: z.enum(INSTANCE_STATUSES),
  initiator: UserIdSchema,
  startedAt: InstantSchema,
  finishedAt: InstantSchema.optional(),
  tokens: z.array(TokenSchema),
  steps: z.array(StepSchema),
  tasks: z.array(TaskSchema),
  timers: z.array(TimerSchema),
  /** Tokens that reached each parallel join and wait for their siblings. */
  joins: z.record(MetadataKeySchema, z.number().int().min(0)),
  /** Approvers chosen by the initiator, per approval node. */
  chosenApprovers: z.record(MetadataKeySchema, z.array(UserIdSchema)),
  /** Who approved the last approval node to pass, for the repeated-approver policy. */
  lastApprovers: z.array(UserIdSchema),
  /** Set by the first decision of a person; the initiator may withdraw only before it. */
  acted: z.boolean(),
  history: z.array(HistoryEntrySchema),
});
export type InstanceState = z.infer<typeof InstanceStateSchema>;

export function pendingTasks(state: InstanceState): Task[] {
  return state.tasks.filter((task) => task.status === 'pending');
}

/** Tasks that are new or changed between two states: the rows the runtime inserts or updates. */
export function changedTasks(before: InstanceState | null, after: InstanceState): Task[] {
  const previous = new Map((before?.tasks ?? []).map((task) => [task.id, JSON.stringify(task)]));
  return after.tasks.filter((task) => previous.get(task.id) !== JSON.stringify(task));
}
