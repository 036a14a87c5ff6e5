import { describe, expect, it } from 'vitest';
import { displaySections, formLayout, FormDefSchema, checkFormReferences } from '@/engine/metadata/form';
import type { StudioDoc } from '../studio-document';
import { initialStudioState, studioReducer, type StudioAction, type StudioState } from '../studio-reducer';

const doc: StudioDoc = {
  entity: {
    schemaVersion: 1,
    key: 'orders',
    label: { 'zh-CN': '订单' },
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
  },
};

function run(...actions: StudioAction[]): StudioState {
  return actions.reduce(studioReducer, initialStudioState(doc));
}

const cells = (state: StudioState) => Object.fromEntries(state.present.form.sections.map((section) => [section.id, section.fields]));
const order = (state: StudioState) => displaySections(state.present.form).map((section) => `${section.id}${section.tab ? `@${section.tab}` : ''}`);
/** Every document the designer produces must be one the server accepts. */
const valid = (state: StudioState) => {
  const parsed = FormDefSchema.safeParse(state.present.form);
  expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  expect(checkFormReferences(state.present.form, state.present.entity)).toEqual([]);
};

describe('layout items in the designer', () => {
  it('adds a section with the dropped column count after the section it was dropped on, and selects it', () => {
    const state = run({ type: 'addSection', columns: 3, placement: { afterSection: 'main' } });
    expect(state.present.form.sections[1]).toEqual({ id: 'section_1', title: { 'zh-CN': '新分区', en: 'New section' }, columns: 3, fields: [] });
    expect(order(state)).toEqual(['main', 'section_1', 'extra']);
    expect(state.selectedLayout).toEqual({ kind: 'section', id: 'section_1' });
    expect(state.selected).toBeNull();
    valid(state);
  });

  it('adds tabs where they are dropped, each with a section; a section dropped into a tab joins it', () => {
    const state = run(
      { type: 'addTab', placement: { afterSection: 'main' } },
      { type: 'addTab', placement: { inTab: 'tab_1' } },
      { type: 'addSection', columns: 1, placement: { inTab: 'tab_1' } },
      { type: 'addSection', columns: 4, placement: { afterSection: 'section_2' } },
    );
    expect(state.present.form.tabs?.map((tab) => [tab.id, tab.title.en])).toEqual([
      ['tab_1', 'Tab 1'],
      ['tab_2', 'Tab 2'],
    ]);
    expect(order(state)).toEqual(['main', 'section_1@tab_1', 'section_3@tab_1', 'section_2@tab_2', 'section_4@tab_2', 'extra']);
    expect(formLayout(state.present.form).map((node) => node.kind)).toEqual(['section', 'tabs', 'section']);
    expect(state.selectedLayout).toEqual({ kind: 'section', id: 'section_4' });
    valid(state);
  });

  it('adds dividers and text between fields with ids no field has, and moves them like fields', () => {
    const withField = { ...doc, entity: { ...doc.entity, fields: [...doc.entity.fields, { id: 'divider_1', type: 'text' as const, label: { 'zh-CN': 'x' } }] } };
    const start = studioReducer(initialStudioState(withField), { type: 'addBlock', kind: 'divider', sectionId: 'main', index: 1 });
    expect(start.present.form.sections[0].fields).toEqual(['code', 'divider_2', 'note']);
    const state = [
      { type: 'addBlock', kind: 'text', sectionId: 'extra', index: 0 },
      { type: 'moveBlock', blockId: 'divider_2', sectionId: 'extra', index: 2 },
      { type: 'move', fieldId: 'note', sectionId: 'extra', index: 0 },
    ].reduce((acc, action) => studioReducer(acc, action as StudioAction), start);
    expect(cells(state)).toEqual({ main: ['code'], extra: ['note', 'text_1', 'paid', 'divider_2'] });
    expect(state.present.form.blocks).toEqual([
      { id: 'divider_2', kind: 'divider' },
      { id: 'text_1', kind: 'text', text: { 'zh-CN': '说明文字', en: 'Description text' } },
    ]);
    expect(state.selected).toBe('note');
    expect(state.selectedLayout).toBeNull();
  });

  it('edits section, tab and block properties, typing coalesced into one step', () => {
    const added = run({ type: 'addTab', placement: { afterSection: 'extra' } }, { type: 'addBlock', kind: 'text', sectionId: 'main', index: 0 });
    const typed = [
      { type: 'updateSection', sectionId: 'main', patch: { title: { 'zh-CN': '基' } }, coalesceKey: 'main:title' },
      { type: 'updateSection', sectionId: 'main', patch: { title: { 'zh-CN': '基本' } }, coalesceKey: 'main:title' },
      { type: 'updateSection', sectionId: 'main', patch: { columns: 4 } },
      { type: 'updateSection', sectionId: 'extra', patch: { tab: 'tab_1' } },
      { type: 'updateTab', tabId: 'tab_1', title: { 'zh-CN': '付款', en: 'Payment' } },
      { type: 'updateBlock', block: { id: 'text_1', kind: 'text', text: { 'zh-CN': '先填客户' } } },
    ].reduce((acc, action) => studioReducer(acc, action as StudioAction), added);
    expect(typed.past).toHaveLength(added.past.length + 5);
    expect(typed.present.form.sections.find((section) => section.id === 'main')).toMatchObject({ title: { 'zh-CN': '基本' }, columns: 4 });
    expect(order(typed)).toEqual(['main', 'extra@tab_1', 'section_1@tab_1']);
    const untitled = studioReducer(typed, { type: 'updateSection', sectionId: 'extra', patch: { title: undefined, tab: undefined } });
    expect(untitled.present.form.sections.find((section) => section.id === 'extra')).toEqual({ id: 'extra', columns: 1, fields: ['paid'] });
    valid(untitled);
  });

  it('moves sections up and down as the reader sees them', () => {
    const state = run({ type: 'addTab', placement: { afterSection: 'main' } }, { type: 'addSection', columns: 2, placement: { inTab: 'tab_1' } });
    expect(order(state)).toEqual(['main', 'section_1@tab_1', 'section_2@tab_1', 'extra']);
    expect(order(studioReducer(state, { type: 'moveSection', sectionId: 'section_2', offset: -1 }))).toEqual(['main', 'section_2@tab_1', 'section_1@tab_1', 'extra']);
    expect(order(studioReducer(state, { type: 'moveSection', sectionId: 'extra', offset: -1 }))).toEqual(['main', 'extra', 'section_1@tab_1', 'section_2@tab_1']);
    expect(order(studioReducer(state, { type: 'moveSection', sectionId: 'main', offset: 1 }))).toEqual(['section_1@tab_1', 'section_2@tab_1', 'main', 'extra']);
    expect(studioReducer(state, { type: 'moveSection', sectionId: 'main', offset: -1 })).toBe(state);
  });

  it('deletes a section into the previous one (or the next), never losing a field; the only section stays', () => {
    const withBlock = run({ type: 'addBlock', kind: 'divider', sectionId: 'extra', index: 0 });
    expect(cells(studioReducer(withBlock, { type: 'removeLayout', ref: { kind: 'section', id: 'extra' } }))).toEqual({ main: ['code', 'note', 'divider_1', 'paid'] });
    const first = studioReducer(withBlock, { type: 'removeLayout', ref: { kind: 'section', id: 'main' } });
    expect(cells(first)).toEqual({ extra: ['code', 'note', 'divider_1', 'paid'] });
    expect(first.selectedLayout).toBeNull();
    expect(studioReducer(first, { type: 'removeLayout', ref: { kind: 'section', id: 'extra' } })).toBe(first);
    valid(first);
  });

  it('deletes a tab into the previous tab, the next one, or out of the tabs', () => {
    const state = run(
      { type: 'addTab', placement: { afterSection: 'main' } },
      { type: 'addTab', placement: { inTab: 'tab_1' } },
      { type: 'addTab', placement: { inTab: 'tab_2' } },
    );
    const middle = studioReducer(state, { type: 'removeLayout', ref: { kind: 'tab', id: 'tab_2' } });
    expect(order(middle)).toEqual(['main', 'section_1@tab_1', 'section_2@tab_1', 'section_3@tab_3', 'extra']);
    const first = studioReducer(middle, { type: 'removeLayout', ref: { kind: 'tab', id: 'tab_1' } });
    expect(order(first)).toEqual(['main', 'section_1@tab_3', 'section_2@tab_3', 'section_3@tab_3', 'extra']);
    const last = studioReducer(first, { type: 'removeLayout', ref: { kind: 'tab', id: 'tab_3' } });
    expect(order(last)).toEqual(['main', 'section_1', 'section_2', 'section_3', 'extra']);
    expect('tabs' in last.present.form).toBe(false);
    valid(last);
  });

  it('deletes a block only, and the form loses its blocks list with the last one', () => {
    const state = run({ type: 'addBlock', kind: 'text', sectionId: 'main', index: 0 }, { type: 'removeLayout', ref: { kind: 'block', id: 'text_1' } });
    expect(cells(state)).toEqual(cells(run()));
    expect('blocks' in state.present.form).toBe(false);
    expect(state.present.entity).toBe(doc.entity);
  });

  it('undoes and redoes every layout edit', () => {
    const actions: StudioAction[] = [
      { type: 'addSection', columns: 1, placement: { afterSection: 'extra' } },
      { type: 'addTab', placement: { afterSection: 'main' } },
      { type: 'addBlock', kind: 'divider', sectionId: 'section_1', index: 0 },
      { type: 'moveBlock', blockId: 'divider_1', sectionId: 'main', index: 0 },
      { type: 'moveSection', sectionId: 'section_1', offset: -1 },
      { type: 'updateSection', sectionId: 'main', patch: { columns: 3 } },
      { type: 'updateTab', tabId: 'tab_1', title: { 'zh-CN': '明细' } },
      { type: 'updateBlock', block: { id: 'divider_1', kind: 'divider', title: { 'zh-CN': '其他' } } },
      { type: 'removeLayout', ref: { kind: 'section', id: 'extra' } },
      { type: 'removeLayout', ref: { kind: 'tab', id: 'tab_1' } },
      { type: 'removeLayout', ref: { kind: 'block', id: 'divider_1' } },
    ];
    const states = actions.reduce<StudioState[]>((acc, action) => [...acc, studioReducer(acc.at(-1)!, action)], [initialStudioState(doc)]);
    states.slice(1).forEach((state, index) => expect(state.present, `step ${index}`).not.toBe(states[index].present));
    let state = states.at(-1)!;
    for (let step = actions.length - 1; step >= 0; step -= 1) {
      state = studioReducer(state, { type: 'undo' });
      expect(state.present).toBe(states[step].present);
    }
    for (let step = 1; step <= actions.length; step += 1) {
      state = studioReducer(state, { type: 'redo' });
      expect(state.present).toBe(states[step].present);
    }
  });

  it('selects layout items and fields one at a time', () => {
    const state = run({ type: 'select', fieldId: 'code' }, { type: 'selectLayout', ref: { kind: 'section', id: 'main' } });
    expect([state.selected, state.selectedLayout]).toEqual([null, { kind: 'section', id: 'main' }]);
    const back = studioReducer(state, { type: 'select', fieldId: 'note' });
    expect([back.selected, back.selectedLayout]).toEqual(['note', null]);
    expect(back.past).toHaveLength(0);
  });
});
