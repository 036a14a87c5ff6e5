import { z } from 'zod';
import { FieldKeySchema, LabelSchema, MetadataKeySchema } from './keys';

/** json-logic documents are checked for shape and limits by the rules wrapper, not here. */
export const RuleSchema = z.unknown();

/** A default computed when a new record is created and the client gives no value. */
export const DefaultFromSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('today') }),
  z.object({ kind: z.literal('now') }),
  /** The acting user's display name (or username). */
  z.object({ kind: z.literal('currentUser') }),
  /** json-logic over the new record's other values, e.g. a due date 30 days after the order date. */
  z.object({ kind: z.literal('rule'), rule: RuleSchema }),
]);
export type DefaultFrom = z.infer<typeof DefaultFromSchema>;

const common = {
  id: FieldKeySchema,
  label: LabelSchema,
  required: z.boolean().optional(),
  /** A removed field is hidden; its column and data stay until an explicit purge. */
  removed: z.boolean().optional(),
  indexed: z.boolean().optional(),
  unique: z.boolean().optional(),
  help: LabelSchema.optional(),
  /**
   * A snapshot taken by the server from the record a relation field points at, when the record is
   * created or that relation changes (e.g. a line's unit price from its product). Clients cannot set it.
   */
  copyFrom: z.object({ relation: MetadataKeySchema, field: MetadataKeySchema }).optional(),
  /** Value a new record gets when the field is not given. */
  defaultValue: z.union([z.string().max(1000), z.number(), z.boolean()]).optional(),
  /** Maintained by the server (e.g. stock reserved by orders); clients cannot write it. */
  readOnly: z.boolean().optional(),
  /** json-logic over the record: the field is shown (and can be required) only while it holds. */
  visibleWhen: RuleSchema.optional(),
  /** json-logic over the record: the field is required while it holds, on top of `required`. */
  requiredWhen: RuleSchema.optional(),
  /** Never shown in forms; the value is kept and the API can still set it. */
  hidden: z.boolean().optional(),
  placeholder: LabelSchema.optional(),
  defaultFrom: DefaultFromSchema.optional(),
};

export const SelectOptionSchema = z.object({
  value: z.string().min(1).max(100),
  label: LabelSchema,
  color: z.string().max(30).optional(),
  /** json-logic over the record: the option is offered only while it holds. */
  visibleWhen: RuleSchema.optional(),
});
export type SelectOption = z.infer<typeof SelectOptionSchema>;

/** A relation picker offers only records whose `targetField` equals this record's `sourceField`. */
export const RelationFilterSchema = z.object({ targetField: MetadataKeySchema, sourceField: MetadataKeySchema });
export type RelationFilter = z.infer<typeof RelationFilterSchema>;

export const FieldDefSchema = z.discriminatedUnion('type', [
  z.object({ ...common, type: z.literal('text'), maxLength: z.number().int().min(1).max(10_000).optional(), pattern: z.string().max(500).optional() }),
  z.object({ ...common, type: z.literal('long_text'), maxLength: z.number().int().min(1).max(1_000_000).optional() }),
  z.object({
    ...common,
    type: z.literal('number'),
    integer: z.boolean().default(false),
    /** Total significant digits and digits after the point, as in numeric(precision, scale). */
    precision: z.number().int().min(1).max(30).default(18),
    scale: z.number().int().min(0).max(10).default(2),
    min: z.number().optional(),
    max: z.number().optional(),
  }),
  z.object({ ...common, type: z.literal('money'), currency: z.string().length(3).default('CNY'), min: z.number().optional(), max: z.number().optional() }),
  z.object({ ...common, type: z.literal('date') }),
  z.object({ ...common, type: z.literal('datetime') }),
  z.object({ ...common, type: z.literal('boolean') }),
  z.object({ ...common, type: z.literal('single_select'), options: z.array(SelectOptionSchema).min(1).max(500) }),
  z.object({ ...common, type: z.literal('multi_select'), options: z.array(SelectOptionSchema).min(1).max(500) }),
  z.object({ ...common, type: z.literal('email') }),
  z.object({ ...common, type: z.literal('phone') }),
  z.object({ ...common, type: z.literal('relation'), entity: MetadataKeySchema, filterBy: RelationFilterSchema.optional() }),
  z.object({
    ...common,
    type: z.literal('child_table'),
    entity: MetadataKeySchema,
    /** Child columns summed exactly in the table's footer. */
    footerTotals: z.array(MetadataKeySchema).max(100).optional(),
  }),
  z.object({
    ...common,
    type: z.literal('auto_number'),
    /** Tokens: {YYYY} {YY} {MM} {DD} {YYYYMMDD} and {seq:N}; the sequence restarts whenever the date part changes. */
    pattern: z.string().min(1).max(100).regex(/\{seq(:\d)?\}/, { message: 'needs a {seq} or {seq:N} token' }),
  }),
  z.object({
    ...common,
    type: z.literal('formula'),
    expression: RuleSchema,
    resultType: z.enum(['number', 'money', 'text', 'boolean', 'date']),
    scale: z.number().int().min(0).max(10).optional(),
    /**
     * Computed by the database as a generated column, so it stays right when other fields change
     * through SQL (stock counters). Only +, - and * over numeric fields of the same record.
     */
    generated: z.boolean().optional(),
  }),
  z.object({
    ...common,
    type: z.literal('rollup'),
    /** A child_table field of this entity and a numeric field of its child entity. */
    child: MetadataKeySchema,
    field: MetadataKeySchema.optional(),
    op: z.enum(['sum', 'count', 'min', 'max']),
    resultType: z.enum(['number', 'money']).default('number'),
    scale: z.number().int().min(0).max(10).optional(),
  }),
]);

export type FieldDef = z.infer<typeof FieldDefSchema>;
export type FieldType = FieldDef['type'];
export type FieldOf<T extends FieldType> = Extract<FieldDef, { type: T }>;

export const FIELD_TYPES: readonly FieldType[] = [
  'text', 'long_text', 'number', 'money', 'date', 'datetime', 'boolean', 'single_select',
  'multi_select', 'email', 'phone', 'relation', 'child_table', 'auto_number', 'formula', 'rollup',
];

/** Fields whose value the server computes; a client's value for them is ignored. */
export function isComputed(field: FieldDef): boolean {
  return field.type === 'auto_number' || field.type === 'formula' || field.type === 'rollup' || Boolean(field.copyFrom) || Boolean(field.readOnly);
}

/** Formula columns the database computes; writes never name them. */
export function isGenerated(field: FieldDef): boolean {
  return field.type === 'formula' && Boolean(field.generated);
}

/** Fields stored in a column of the entity's own table. */
export function isStored(field: FieldDef): boolean {
  return field.type !== 'child_table';
}
