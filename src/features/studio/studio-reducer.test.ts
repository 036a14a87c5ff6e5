import { describe, expect, it } from 'vitest';
import type { StudioDoc } from './studio-document';
import { nextFieldId } from './studio-document';
import { HISTORY_LIMIT, initialStudioState, isDirty, studioReducer, type StudioAction, type StudioState } from './studio-reducer';

const doc: StudioDoc = {
  entity: {
    schemaVersion: 1,
    key: 'orders',
    label: { 'zh-CN': '订单' },
    titleField: 'code',
    fields: [
      { id: 'code', type: 'text', label: { 'zh-CN': '编号' } },
      { id: 'note', type: 'long_text', label: { 'zh-CN': '备注' } },
      { id: 'paid', type: 'boolean', label: { 'zh-CN': '已付' } },
    ],
  },
  form: {
    schemaVersion: 1,
    key: 'orders',
    entity: 'orders',
    sections: [
      { id: 'main', columns: 2, fields: ['code', 'note'] },
      { id: 'extra', columns: 1, fields: ['paid'] },
    ],
    listColumns: ['code', 'paid'],
  },
};

function run(...actions: StudioAction[]): StudioState {
  return actions.reduce(studioReducer, initialStudioState(doc));
}

const sections = (state: StudioState) => state.present.form.sections.map((section) => section.fields);

