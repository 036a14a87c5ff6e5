import type { DashboardFilters, DateRangeInput, FieldFilterDef } from '@/engine/dashboard';
import type { EntityDef } from '@/engine/metadata/entity';
import { fieldOptions, isPickable } from './field-options';

/** The presets a dashboard may open with (a custom range is picked by the viewer, not stored). */
export const DEFAULT_RANGE_PRESETS = ['today', 'last_7_days', 'last_30_days', 'this_month'] as const;
/** As the definition allows. */
export const MAX_FIELD_FILTERS = 10;

export function setDateRange(filters: DashboardFilters, initial: DateRangeInput | undefined): DashboardFilters {
  const { dateRange: _old, ...rest } = filters;
  return initial ? { ...rest, dateRange: { default: initial } } : rest;
}

/** A new field filter on `entity`'s first field that can be filtered by values, named after it. */
export function addFieldFilter(filters: DashboardFilters, entity: EntityDef, lookup: (key: string) => EntityDef | undefined): DashboardFilters {
  const taken = new Set(filters.fields.map((filter) => filter.key));
  let n = filters.fields.length + 1;
  while (taken.has(`filter_${n}`)) n += 1;
  const blank: FieldFilterDef = { key: `filter_${n}`, entity: entity.key, field: '', label: { 'zh-CN': `筛选 ${n}`, en: `Filter ${n}` } };
  return { ...filters, fields: [...filters.fields, onEntity(blank, entity, lookup)] };
}

/** The filter moved to `entity`, on its first field that can be filtered by values and named after it (the name is kept if there is none). */
export function onEntity(filter: FieldFilterDef, entity: EntityDef | undefined, lookup: (key: string) => EntityDef | undefined): FieldFilterDef {
  const first = fieldOptions(entity, lookup).find(isPickable);
  return { ...filter, entity: entity?.key ?? filter.entity, field: first?.path ?? '', ...(first ? { label: first.label } : {}) };
}

export function updateFieldFilter(filters: DashboardFilters, key: string, next: FieldFilterDef): DashboardFilters {
  return { ...filters, fields: filters.fields.map((filter) => (filter.key === key ? next : filter)) };
}
