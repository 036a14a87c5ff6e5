import { z } from 'zod';

/** The inbox's task actions (POST /api/v1/tasks/{id}/actions/{action}); withdraw is the instance's. */
export const TASK_ACTIONS = ['approve', 'reject', 'return', 'transfer', 'add_signer', 'comment'] as const;
export type TaskAction = (typeof TASK_ACTIONS)[number];

export const TaskActionBodySchema = z.object({
  comment: z.string().trim().max(5000).optional(),
  /** transfer: the user who takes the task over */
  to: z.string().min(1).max(100).optional(),
  /** return: the earlier node to send the instance back to */
  nodeKey: z.string().min(1).max(41).optional(),
  /** add_signer */
  position: z.enum(['before', 'after']).optional(),
  userId: z.string().min(1).max(100).optional(),
  /** Record fields the approver changed; each must be editable at the task's node. */
  values: z.record(z.string(), z.unknown()).optional(),
});
export type TaskActionBody = z.infer<typeof TaskActionBodySchema>;

export const BatchBodySchema = z.object({ ids: z.array(z.string().min(1).max(100)).min(1).max(200), action: z.literal('approve'), comment: z.string().trim().max(5000).optional() });
