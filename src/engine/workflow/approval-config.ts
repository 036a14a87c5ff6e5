import { z } from 'zod';
import { MetadataKeySchema } from '../metadata/keys';

export const UserIdSchema = z.string().min(1).max(100);

/** Where an approval node's approvers come from; sources are resolved in order and de-duplicated. */
export const ApproverSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('user'), ids: z.array(UserIdSchema).min(1).max(200) }),
  z.object({ kind: z.literal('role'), role: MetadataKeySchema }),
  /** A user field (or list of users) of the record. */
  z.object({ kind: z.literal('field'), field: MetadataKeySchema }),
  /** The initiator's managers: `levels` levels up (default 1), or up to and including the first holding `upToRole`. */
  z.object({
    kind: z.literal('manager_chain'),
    levels: z.number().int().min(1).max(20).optional(),
    upToRole: MetadataKeySchema.optional(),
  }),
  /** Picked by the initiator when starting (the start event carries the choice per node). */
  z.object({ kind: z.literal('initiator_choice') }),
]);
export type ApproverSource = z.infer<typeof ApproverSourceSchema>;

export const APPROVAL_MODES = ['any', 'all', 'ratio', 'sequential'] as const;
export type ApprovalMode = (typeof APPROVAL_MODES)[number];

export const FieldPermissionSchema = z.enum(['editable', 'readonly', 'hidden']);
export type FieldPermission = z.infer<typeof FieldPermissionSchema>;

export const ApprovalPoliciesSchema = z.object({
  /** No approver resolved: pass the node, reject the instance, or hand it to the administrators. */
  emptyApprovers: z.enum(['auto_approve', 'reject', 'to_admin']).default('to_admin'),
  /** An approver who approved the previous approval node. */
  repeatedApprover: z.enum(['auto_pass', 'require']).default('auto_pass'),
  initiatorIsApprover: z.enum(['auto_pass', 'require', 'skip_to_manager']).default('require'),
});
export type ApprovalPolicies = z.infer<typeof ApprovalPoliciesSchema>;

export const ApprovalDueSchema = z
  .object({
    hours: z.number().positive().max(24 * 365),
    remindEveryHours: z.number().positive().max(24 * 365).optional(),
    onTimeout: z.enum(['remind', 'auto_approve', 'auto_reject', 'escalate']),
    /** Who an overdue task goes to; a manager_chain here counts from the overdue approver, not the initiator. */
    escalateTo: ApproverSourceSchema.optional(),
  })
  .refine((due) => due.onTimeout !== 'escalate' || due.escalateTo !== undefined, {
    message: 'escalating on timeout needs someone to escalate to',
    path: ['escalateTo'],
  });
export type ApprovalDue = z.infer<typeof ApprovalDueSchema>;

export const ApprovalConfigSchema = z
  .object({
    // Empty is accepted so a draft can be saved; the validator refuses to publish it.
    approvers: z.array(ApproverSourceSchema).max(20),
    mode: z.enum(APPROVAL_MODES),
    /** For mode ratio: the node passes once approvals reach this share of the approvers. */
    ratioPercent: z.number().min(1).max(100).optional(),
    commentRequired: z.object({ approve: z.boolean().optional(), reject: z.boolean().optional(), return: z.boolean().optional() }).optional(),
    /** Earlier approval nodes an approver may send the instance back to. */
    returnTo: z.array(MetadataKeySchema).max(50).optional(),
    allowTransfer: z.boolean().default(true),
    allowAddSigner: z.boolean().default(true),
    policies: ApprovalPoliciesSchema.default({ emptyApprovers: 'to_admin', repeatedApprover: 'auto_pass', initiatorIsApprover: 'require' }),
    /** Unlisted fields are read-only for the approver. */
    fieldPermissions: z.record(MetadataKeySchema, FieldPermissionSchema).optional(),
    due: ApprovalDueSchema.optional(),
  })
  .refine((config) => config.mode !== 'ratio' || config.ratioPercent !== undefined, {
    message: 'mode ratio needs ratioPercent',
    path: ['ratioPercent'],
  });
export type ApprovalConfig = z.infer<typeof ApprovalConfigSchema>;
