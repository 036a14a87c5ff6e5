import { describe, expect, it } from 'vitest';
import type { FormDef } from '@/engine/metadata/form';
import { dropPosition } from './drop-target';

const form: FormDef = {
  schemaVersion: 1,
  key: 'orders',
  entity: 'orders',
  sections: [
    { id: 'main', columns: 2, fields: ['a', 'b', 'c'] },
    { id: 'extra', columns: 1, fields: ['d'] },
  ],
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
});
