import { z } from 'zod';
import { RuleSchema } from '../metadata/field';
import { LabelSchema, MetadataKeySchema } from '../metadata/keys';
import { UserIdSchema } from './approval-config';

/** Who a notification, e-mail or CC goes to; resolved to user ids when the node runs. */
export const RecipientSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('user'), ids: z.array(UserIdSchema).min(1).max(200) }),
  z.object({ kind: z.literal('role'), role: MetadataKeySchema }),
  z.object({ kind: z.literal('field'), field: MetadataKeySchema }),
  z.object({ kind: z.literal('initiator') }),
]);
export type Recipient = z.infer<typeof RecipientSchema>;

const Recipients = z.array(RecipientSchema).min(1).max(20);

/** Text with `{{field}}` placeholders filled from the record when the node runs. */
const MessageSchema = LabelSchema;

export const ActionConfigSchema = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('set_field'), field: MetadataKeySchema, value: z.unknown().optional(), rule: RuleSchema.optional() })
    .refine((action) => (action.value === undefined) !== (action.rule === undefined), { message: 'set_field needs either a value or a rule' }),
  z.object({ kind: z.literal('run_state_action'), action: MetadataKeySchema }),
  /**
   * Adjusts a number field of the record that `recordField` points at, e.g. stock.reserved += qty.
   * The runtime applies it as a guarded UPDATE; `guard` is json-logic over the target record.
   */
  z.object({
    kind: z.literal('counter_effect'),
    entity: MetadataKeySchema,
    recordField: MetadataKeySchema,
    field: MetadataKeySchema,
    delta: z.union([z.number(), z.object({ rule: RuleSchema })]),
    guard: RuleSchema.optional(),
  }),
  z.object({ kind: z.literal('notify'), to: Recipients, message: MessageSchema }),
  z.object({
    kind: z.literal('email'),
    to: Recipients,
    /** Literal addresses on top of the recipients' own. */
    addresses: z.array(z.email()).max(50).optional(),
    subject: MessageSchema,
    body: MessageSchema,
  }),
  z.object({
    kind: z.literal('webhook'),
    /** Empty: not configured yet (a template's optional webhook); the step passes without a call. */
    url: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]),
    format: z.enum(['json', 'dingtalk', 'wecom']),
    message: MessageSchema.optional(),
  }),
]);
export type ActionConfig = z.infer<typeof ActionConfigSchema>;
