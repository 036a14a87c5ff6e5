import { describe, expect, it } from 'vitest';
import { parseEntityDef, type EntityDef } from '../metadata';
import { checkEntitySemantics } from '../metadata/check-semantics';
import { checkFormRules } from './check-form-rules';
import { contacts, quoteLines, quoteLookup, quotes } from './test-fixtures';

const label = (en: string) => ({ 'zh-CN': en, en });

function entity(fields: Record<string, unknown>[], extra: Record<string, unknown> = {}): EntityDef {
  return parseEntityDef({
    schemaVersion: 1,
    key: 'deals',
    label: label('Deals'),
    fields: [
      { id: 'amount', type: 'money', label: label('Amount') },
      { id: 'customer', type: 'relation', entity: 'customers', label: label('Customer') },
      { id: 'old', type: 'text', label: label('Old'), removed: true },
      ...fields,
    ],
    ...extra,
  });
}

describe('checkFormRules', () => {
  it('accepts well-formed rules over existing fields', () => {
    expect(checkFormRules(quotes, quoteLookup)).toEqual([]);
    expect(checkFormRules(quoteLines, quoteLookup)).toEqual([]);
    expect(checkFormRules(contacts, quoteLookup)).toEqual([]);
  });

  it('refuses conditions over unknown or removed fields, naming the field by its label', () => {
    const deals = entity([
      { id: 'note', type: 'text', label: label('Note'), visibleWhen: { '>': [{ var: 'amout' }, 1] }, requiredWhen: { '==': [{ var: 'old' }, 'x'] } },
    ]);
    expect(checkFormRules(deals, quoteLookup)).toEqual([
      'Field "Note" (note): its "visible when" condition uses "amout", which is not a field of "Deals"',
      'Field "Note" (note): its "required when" condition uses "Old" (old), which has been removed',
    ]);
  });

  it('refuses malformed conditions', () => {
    const deals = entity([
      { id: 'level', type: 'single_select', label: label('Level'), options: [{ value: 'a', label: label('A'), visibleWhen: { shell: ['rm'] } }] },
      { id: 'note', type: 'text', label: label('Note'), visibleWhen: { '>': [1, 2], '<': [1, 2] } },
    ]);
    expect(checkFormRules(deals, quoteLookup)).toEqual([
      'Field "Level" (level): the condition of option "A" is not a valid condition: unknown operator "shell"',
      'Field "Note" (note): its "visible when" condition is not a valid condition: an operation must be an object with exactly one operator key, found 2 keys',
    ]);
  });

  it('refuses picker filters and validations naming fields that do not exist', () => {
    const deals = entity(
      [
        { id: 'contact', type: 'relation', entity: 'contacts', label: label('Contact'), filterBy: { targetField: 'client', sourceField: 'buyer' } },
        { id: 'other', type: 'relation', entity: 'contacts', label: label('Other'), filterBy: { targetField: 'name', sourceField: 'amount' } },
      ],
      { validations: [{ id: 'positive', rule: { '>': [{ var: 'total' }, 0] }, message: label('Must be positive'), fields: ['amount', 'ghost'] }] },
    );
    expect(checkFormRules(deals, quoteLookup)).toEqual([
      'Field "Contact" (contact): its picker filter compares "client", which is not a field of "Contacts"',
      'Field "Contact" (contact): its picker filter compares with "buyer", which is not a field of "Deals"',
      'Field "Other" (other): its picker filter compares "Name" (name) with "Amount" (amount), which hold different kinds of values',
      'Validation "Must be positive" (positive): its condition uses "total", which is not a field of "Deals"',
      'Validation "Must be positive" (positive) is shown next to "ghost", which is not a field of "Deals"',
    ]);
  });

  it('refuses defaults a field cannot hold', () => {
    const deals = entity([
      { id: 'seller', type: 'number', label: label('Seller'), defaultFrom: { kind: 'currentUser' } },
      { id: 'code', type: 'auto_number', pattern: 'D{seq}', label: label('Code'), defaultFrom: { kind: 'today' } },
      { id: 'due', type: 'date', label: label('Due'), defaultFrom: { kind: 'rule', rule: { date_add: [{ var: 'start' }, 1, 'day'] } } },
    ]);
    expect(checkFormRules(deals, quoteLookup)).toEqual([
      'Field "Seller" (seller): a number field cannot default to the current user',
      'Field "Code" (code) is filled in by the system, so it cannot have a default',
      'Field "Due" (due): its default value formula uses "start", which is not a field of "Deals"',
    ]);
  });

  it('is part of the checks run before publishing', () => {
    const deals = entity([{ id: 'note', type: 'text', label: label('Note'), visibleWhen: { var: 'nothing' } }]);
    expect(checkEntitySemantics(deals, quoteLookup)).toContain('Field "Note" (note): its "visible when" condition uses "nothing", which is not a field of "Deals"');
  });

  it('refuses duplicate validation ids in the document itself', () => {
    const rule = { id: 'same', rule: true, message: label('m') };
    expect(() => entity([], { validations: [rule, rule] })).toThrow(/duplicate validation id "same"/);
  });
});
