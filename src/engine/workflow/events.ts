import { z } from 'zod';
import { MetadataKeySchema } from '../metadata/keys';
import { UserIdSchema } from './approval-config';

const TaskIdSchema = z.string().min(1).max(100);
const CommentSchema = z.string().trim().max(5000);

/**
 * What can happen to an instance. Who the actor is comes from the session, never the request body;
 * the runtime fills it in after authenticating.
 */
export const WorkflowEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('start'),
    initiator: UserIdSchema,
    /** Approvers the initiator picked, per approval node with an initiator_choice source. */
    chosenApprovers: z.record(MetadataKeySchema, z.array(UserIdSchema).max(50)).optional(),
  }),
  z.object({
    type: z.literal('approve'),
    taskId: TaskIdSchema,
    actor: UserIdSchema,
    comment: CommentSchema.optional(),
    /** Record fields the approver changed with this approval; each must be editable at the node. */
    changedFields: z.array(MetadataKeySchema).max(500).optional(),
  }),
  z.object({ type: z.literal('reject'), taskId: TaskIdSchema, actor: UserIdSchema, comment: CommentSchema.optional() }),
  z.object({ type: z.literal('return'), taskId: TaskIdSchema, actor: UserIdSchema, to: MetadataKeySchema, comment: CommentSchema.optional() }),
  z.object({ type: z.literal('transfer'), taskId: TaskIdSchema, actor: UserIdSchema, to: UserIdSchema, comment: CommentSchema.optional() }),
  z.object({
    type: z.literal('add_signer'),
    taskId: TaskIdSchema,
    actor: UserIdSchema,
    /** before: the signer decides first, then the task comes back; after: the actor approves and the signer decides next. */
    position: z.enum(['before', 'after']),
    user: UserIdSchema,
    comment: CommentSchema.optional(),
  }),
  z.object({
    type: z.literal('comment'),
    actor: UserIdSchema,
    comment: CommentSchema.min(1),
    taskId: TaskIdSchema.optional(),
    /** Set by the runtime for administrators, who may comment on any instance. */
    asAdmin: z.boolean().optional(),
  }),
  z.object({ type: z.literal('withdraw'), actor: UserIdSchema, comment: CommentSchema.optional() }),
  /** An administrator (or the runtime, e.g. the record was deleted) stops the instance. */
  z.object({ type: z.literal('cancel'), actor: UserIdSchema.optional(), comment: CommentSchema.optional() }),
  /** The initiator urges the current approvers (催办). */
  z.object({ type: z.literal('urge'), actor: UserIdSchema }),
  /** A timer row came due: a timer node, or an approval task's deadline or reminder. */
  z.object({ type: z.literal('timer_fired'), timerId: z.string().min(1).max(100) }),
]);
export type WorkflowEvent = z.infer<typeof WorkflowEventSchema>;
export type EventOf<T extends WorkflowEvent['type']> = Extract<WorkflowEvent, { type: T }>;
export type TaskEvent = EventOf<'approve' | 'reject' | 'return' | 'transfer' | 'add_signer'>;
