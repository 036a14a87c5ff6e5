import { describe, expect, it } from 'vitest';
import type { FieldDef } from '@/engine/metadata/field';
import { addOption, lockedOptionValues, moveOption, optionProblems, removeOption, type SelectOption } from './select-options';

const option = (value: string, zh = value): SelectOption => ({ value, label: { 'zh-CN': zh } });

describe('option list edits', () => {
  it('adds an option with a free value', () => {
    expect(addOption([option('option_2')]).at(-1)?.value).toBe('option_3');
  });

  it('moves options up and down, ignoring moves past either end', () => {
    const options = [option('a'), option('b'), option('c')];
    expect(moveOption(options, 2, -1).map((o) => o.value)).toEqual(['a', 'c', 'b']);
    expect(moveOption(options, 0, 1).map((o) => o.value)).toEqual(['b', 'a', 'c']);
    expect(moveOption(options, 0, -1)).toBe(options);
    expect(moveOption(options, 2, 1)).toBe(options);
    expect(removeOption(options, 1).map((o) => o.value)).toEqual(['a', 'c']);
  });
});

describe('optionProblems', () => {
  it('flags empty, duplicate and overlong values and missing Chinese labels', () => {
    expect(optionProblems([option('a'), option('a'), option(' ', 'blank'), option('x'.repeat(101)), option('b', '')])).toEqual([
      { index: 1, part: 'value', code: 'option_value_duplicate' },
      { index: 2, part: 'value', code: 'option_value_required' },
      { index: 3, part: 'value', code: 'option_value_too_long' },
      { index: 4, part: 'labelZh', code: 'option_label_required' },
    ]);
  });
});

describe('lockedOptionValues', () => {
  it('locks the values of the published field only', () => {
    const published: FieldDef = { id: 's', type: 'single_select', label: { 'zh-CN': 's' }, options: [option('a'), option('b')] };
    expect([...lockedOptionValues(published)]).toEqual(['a', 'b']);
    expect(lockedOptionValues(undefined).size).toBe(0);
  });
});