describe('studio reducer', () => {
  it('adds a field with a fresh id at the drop position and selects it', () => {
    const state = run({ type: 'add', fieldType: 'text', sectionId: 'main', index: 1 });
    expect(sections(state)).toEqual([['code', 'field_1', 'note'], ['paid']]);
    expect(state.present.entity.fields.at(-1)).toMatchObject({ id: 'field_1', type: 'text', label: { 'zh-CN': '新字段', en: 'New field' } });
    expect(state.selected).toBe('field_1');
    expect(isDirty(state)).toBe(true);
  });

  it('never reuses an id, not even a removed one', () => {
    const state = run({ type: 'add', fieldType: 'number', sectionId: 'main', index: 9 }, { type: 'add', fieldType: 'single_select', sectionId: 'extra', index: 0 });
    expect(sections(state)).toEqual([['code', 'note', 'field_1'], ['field_2', 'paid']]);
    expect(state.present.entity.fields.find((field) => field.id === 'field_2')).toMatchObject({ options: [{ value: 'option_1' }] });
    const removed = { ...doc.entity, fields: [...doc.entity.fields, { id: 'field_1', type: 'text' as const, label: { 'zh-CN': 'x' }, removed: true }] };
    expect(nextFieldId(removed)).toBe('field_2');
  });

  it('moves a field within and between sections', () => {
    expect(sections(run({ type: 'move', fieldId: 'code', sectionId: 'main', index: 1 }))).toEqual([['note', 'code'], ['paid']]);
    expect(sections(run({ type: 'move', fieldId: 'note', sectionId: 'extra', index: 0 }))).toEqual([['code'], ['note', 'paid']]);
    expect(run({ type: 'move', fieldId: 'paid', sectionId: 'main', index: 0 }).present.form.listColumns).toEqual(['code', 'paid']);
  });

  it('updates a field and renames it everywhere', () => {
    const state = run({ type: 'add', fieldType: 'text', sectionId: 'main', index: 0 }, {
      type: 'update',
      fieldId: 'field_1',
      field: { id: 'remark', type: 'text', label: { 'zh-CN': '送货备注' }, required: true },
    });
    expect(sections(state)[0]).toEqual(['remark', 'code', 'note']);
    expect(state.present.entity.fields.at(-1)).toEqual({ id: 'remark', type: 'text', label: { 'zh-CN': '送货备注' }, required: true });
    expect(state.selected).toBe('remark');
  });

  it('marks a published field removed but deletes a new one entirely', () => {
    const state = run({ type: 'add', fieldType: 'text', sectionId: 'main', index: 0 }, { type: 'remove', fieldId: 'field_1' }, { type: 'remove', fieldId: 'paid' });
    expect(state.present.entity.fields.map((field) => [field.id, field.removed ?? false])).toEqual([['code', false], ['note', false], ['paid', true]]);
    expect(sections(state)).toEqual([['code', 'note'], []]);
    expect(state.present.form.listColumns).toEqual(['code']);
    const restored = studioReducer(state, { type: 'restore', fieldId: 'paid' });
    expect(restored.present.entity.fields.find((field) => field.id === 'paid')?.removed).toBeUndefined();
    expect(sections(restored)).toEqual([['code', 'note', 'paid'], []]);
  });

  it('undoes and redoes, and undo back to the saved document is clean', () => {
    const state = run({ type: 'move', fieldId: 'code', sectionId: 'main', index: 1 }, { type: 'remove', fieldId: 'paid' });
    const once = studioReducer(state, { type: 'undo' });
    expect(sections(once)).toEqual([['note', 'code'], ['paid']]);
    const twice = studioReducer(once, { type: 'undo' });
    expect(twice.present).toBe(doc);
    expect(isDirty(twice)).toBe(false);
    expect(studioReducer(twice, { type: 'undo' })).toBe(twice);
    const redone = studioReducer(studioReducer(twice, { type: 'redo' }), { type: 'redo' });
    expect(redone.present).toBe(state.present);
    expect(sections(studioReducer(once, { type: 'add', fieldType: 'date', sectionId: 'extra', index: 0 })).at(1)).toEqual(['field_1', 'paid']);
    expect(studioReducer(studioReducer(once, { type: 'move', fieldId: 'paid', sectionId: 'main', index: 0 }), { type: 'redo' }).future).toEqual([]);
  });

  it('coalesces typing into one undo step and keeps a long history', () => {
    const label = (text: string): StudioAction => ({ type: 'update', fieldId: 'code', field: { id: 'code', type: 'text', label: { 'zh-CN': text } }, coalesceKey: 'code:label' });
    const typed = run(label('a'), label('ab'), label('abc'));
    expect(typed.past).toHaveLength(1);
    expect(studioReducer(typed, { type: 'undo' }).present).toBe(doc);
    const many = Array.from({ length: 120 }, (_, index): StudioAction => ({ type: 'move', fieldId: 'code', sectionId: 'main', index: index % 2 }));
    expect(run(...many).past).toHaveLength(HISTORY_LIMIT);
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(50);
  });

  it('duplicates a field under a free key, labelled as a copy, right after the original', () => {
    const state = run({ type: 'duplicate', fieldId: 'code' });
    expect(sections(state)).toEqual([['code', 'code_copy', 'note'], ['paid']]);
    expect(state.present.entity.fields.at(-1)).toEqual({ id: 'code_copy', type: 'text', label: { 'zh-CN': '编号（副本）' } });
    expect(state.selected).toBe('code_copy');
    const again = studioReducer(studioReducer(state, { type: 'duplicate', fieldId: 'code' }), { type: 'duplicate', fieldId: 'paid' });
    expect(sections(again)).toEqual([['code', 'code_copy_2', 'code_copy', 'note'], ['paid', 'paid_copy']]);
    expect(studioReducer(again, { type: 'undo' }).present).toEqual(studioReducer(state, { type: 'duplicate', fieldId: 'code' }).present);
    expect(studioReducer(studioReducer(state, { type: 'undo' }), { type: 'undo' }).present).toBe(doc);
  });

  it('copies every property, and the English label too; a copy of a copy is new again', () => {
    const select = { id: 'kind', type: 'single_select' as const, label: { 'zh-CN': '类型', en: 'Kind' }, required: true, options: [{ value: 'a', label: { 'zh-CN': 'A' } }] };
    const withSelect = { ...doc, entity: { ...doc.entity, fields: [...doc.entity.fields, select] } };
    const state = studioReducer(studioReducer(initialStudioState(withSelect), { type: 'duplicate', fieldId: 'kind' }), { type: 'duplicate', fieldId: 'kind_copy' });
    const copy = state.present.entity.fields.find((field) => field.id === 'kind_copy');
    expect(copy).toEqual({ ...select, id: 'kind_copy', label: { 'zh-CN': '类型（副本）', en: 'Kind (copy)' } });
    expect(copy && 'options' in copy && copy.options).not.toBe(select.options);
    expect(state.present.entity.fields.at(-1)?.label.en).toBe('Kind (copy) (copy)');
    // Not on the form, so the first copy goes to the end of the first section; the next follows it.
    expect(sections(state)[0]).toEqual(['code', 'note', 'kind_copy', 'kind_copy_copy']);
    expect(state.publishedIds).not.toContain('kind_copy');
  });

  it('falls back to field_<n> for a key too long to copy, and refuses to copy a child table', () => {
    const longId = `a${'b'.repeat(38)}`;
    const long = { ...doc, entity: { ...doc.entity, fields: [...doc.entity.fields, { id: longId, type: 'text' as const, label: { 'zh-CN': '长' } }] } };
    expect(studioReducer(initialStudioState(long), { type: 'duplicate', fieldId: longId }).selected).toBe('field_1');
    const lines = { ...doc, entity: { ...doc.entity, fields: [...doc.entity.fields, { id: 'lines', type: 'child_table' as const, label: { 'zh-CN': '明细' }, entity: 'order_lines' }] } };
    const start = initialStudioState(lines);
    expect(studioReducer(start, { type: 'duplicate', fieldId: 'lines' })).toBe(start);
  });

  it('gives the same state back when the selected field is selected again, and still ends a typing step', () => {
    const selected = run({ type: 'select', fieldId: 'code' });
    expect(studioReducer(selected, { type: 'select', fieldId: 'code' })).toBe(selected);
    expect(studioReducer(selected, { type: 'select', fieldId: 'note' }).selected).toBe('note');
    const typing = studioReducer(selected, { type: 'update', fieldId: 'code', field: { ...doc.entity.fields[0], label: { 'zh-CN': '编' } }, coalesceKey: 'code.label' });
    const reselected = studioReducer(typing, { type: 'select', fieldId: 'code' });
    expect(reselected).not.toBe(typing);
    expect(reselected.coalesceKey).toBeNull();
    const fromLayout = run({ type: 'selectLayout', ref: { kind: 'section', id: 'main' } }, { type: 'select', fieldId: null });
    expect(fromLayout.selectedLayout).toBeNull();
  });

  it('tracks saving', () => {
    const state = run({ type: 'remove', fieldId: 'paid' });
    const saved = studioReducer(state, { type: 'saved', doc: state.present });
    expect(isDirty(saved)).toBe(false);
    expect(isDirty(studioReducer(saved, { type: 'undo' }))).toBe(true);
  });
});
