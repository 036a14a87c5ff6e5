import type { DashboardDef, Dimension, Widget } from '@/engine/dashboard';
import { relationTarget } from '@/engine/dashboard/field-path';
import type { EntityLookup } from '@/engine/metadata/entity';

export type FilterScalar = string | number | boolean;

/** A filter set by clicking a bar or slice; shown as a removable tag above the widgets. */
export type CrossFilter = {
  /** The widget clicked; it keeps showing every value so another one can be picked. */
  source: string;
  dimension: string;
  /** "Region: East", already in the reader's language. */
  text: string;
  /** Values for the dashboard's field filters, by filter key. */
  fields: Record<string, FilterScalar>;
};

/** `entity.field` the path ends on: `customer.region` read from orders ends on `customers.region`. */
export function pathTerminal(entityKey: string, path: string, lookup: EntityLookup): string | null {
  const [first, second] = path.split('.');
  if (second === undefined) return `${entityKey}.${first}`;
  const entity = lookup(entityKey);
  if (!entity) return null;
  const target = relationTarget(entity, first, lookup);
  return target.ok ? `${target.target.key}.${second}` : null;
}

/**
 * The dashboard filters a click on `dimension` sets: those on the same field of the same entity,
 * and those that reach the same field through a relation (a region of customers filters orders by
 * `customer.region`). A date period matches no field filter, so it does not cross-filter.
 */
export function crossFilterKeys(dashboard: DashboardDef, widget: Widget, dimension: Dimension, lookup: EntityLookup): string[] {
  if (dimension.truncate) return [];
  const entity = widget.dataset.entity;
  const terminal = pathTerminal(entity, dimension.field, lookup);
  return dashboard.filters.fields
    .filter((filter) => (filter.entity === entity && filter.field === dimension.field) || (terminal !== null && pathTerminal(filter.entity, filter.field, lookup) === terminal))
    .map((filter) => filter.key);
}

/** Field filter values for one request: the filter bar's, then each click's (a later click wins). */
export function mergedFieldFilters(bar: Record<string, FilterScalar | FilterScalar[]>, crossFilters: CrossFilter[], except?: string): Record<string, FilterScalar | FilterScalar[]> {
  const merged: Record<string, FilterScalar | FilterScalar[]> = {};
  for (const [key, value] of Object.entries(bar)) if (!Array.isArray(value) || value.length > 0) merged[key] = value;
  for (const filter of crossFilters) if (filter.source !== except) Object.assign(merged, filter.fields);
  return merged;
}

/** Adds a click's filter, replacing an earlier click on the same dimension of the same widget. */
export function withCrossFilter(current: CrossFilter[], next: CrossFilter): CrossFilter[] {
  return [...current.filter((filter) => !(filter.source === next.source && filter.dimension === next.dimension)), next];
}
