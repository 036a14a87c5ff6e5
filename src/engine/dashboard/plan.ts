import type { Label, SelectOption } from '../metadata';
import type { FilterAst, FilterValueType } from '../query/filter-ast';
import type { AggregateOp, DateTruncation, FieldComparisonOp } from './dataset';
import type { DayRange } from './date-range';

/** A column read by the query: on the dataset's entity (`relation` null) or on the record a relation column points at. */
export type ColumnRef = { relation: string | null; column: string };

/** LEFT JOIN of the record `relation` points at, so records without one still count (under null). */
export type PlannedJoin = { relation: string; entity: string };

export type PlannedDimension = {
  key: string;
  ref: ColumnRef;
  valueType: FilterValueType;
  truncate?: DateTruncation;
  /** For a relation dimension: the related record's title, selected beside its id. */
  title?: ColumnRef;
};

/**
 * `scale`: digits after the point the field's values carry (averages keep at least two).
 * `count_groups` counts distinct values of `ref` held by `having.min`…`having.max` records of the group.
 */
export type PlannedAggregate =
  | { op: AggregateOp; ref: ColumnRef | null; valueType: FilterValueType | null; scale: number }
  | { op: 'count_groups'; ref: ColumnRef; valueType: FilterValueType; scale: 0; having: { min: number; max?: number } };

export type PlannedMeasure =
  | { key: string; kind: 'aggregate'; aggregate: PlannedAggregate }
  | { key: string; kind: 'ratio'; numerator: PlannedAggregate; denominator: PlannedAggregate; scale: number };

/** A filter (the record list's AST) on the dataset's records, or on the records `relation` points at. */
export type PlannedCondition = { relation: string | null; entity: string; ast: FilterAst };

/** A column of the dataset's record (`relation` null) or of the record its `relation` column points at (of `entity`). */
export type PlannedOperand = { relation: string | null; entity: string; column: string };

/** `left op right` between two columns, both already checked to compare alike. */
export type PlannedFieldCondition = { left: PlannedOperand; op: FieldComparisonOp; right: PlannedOperand };

/** How the output rows are read: what each key holds and how a chart should label and format it. */
export type ResultColumn = {
  key: string;
  /** `title` columns carry the display text of the relation dimension named by `of`. */
  role: 'dimension' | 'title' | 'measure';
  label: Label;
  /** integer: a JS number; decimal: an exact string ("12.50"); date: "YYYY-MM-DD"; datetime: ISO text; id: a record id. */
  type: 'text' | 'integer' | 'decimal' | 'date' | 'datetime' | 'boolean' | 'id';
  truncate?: DateTruncation;
  /** Money values; `currency` when the field records one. */
  money?: boolean;
  currency?: string;
  /** Select options, so a chart shows an option's label rather than its stored value. */
  options?: SelectOption[];
  /** For id columns: the entity the records belong to. */
  entity?: string;
  of?: string;
};

/**
 * Everything the SQL renderer needs, already checked against metadata: identifiers here are
 * validated keys and values sit inside filter ASTs, normalised as records store them.
 */
export type WidgetPlan = {
  widget: string;
  entity: string;
  /** Every entity the query reads; the caller needs read permission on each. */
  reads: string[];
  joins: PlannedJoin[];
  dimensions: PlannedDimension[];
  measures: PlannedMeasure[];
  where: PlannedCondition[];
  /** Field-to-field comparisons, ANDed with `where`. */
  fieldConditions: PlannedFieldCondition[];
  /** Set for a KPI with a date range: `current` and `previous` pick each period's records out of `where`. */
  comparison: { current: PlannedCondition; previous: PlannedCondition; range: DayRange; previousRange: DayRange } | null;
  /** Keys of dimensions or measures, in order; the renderer adds the dimensions as tie-breakers. */
  sort: Array<{ key: string; direction: 'asc' | 'desc' }>;
  limit: number | null;
  columns: ResultColumn[];
  /** The days the widget covers: the dashboard's range, or the widget's own; null when none applies. */
  range: DayRange | null;
};
