import { z } from 'zod';
import { LabelSchema, MetadataKeySchema } from '../metadata/keys';
import { DatasetSpecSchema, FieldPathSchema } from './dataset';
import { DateRangeInputSchema } from './date-range';

export const DASHBOARD_SCHEMA_VERSION = 1;
export const GRID_COLUMNS = 24;

/** A widget's cell on the 24-column grid, in react-grid-layout's units (rows of a fixed height). */
export const GridPositionSchema = z
  .object({
    x: z.number().int().min(0).max(GRID_COLUMNS - 1),
    y: z.number().int().min(0).max(10_000),
    w: z.number().int().min(1).max(GRID_COLUMNS),
    h: z.number().int().min(1).max(100),
  })
  .refine((cell) => cell.x + cell.w <= GRID_COLUMNS, { message: `x + w must not exceed ${GRID_COLUMNS}`, path: ['w'] });
export type GridPosition = z.infer<typeof GridPositionSchema>;

/**
 * How a widget draws its dataset. The shape each needs (dimensions, measures) is checked by the
 * validator against the dataset, not here.
 */
export const VisualSchema = z.discriminatedUnion('type', [
  /** One number per measure; `compare` adds the change against the previous period of the same length. */
  z.object({ type: z.literal('kpi'), compare: z.boolean().default(true) }),
  z.object({ type: z.literal('line'), smooth: z.boolean().optional(), area: z.boolean().optional() }),
  z.object({ type: z.literal('bar'), horizontal: z.boolean().optional() }),
  z.object({ type: z.literal('stacked_bar'), horizontal: z.boolean().optional() }),
  z.object({ type: z.literal('pie') }),
  z.object({ type: z.literal('donut') }),
  z.object({ type: z.literal('table') }),
  /** First dimension down the side, second across the top. */
  z.object({ type: z.literal('pivot') }),
]);
export type Visual = z.infer<typeof VisualSchema>;
export type VisualType = Visual['type'];

export const WidgetSchema = z.object({
  key: MetadataKeySchema,
  title: LabelSchema,
  position: GridPositionSchema,
  dataset: DatasetSpecSchema,
  visual: VisualSchema,
  /** The date field the dashboard's date range applies to; without it the range leaves this widget alone. */
  dateField: FieldPathSchema.optional(),
  /**
   * A period of the widget's own that replaces the dashboard's range, e.g. `{ "preset": "today" }`
   * for today's sales (compared with yesterday) whatever range the viewer picks. Needs `dateField`.
   */
  range: DateRangeInputSchema.optional(),
});
export type Widget = z.infer<typeof WidgetSchema>;
export type WidgetInput = z.input<typeof WidgetSchema>;

/** A filter control on the dashboard: its values narrow every widget on `entity` by `field`. */
export const FieldFilterDefSchema = z.object({
  key: MetadataKeySchema,
  label: LabelSchema,
  entity: MetadataKeySchema,
  field: FieldPathSchema,
});
export type FieldFilterDef = z.infer<typeof FieldFilterDefSchema>;

export const DashboardFiltersSchema = z.object({
  /** Present when the dashboard offers a date range; `default` is what it opens with. */
  dateRange: z.object({ default: DateRangeInputSchema }).optional(),
  fields: z.array(FieldFilterDefSchema).max(10).default([]),
});
export type DashboardFilters = z.infer<typeof DashboardFiltersSchema>;

/** A dashboard's key names it in URLs (`/dashboards/sales-overview`), never in SQL, so it may hold dashes. */
export const DashboardKeySchema = z.string().regex(/^[a-z][a-z0-9_-]{0,60}$/, { message: 'must start with a lowercase letter and use only a-z, 0-9, - and _' });

export const DashboardDefSchema = z.object({
  schemaVersion: z.literal(DASHBOARD_SCHEMA_VERSION),
  key: DashboardKeySchema,
  name: LabelSchema,
  description: LabelSchema.optional(),
  filters: DashboardFiltersSchema.default({ fields: [] }),
  /**
   * Role keys that may open the dashboard (administrators and designers always may). Absent: anyone
   * allowed to read every entity its widgets read.
   */
  roles: z.array(MetadataKeySchema).max(50).optional(),
  widgets: z.array(WidgetSchema).max(50),
});
export type DashboardDef = z.infer<typeof DashboardDefSchema>;
export type DashboardDefInput = z.input<typeof DashboardDefSchema>;

/** react-grid-layout's `layout` prop, keyed by widget key. */
export function gridLayout(dashboard: DashboardDef): Array<{ i: string } & GridPosition> {
  return dashboard.widgets.map((widget) => ({ i: widget.key, ...widget.position }));
}
