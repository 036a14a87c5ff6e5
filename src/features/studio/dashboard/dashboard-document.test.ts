import { describe, expect, it } from 'vitest';
import { parseDashboardDef, type DashboardDef } from '@/engine/dashboard';
import {
  addDimension, addMeasure, addWidget, applyLayout, newWidget, removeDimension, removeMeasure, removeWidget, replaceDimension, replaceMeasure, setDataset, setDateField,
  setRoles, setSort, setVisual, setWidgetEntity, updateWidget, visualOfType,
} from './dashboard-document';

const label = (text: string) => ({ 'zh-CN': text, en: text });
const empty: DashboardDef = { schemaVersion: 1, key: 'ops', name: label('Ops'), filters: { fields: [] }, widgets: [] };

function withTwo(): DashboardDef {
  const first = addWidget(empty, newWidget(empty, 'orders', label('A')));
  return addWidget(first, newWidget(first, 'customers', label('B')));
}

describe('dashboard document edits', () => {
  it('adds widgets with unique keys below the others, each a valid definition', () => {
    const doc = withTwo();
    expect(doc.widgets.map((widget) => [widget.key, widget.position])).toEqual([
      ['widget_1', { x: 0, y: 0, w: 12, h: 8 }],
      ['widget_2', { x: 0, y: 8, w: 12, h: 8 }],
    ]);
    expect(parseDashboardDef(doc).ok).toBe(true);
    expect(empty.widgets).toEqual([]);
  });

  it('moves and resizes from the grid layout, clamped to 24 columns, and ignores a no-op', () => {
    const doc = withTwo();
    const moved = applyLayout(doc, [{ i: 'widget_1', x: 12, y: 0, w: 12, h: 8 }, { i: 'widget_2', x: 20, y: 0, w: 10, h: 4 }]);
    expect(moved.widgets.map((widget) => widget.position)).toEqual([{ x: 12, y: 0, w: 12, h: 8 }, { x: 14, y: 0, w: 10, h: 4 }]);
    expect(parseDashboardDef(moved).ok).toBe(true);
    expect(applyLayout(doc, doc.widgets.map((widget) => ({ i: widget.key, ...widget.position })))).toBe(doc);
  });

  it('removes a widget by key', () => {
    expect(removeWidget(withTwo(), 'widget_1').widgets.map((widget) => widget.key)).toEqual(['widget_2']);
  });

  it('edits measures, dimensions, sort, top N, visual, date field and entity', () => {
    let doc = withTwo();
    const edit = (fn: Parameters<typeof updateWidget>[2]) => (doc = updateWidget(doc, 'widget_1', fn));
    edit(addMeasure);
    edit((widget) => replaceMeasure(widget, 1, { key: 'measure_1', label: label('Total'), op: 'sum', field: 'total_amount' }));
    edit((widget) => addDimension(widget, 'created_at'));
    edit((widget) => replaceDimension(widget, 0, { key: 'dim_1', field: 'created_at', truncate: 'month' }));
    edit((widget) => setSort(widget, 'measure_1', 'desc'));
    edit((widget) => setDataset(widget, { limit: 10 }));
    edit((widget) => setVisual(widget, visualOfType('line')));
    edit((widget) => setDateField(widget, 'created_at'));
    const widget = doc.widgets[0];
    expect(widget.dataset).toMatchObject({
      measures: [{ op: 'count' }, { key: 'measure_1', op: 'sum', field: 'total_amount' }],
      dimensions: [{ key: 'dim_1', field: 'created_at', truncate: 'month' }],
      sort: [{ key: 'measure_1', direction: 'desc' }],
      limit: 10,
    });
    expect(widget).toMatchObject({ visual: { type: 'line' }, dateField: 'created_at' });
    expect(parseDashboardDef(doc).ok).toBe(true);

    edit((widget) => removeMeasure(widget, 1));
    expect(doc.widgets[0].dataset.sort).toEqual([]);
    expect(removeMeasure(doc.widgets[0], 0)).toBe(doc.widgets[0]);
    edit((widget) => removeDimension(widget, 0));
    expect(doc.widgets[0].dataset.dimensions).toEqual([]);
    edit((widget) => setDataset(widget, { limit: undefined }));
    expect('limit' in doc.widgets[0].dataset).toBe(false);
    edit((widget) => setWidgetEntity(widget, 'customers'));
    expect(doc.widgets[0].dataset).toMatchObject({ entity: 'customers', measures: [{ op: 'count' }], dimensions: [] });
    expect(doc.widgets[0].dateField).toBeUndefined();
    expect(visualOfType('kpi')).toEqual({ type: 'kpi', compare: true });
  });

  it('sets and clears per-role visibility', () => {
    expect(setRoles(empty, ['manager']).roles).toEqual(['manager']);
    expect('roles' in setRoles(setRoles(empty, ['manager']), [])).toBe(false);
  });
});
