import { z } from 'zod';
import { LabelSchema, MetadataKeySchema } from '../metadata/keys';

/**
 * A field of the dataset's entity (`status`, `created_at`) or of a record it points at, one hop
 * away: `customer.region` through a relation field, `parent_id.status` from a line to its parent.
 */
export const FieldPathSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,40}(\.[a-z][a-z0-9_]{0,40})?$/, { message: 'must be a field key or relation.field' });
export type FieldPath = z.infer<typeof FieldPathSchema>;

export const AGGREGATE_OPS = ['count', 'count_distinct', 'sum', 'avg', 'min', 'max'] as const;
export type AggregateOp = (typeof AGGREGATE_OPS)[number];

/** `count` without a field counts records; with one it counts records where the field is set. */
export const SimpleAggregateSchema = z
  .object({ op: z.enum(AGGREGATE_OPS), field: FieldPathSchema.optional() })
  .refine((aggregate) => aggregate.op === 'count' || aggregate.field !== undefined, { message: 'needs a field', path: ['field'] });

/**
 * A two-level aggregate: how many distinct values of `field` occur on at least `having.min` (and
 * at most `having.max`) of the group's records, e.g. customers with two or more orders. Counted
 * per group and per compared period, like every other aggregate.
 */
export const CountGroupsSchema = z.object({
  op: z.literal('count_groups'),
  field: FieldPathSchema,
  having: z
    .object({ min: z.number().int().min(1).max(1_000_000), max: z.number().int().min(1).max(1_000_000).optional() })
    .refine((having) => having.max === undefined || having.max >= having.min, { message: 'max must not be below min', path: ['max'] }),
});
export type CountGroups = z.infer<typeof CountGroupsSchema>;

export const AggregateSchema = z.union([SimpleAggregateSchema, CountGroupsSchema]);
export type Aggregate = z.infer<typeof AggregateSchema>;

const measureCommon = { key: MetadataKeySchema, label: LabelSchema };

export const AggregateMeasureSchema = z.object({ ...measureCommon, op: z.enum(AGGREGATE_OPS), field: FieldPathSchema.optional() }).refine(
  (measure) => measure.op === 'count' || measure.field !== undefined,
  { message: 'needs a field', path: ['field'] },
);

export const CountGroupsMeasureSchema = CountGroupsSchema.extend(measureCommon);

/** numerator ÷ denominator, divided by the database; a zero denominator gives null, not an error. */
export const RatioMeasureSchema = z.object({
  ...measureCommon,
  op: z.literal('ratio'),
  numerator: AggregateSchema,
  denominator: AggregateSchema,
  /** Digits kept after the point. */
  scale: z.number().int().min(0).max(10).default(4),
});

export const MeasureSchema = z.union([AggregateMeasureSchema, CountGroupsMeasureSchema, RatioMeasureSchema]);
export type Measure = z.infer<typeof MeasureSchema>;
export type RatioMeasure = z.infer<typeof RatioMeasureSchema>;

export const DATE_TRUNCATIONS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type DateTruncation = (typeof DATE_TRUNCATIONS)[number];

export const DimensionSchema = z.object({
  key: MetadataKeySchema,
  field: FieldPathSchema,
  /** Required for date-time fields; periods start in the business time zone (weeks on Monday). */
  truncate: z.enum(DATE_TRUNCATIONS).optional(),
  /** Defaults to the field's label. */
  label: LabelSchema.optional(),
});
export type Dimension = z.infer<typeof DimensionSchema>;

/** Sorts by a dimension's or a measure's key. */
export const DatasetSortSchema = z.object({ key: MetadataKeySchema, direction: z.enum(['asc', 'desc']).default('asc') });
export type DatasetSort = z.infer<typeof DatasetSortSchema>;

export const FIELD_COMPARISON_OPS = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte'] as const;
export type FieldComparisonOp = (typeof FIELD_COMPARISON_OPS)[number];

/**
 * Keeps records where one field compares with another, either on the record or one hop away:
 * stock whose `available` is below its product's `low_stock_threshold`. A record where either
 * side is empty does not match (SQL's comparison with null).
 */
export const FieldConditionSchema = z.object({ field: FieldPathSchema, op: z.enum(FIELD_COMPARISON_OPS), otherField: FieldPathSchema });
export type FieldCondition = z.infer<typeof FieldConditionSchema>;

/** A filter (the record list's spec) on the records a relation field points at. */
export const RelationFilterSpecSchema = z.object({ relation: MetadataKeySchema, filter: z.unknown() });
export type RelationFilterSpec = z.infer<typeof RelationFilterSpecSchema>;

export const MAX_DATASET_LIMIT = 1000;

export const DatasetSpecSchema = z.object({
  entity: MetadataKeySchema,
  measures: z.array(MeasureSchema).min(1).max(20),
  dimensions: z.array(DimensionSchema).max(3).default([]),
  /** The same JSON filter the record list takes (`{"and": [{"field", "op", "value"}]}`), on the entity's own fields. */
  filter: z.unknown().optional(),
  /** Conditions on related records, e.g. lines whose order is not cancelled. */
  relationFilters: z.array(RelationFilterSpecSchema).max(5).default([]),
  /** Field-to-field comparisons, all of which must hold. */
  fieldConditions: z.array(FieldConditionSchema).max(5).optional(),
  sort: z.array(DatasetSortSchema).max(5).default([]),
  /** Top N: keep the first N groups after sorting (by the first measure, descending, when no sort is given). */
  limit: z.number().int().min(1).max(MAX_DATASET_LIMIT).optional(),
});
export type DatasetSpec = z.infer<typeof DatasetSpecSchema>;
export type DatasetSpecInput = z.input<typeof DatasetSpecSchema>;
