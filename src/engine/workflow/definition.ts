import { z } from 'zod';
import { RuleSchema } from '../metadata/field';
import { LabelSchema, MetadataKeySchema } from '../metadata/keys';
import { ActionConfigSchema, RecipientSchema } from './action-config';
import { ApprovalConfigSchema } from './approval-config';
import { TimerConfigSchema } from './timer-config';

export const WORKFLOW_SCHEMA_VERSION = 1;

/** Node keys follow metadata keys: they outlive versions and name task rows and timers. */
export const NodeKeySchema = MetadataKeySchema;

/** What makes the runtime start an instance for a record of `entity`. */
export const TriggerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('record_created') }),
  z.object({ kind: z.literal('field_changed'), field: MetadataKeySchema }),
  z.object({ kind: z.literal('state_action'), action: MetadataKeySchema }),
  /**
   * A counter move (a reservation) takes `field` from at or above the threshold to below it: a
   * constant, or a number field of the record `relation` points at (products.low_stock_threshold).
   */
  z.object({
    kind: z.literal('threshold_crossed'),
    field: MetadataKeySchema,
    below: z.union([z.number().finite(), z.object({ relation: MetadataKeySchema, field: MetadataKeySchema })]),
  }),
  /**
   * Five-field cron in the business time zone, read by the job queue; the engine only checks its
   * shape. At each occurrence every record matching `filter` (the record list's filter) starts once.
   */
  z.object({ kind: z.literal('schedule'), cron: z.string().regex(/^\s*(\S+\s+){4}\S+\s*$/, { message: 'must be a cron expression with five fields' }), filter: z.record(z.string(), z.unknown()).optional() }),
]);
export type Trigger = z.infer<typeof TriggerSchema>;

/** Edges out of a condition node name the branch they carry; this key names the default one. */
export const DEFAULT_BRANCH = 'default';

export const BranchSchema = z.object({
  key: MetadataKeySchema.refine((key) => key !== DEFAULT_BRANCH, { message: `"${DEFAULT_BRANCH}" names the default branch` }),
  label: LabelSchema,
  rule: RuleSchema,
});
export type Branch = z.infer<typeof BranchSchema>;

const base = {
  key: NodeKeySchema,
  name: LabelSchema,
  /** Where the designer draws the node; the engine never reads it. */
  position: z.object({ x: z.number(), y: z.number() }).optional(),
};

export const NodeSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('start') }),
  z.object({ ...base, kind: z.literal('approval'), approval: ApprovalConfigSchema }),
  /** Branches are tried in order against the record; none holding takes the default branch. */
  z.object({ ...base, kind: z.literal('condition'), branches: z.array(BranchSchema).min(1).max(20), defaultLabel: LabelSchema.optional() }),
  z.object({ ...base, kind: z.literal('parallel_split') }),
  z.object({ ...base, kind: z.literal('parallel_join') }),
  z.object({ ...base, kind: z.literal('action'), action: ActionConfigSchema }),
  z.object({ ...base, kind: z.literal('timer'), timer: TimerConfigSchema }),
  z.object({ ...base, kind: z.literal('cc'), to: z.array(RecipientSchema).min(1).max(20) }),
  /** Reaching an end finishes the instance; `rejected` lets a condition turn a request down without a person. */
  z.object({ ...base, kind: z.literal('end'), outcome: z.enum(['approved', 'rejected']).optional() }),
]);
export type WorkflowNode = z.infer<typeof NodeSchema>;
export type NodeKind = WorkflowNode['kind'];
export type NodeOf<K extends NodeKind> = Extract<WorkflowNode, { kind: K }>;

export const EdgeSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { message: 'must be 1-64 letters, digits, _ or -' }),
  from: NodeKeySchema,
  to: NodeKeySchema,
  /** Only on edges leaving a condition node: a branch key or DEFAULT_BRANCH. */
  branch: MetadataKeySchema.optional(),
});
export type WorkflowEdge = z.infer<typeof EdgeSchema>;

const OutcomeActionSchema = z.object({ stateAction: MetadataKeySchema });

export const WorkflowDefinitionSchema = z.object({
  schemaVersion: z.literal(WORKFLOW_SCHEMA_VERSION),
  key: MetadataKeySchema,
  name: LabelSchema,
  entity: MetadataKeySchema,
  trigger: TriggerSchema,
  nodes: z.array(NodeSchema).min(1).max(500),
  edges: z.array(EdgeSchema).max(2000),
  /** State actions run on the record when the instance finishes this way (e.g. rejected → cancel). */
  onApproved: OutcomeActionSchema.optional(),
  onRejected: OutcomeActionSchema.optional(),
  onWithdrawn: OutcomeActionSchema.optional(),
});
export type WorkflowDefinition = z.infer<typeof WorkflowDefinitionSchema>;

/** Version steps of stored definitions; version 1 is the first, so the chain is empty, but every read goes through it. */
const migrations: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {};

export function upgradeDefinition(doc: unknown): unknown {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return doc;
  let result = doc as Record<string, unknown>;
  let version = typeof result.schemaVersion === 'number' ? result.schemaVersion : WORKFLOW_SCHEMA_VERSION;
  while (version < WORKFLOW_SCHEMA_VERSION && migrations[version]) {
    result = migrations[version](result);
    version += 1;
  }
  return result;
}

/** Upgrades and parses a stored definition; structural problems come back as zod issues. */
export function parseWorkflowDefinition(doc: unknown): z.ZodSafeParseResult<WorkflowDefinition> {
  return WorkflowDefinitionSchema.safeParse(upgradeDefinition(doc));
}
