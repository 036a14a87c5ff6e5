import { describe, expect, it } from 'vitest';
import type { FormDef } from '@/engine/metadata/form';
import { freeId, heirOf, tabHeirOf, tabOf } from './layout-document';

const form: FormDef = {
  schemaVersion: 1,
  key: 'orders',
  entity: 'orders',
  sections: [
    { id: 'late', columns: 1, fields: ['f'], tab: 'second' },
    { id: 'head', columns: 2, fields: ['a', 'rule'] },
    { id: 'pay', columns: 1, fields: ['e'], tab: 'first' },
  ],
  tabs: [
    { id: 'first', title: { 'zh-CN': '一' } },
    { id: 'second', title: { 'zh-CN': '二' } },
  ],
  blocks: [{ id: 'rule', kind: 'divider' }],
};

describe('layout document', () => {
  it('finds the tab of a section, a cell or a tab, and none outside tabs', () => {
    expect(tabOf(form, { kind: 'section', id: 'pay' })).toBe('first');
    expect(tabOf(form, { kind: 'cell', id: 'f' })).toBe('second');
    expect(tabOf(form, { kind: 'tab', id: 'second' })).toBe('second');
    expect(tabOf(form, { kind: 'block', id: 'rule' })).toBeUndefined();
    expect(tabOf(form, { kind: 'cell', id: 'nothing' })).toBeUndefined();
  });

  it('names heirs in reading order, not array order', () => {
    // The tabs stand where their first section ("late") stands: before "head".
    expect(heirOf(form, 'head')).toEqual({ section: form.sections[0], before: true });
    expect(heirOf(form, 'pay')).toEqual({ section: form.sections[0], before: false });
    expect(tabHeirOf(form, 'first')).toEqual({ tab: form.tabs![1], before: false });
    expect(tabHeirOf(form, 'second')).toEqual({ tab: form.tabs![0], before: true });
  });

  it('numbers new ids past every taken one', () => {
    expect(freeId('section', ['section_1', 'section_3'])).toBe('section_2');
    expect(freeId('tab', [])).toBe('tab_1');
  });
});
