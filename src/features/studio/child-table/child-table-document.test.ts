import { describe, expect, it } from 'vitest';
import { EntityDefSchema, type EntityDef } from '@/engine/metadata/entity';
import type { FieldDef, FieldOf } from '@/engine/metadata/field';
import type { StudioDoc } from '../studio-document';
import { initialStudioState, studioReducer, type StudioAction } from '../studio-reducer';
import { addColumn, moveColumn, relabelColumn, removeColumn, restoreColumn, visibleColumns } from './child-table-document';

const doc: StudioDoc = {
  entity: { schemaVersion: 1, key: 'orders', label: { 'zh-CN': '订单' }, fields: [{ id: 'code', type: 'text', label: { 'zh-CN': '编号' } }] },
  form: { schemaVersion: 1, key: 'orders', entity: 'orders', sections: [{ id: 'main', columns: 2, fields: ['code'] }] },
  children: [],
};

const run = (...actions: StudioAction[]) => actions.reduce(studioReducer, initialStudioState(doc));
const ids = (child: EntityDef) => child.fields.map((field) => (field.removed ? `(${field.id})` : field.id));

describe('child tables in the studio document', () => {
  it('creates the child entity with a key derived from the form and the field when a child table is added', () => {
    const state = run({ type: 'add', fieldType: 'child_table', sectionId: 'main', index: 1 });
    const field = state.present.entity.fields.at(-1) as FieldOf<'child_table'>;
    expect(field).toMatchObject({ id: 'field_1', type: 'child_table', entity: 'orders_field_1' });
    expect(state.present.children).toHaveLength(1);
    const child = state.present.children![0];
    expect(child).toMatchObject({ key: 'orders_field_1', parent: 'orders' });
    expect(EntityDefSchema.safeParse(child).success).toBe(true);
    expect(state.present.form.sections[0].fields).toEqual(['code', 'field_1']);
    // One step: undo takes the field and its child entity away together.
    expect(studioReducer(state, { type: 'undo' }).present.children).toEqual([]);
  });

  it('keeps the children through other edits and replaces one on updateChild', () => {
    const added = run({ type: 'add', fieldType: 'child_table', sectionId: 'main', index: 1 });
    const child = added.present.children![0];
    const next = studioReducer(added, { type: 'add', fieldType: 'text', sectionId: 'main', index: 0 });
    expect(next.present.children).toEqual([child]);
    const changed = studioReducer(next, { type: 'updateChild', child: addColumn(child, 'money').child });
    expect(ids(changed.present.children![0])).toEqual(['name', 'field_1']);
  });

  it('adds, reorders, relabels, hides and restores columns', () => {
    let child: EntityDef = { schemaVersion: 1, key: 'orders_lines', label: { 'zh-CN': '明细' }, parent: 'orders', fields: [{ id: 'name', type: 'text', label: { 'zh-CN': '名称' } } as FieldDef] };
    child = addColumn(child, 'number').child;
    child = addColumn(child, 'money').child;
    expect(ids(child)).toEqual(['name', 'field_1', 'field_2']);
    child = moveColumn(child, 'field_2', -1);
    expect(ids(child)).toEqual(['name', 'field_2', 'field_1']);
    expect(moveColumn(child, 'name', -1)).toBe(child);
    child = relabelColumn(child, 'field_2', { 'zh-CN': '单价', en: 'Price' });
    expect(child.fields[1].label).toEqual({ 'zh-CN': '单价', en: 'Price' });
    expect(ids(removeColumn(child, 'field_1', false))).toEqual(['name', 'field_2']);
    child = removeColumn(child, 'name', true);
    expect(ids(child)).toEqual(['(name)', 'field_2', 'field_1']);
    expect(visibleColumns(child).map((field) => field.id)).toEqual(['field_2', 'field_1']);
    // A hidden column keeps its place: moving skips over it.
    expect(ids(moveColumn(child, 'field_2', 1))).toEqual(['(name)', 'field_1', 'field_2']);
    expect(ids(restoreColumn(child, 'name'))).toEqual(['name', 'field_2', 'field_1']);
  });
});
