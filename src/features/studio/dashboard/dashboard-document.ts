import { GRID_COLUMNS, type DashboardDef, type DatasetSpec, type Dimension, type GridPosition, type Measure, type Visual, type Widget } from '@/engine/dashboard';
import type { Label } from '@/engine/metadata/keys';

/**
 * Edits of the dashboard document the designer holds. Each returns a new document and never
 * touches the input, so undo is a stack of earlier documents.
 */
export const NEW_WIDGET_SIZE = { w: 12, h: 8 } as const;

function uniqueKey(taken: Iterable<string>, base: string): string {
  const used = new Set(taken);
  for (let n = 1; ; n += 1) if (!used.has(`${base}_${n}`)) return `${base}_${n}`;
}

/** The first row below every widget: a new widget never overlaps one already placed. */
export function bottomRow(widgets: readonly Widget[]): number {
  return widgets.reduce((max, widget) => Math.max(max, widget.position.y + widget.position.h), 0);
}

export function newWidget(dashboard: DashboardDef, entity: string, title: Label): Widget {
  return {
    key: uniqueKey(dashboard.widgets.map((widget) => widget.key), 'widget'),
    title,
    position: { x: 0, y: bottomRow(dashboard.widgets), ...NEW_WIDGET_SIZE },
    dataset: { entity, measures: [{ key: 'count', label: { 'zh-CN': '数量', en: 'Count' }, op: 'count' }], dimensions: [], relationFilters: [], sort: [] },
    visual: { type: 'bar' },
  };
}

export function addWidget(dashboard: DashboardDef, widget: Widget): DashboardDef {
  return { ...dashboard, widgets: [...dashboard.widgets, widget] };
}

export function removeWidget(dashboard: DashboardDef, key: string): DashboardDef {
  return { ...dashboard, widgets: dashboard.widgets.filter((widget) => widget.key !== key) };
}

export function updateWidget(dashboard: DashboardDef, key: string, edit: (widget: Widget) => Widget): DashboardDef {
  return { ...dashboard, widgets: dashboard.widgets.map((widget) => (widget.key === key ? edit(widget) : widget)) };
}

function clampPosition(cell: GridPosition): GridPosition {
  const w = Math.min(Math.max(1, Math.round(cell.w)), GRID_COLUMNS);
  const x = Math.min(Math.max(0, Math.round(cell.x)), GRID_COLUMNS - w);
  return { x, y: Math.max(0, Math.round(cell.y)), w, h: Math.max(1, Math.round(cell.h)) };
}

/**
 * Takes the grid's layout after a drag or resize (react-grid-layout reports every item, moved by
 * compaction or not). Returns the same document when nothing moved, so a click is not an edit.
 */
export function applyLayout(dashboard: DashboardDef, layout: ReadonlyArray<{ i: string } & GridPosition>): DashboardDef {
  const byKey = new Map(layout.map((item) => [item.i, clampPosition(item)]));
  let changed = false;
  const widgets = dashboard.widgets.map((widget) => {
    const next = byKey.get(widget.key);
    if (!next || (next.x === widget.position.x && next.y === widget.position.y && next.w === widget.position.w && next.h === widget.position.h)) return widget;
    changed = true;
    return { ...widget, position: next };
  });
  return changed ? { ...dashboard, widgets } : dashboard;
}

/** Changing the entity drops what named the old entity's fields; measures fall back to a count. */
export function setWidgetEntity(widget: Widget, entity: string): Widget {
  if (widget.dataset.entity === entity) return widget;
  const { dateField: _dropped, ...rest } = widget;
  return { ...rest, dataset: { entity, measures: [{ key: 'count', label: { 'zh-CN': '数量', en: 'Count' }, op: 'count' }], dimensions: [], relationFilters: [], sort: [] } };
}

export function setDataset(widget: Widget, patch: Partial<DatasetSpec>): Widget {
  const dataset = { ...widget.dataset, ...patch };
  if (patch.limit === undefined && 'limit' in patch) delete dataset.limit;
  if (patch.filter === undefined && 'filter' in patch) delete dataset.filter;
  return { ...widget, dataset };
}

export function addMeasure(widget: Widget): Widget {
  const key = uniqueKey(widget.dataset.measures.map((measure) => measure.key), 'measure');
  return setDataset(widget, { measures: [...widget.dataset.measures, { key, label: { 'zh-CN': '数量', en: 'Count' }, op: 'count' }] });
}

export function replaceMeasure(widget: Widget, index: number, measure: Measure): Widget {
  return setDataset(widget, { measures: widget.dataset.measures.map((current, at) => (at === index ? measure : current)) });
}

/** A widget keeps at least one measure (the schema needs one); sorts on a removed key go too. */
export function removeMeasure(widget: Widget, index: number): Widget {
  if (widget.dataset.measures.length <= 1) return widget;
  const removed = widget.dataset.measures[index]?.key;
  return setDataset(widget, { measures: widget.dataset.measures.filter((_, at) => at !== index), sort: widget.dataset.sort.filter((sort) => sort.key !== removed) });
}

export function addDimension(widget: Widget, field: string): Widget {
  if (widget.dataset.dimensions.length >= 3) return widget;
  const key = uniqueKey(widget.dataset.dimensions.map((dimension) => dimension.key), 'dim');
  return setDataset(widget, { dimensions: [...widget.dataset.dimensions, { key, field }] });
}

export function replaceDimension(widget: Widget, index: number, dimension: Dimension): Widget {
  const next = { ...dimension };
  if (!next.truncate) delete next.truncate;
  return setDataset(widget, { dimensions: widget.dataset.dimensions.map((current, at) => (at === index ? next : current)) });
}

export function removeDimension(widget: Widget, index: number): Widget {
  const removed = widget.dataset.dimensions[index]?.key;
  return setDataset(widget, { dimensions: widget.dataset.dimensions.filter((_, at) => at !== index), sort: widget.dataset.sort.filter((sort) => sort.key !== removed) });
}

/** One sort key is all the designer offers; none sorts by the first measure, descending, on the server. */
export function setSort(widget: Widget, key: string | undefined, direction: 'asc' | 'desc' = 'desc'): Widget {
  return setDataset(widget, { sort: key ? [{ key, direction }] : [] });
}

export function setVisual(widget: Widget, visual: Visual): Widget {
  return { ...widget, visual };
}

export function setDateField(widget: Widget, dateField: string | undefined): Widget {
  const { dateField: _old, range, ...rest } = widget;
  return dateField ? { ...rest, ...(range ? { range } : {}), dateField } : rest;
}

export function setRoles(dashboard: DashboardDef, roles: string[]): DashboardDef {
  const { roles: _old, ...rest } = dashboard;
  return roles.length ? { ...rest, roles } : rest;
}

/** A default visual of each type: a KPI compares with the previous period unless told not to. */
export function visualOfType(type: Visual['type']): Visual {
  return type === 'kpi' ? { type, compare: true } : ({ type } as Visual);
}
