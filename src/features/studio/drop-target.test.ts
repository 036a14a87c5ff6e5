import { describe, expect, it } from 'vitest';
import type { FormDef } from '@/engine/metadata/form';
import { dropPosition, sectionPlacement } from './drop-target';

const form: FormDef = {
  schemaVersion: 1,
  key: 'orders',
  entity: 'orders',
  sections: [
    { id: 'main', columns: 2, fields: ['a', 'b', 'c'] },
    { id: 'extra', columns: 1, fields: ['d'] },
    { id: 'pay', columns: 1, fields: ['rule', 'e'], tab: 'payment' },
    { id: 'ship', columns: 1, fields: ['f'], tab: 'payment' },
  ],
  tabs: [
    { id: 'payment', title: { 'zh-CN': '付款' } },
    { id: 'empty', title: { 'zh-CN': '空' } },
  ],
  blocks: [{ id: 'rule', kind: 'divider' }],
};

describe('dropPosition', () => {
  it('puts a palette item before or after the field it is over', () => {
    expect(dropPosition(form, { kind: 'palette', fieldType: 'text' }, { kind: 'field', fieldId: 'b' }, false)).toEqual({ sectionId: 'main', index: 1 });
    expect(dropPosition(form, { kind: 'palette', fieldType: 'text' }, { kind: 'field', fieldId: 'b' }, true)).toEqual({ sectionId: 'main', index: 2 });
  });

  it('appends to a section dropped on directly', () => {
    expect(dropPosition(form, { kind: 'palette', fieldType: 'text' }, { kind: 'section', sectionId: 'extra' }, false)).toEqual({ sectionId: 'extra', index: 1 });
    expect(dropPosition(form, { kind: 'field', fieldId: 'a' }, { kind: 'section', sectionId: 'main' }, false)).toEqual({ sectionId: 'main', index: 2 });
  });

  it('uses the sortable index within a section and the hovered slot across sections', () => {
    expect(dropPosition(form, { kind: 'field', fieldId: 'a' }, { kind: 'field', fieldId: 'c' }, true)).toEqual({ sectionId: 'main', index: 2 });
    expect(dropPosition(form, { kind: 'field', fieldId: 'd' }, { kind: 'field', fieldId: 'a' }, false)).toEqual({ sectionId: 'main', index: 0 });
    expect(dropPosition(form, { kind: 'field', fieldId: 'a' }, undefined, false)).toBeUndefined();
  });

  it('places blocks like fields and moves them by their sortable index', () => {
    expect(dropPosition(form, { kind: 'layout', item: { kind: 'divider' } }, { kind: 'field', fieldId: 'b' }, true)).toEqual({ sectionId: 'main', index: 2 });
    expect(dropPosition(form, { kind: 'block', blockId: 'rule' }, { kind: 'field', fieldId: 'e' }, false)).toEqual({ sectionId: 'pay', index: 1 });
    expect(dropPosition(form, { kind: 'field', fieldId: 'a' }, { kind: 'block', blockId: 'rule' }, false)).toEqual({ sectionId: 'pay', index: 0 });
  });

  it('drops on a tab title into the end of that tab, and nowhere for a tab without sections', () => {
    expect(dropPosition(form, { kind: 'field', fieldId: 'a' }, { kind: 'tab', tabId: 'payment' }, false)).toEqual({ sectionId: 'ship', index: 1 });
    expect(dropPosition(form, { kind: 'field', fieldId: 'f' }, { kind: 'tab', tabId: 'payment' }, false)).toEqual({ sectionId: 'ship', index: 0 });
    expect(dropPosition(form, { kind: 'palette', fieldType: 'text' }, { kind: 'tab', tabId: 'empty' }, false)).toBeUndefined();
  });

  it('puts a new section after the section it is over, or into the tab whose title it is over', () => {
    expect(sectionPlacement(form, { kind: 'section', sectionId: 'extra' })).toEqual({ afterSection: 'extra' });
    expect(sectionPlacement(form, { kind: 'block', blockId: 'rule' })).toEqual({ afterSection: 'pay' });
    expect(sectionPlacement(form, { kind: 'tab', tabId: 'empty' })).toEqual({ inTab: 'empty' });
    expect(sectionPlacement(form, { kind: 'tab', tabId: 'gone' })).toBeUndefined();
    expect(sectionPlacement(form, undefined)).toBeUndefined();
  });
});
