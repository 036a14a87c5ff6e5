import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../metadata/field';
import { evaluateRule } from '../evaluate-rule';
import { describeRule } from './describe-rule';
import { newValidation, nextValidationId } from './entity-validations';
import { FIELDS } from './fields.fixture';

describe('entity validations', () => {
  it('numbers new validations after the existing ones without reusing an id', () => {
    expect(nextValidationId([])).toBe('validation_1');
    const existing = [{ id: 'validation_2', rule: true, message: { 'zh-CN': 'x' } }];
    expect(nextValidationId(existing)).toBe('validation_3');
  });

  it('starts from "<first field> is not empty", shown next to that field', () => {
    const validation = newValidation([], FIELDS);
    expect(validation).toMatchObject({ id: 'validation_1', fields: ['total_amount'], rule: { '!': { is_empty: { var: 'total_amount' } } } });
    expect(describeRule(validation.rule, FIELDS, 'en')).toBe('Total amount is not empty');
    expect(evaluateRule(validation.rule, { total_amount: '12.00' })).toBe(true);
    expect(evaluateRule(validation.rule, { total_amount: null })).toBe(false);
  });

  it('falls back to a field that cannot be empty-tested, or to no rule at all', () => {
    const yesNo: FieldDef[] = [{ id: 'ok', type: 'boolean', label: { 'zh-CN': '确认' } }];
    expect(newValidation([], yesNo).rule).toEqual({ '==': [{ var: 'ok' }, true] });
    expect(newValidation([], []).rule).toBe(true);
  });
});
