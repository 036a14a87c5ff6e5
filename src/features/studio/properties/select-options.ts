import type { FieldDef, FieldOf } from '@/engine/metadata/field';

export type SelectOption = FieldOf<'single_select'>['options'][number];
export const MAX_OPTION_VALUE_LENGTH = 100;

/** Colours antd's Tag knows by name, so options look the same in lists, forms and state badges. */
export const OPTION_COLORS = ['blue', 'green', 'orange', 'red', 'gold', 'cyan', 'purple', 'magenta', 'geekblue', 'lime', 'volcano', 'default'] as const;

export function addOption(options: SelectOption[]): SelectOption[] {
  const taken = new Set(options.map((option) => option.value));
  let n = options.length + 1;
  while (taken.has(`option_${n}`)) n += 1;
  return [...options, { value: `option_${n}`, label: { 'zh-CN': `选项 ${n}`, en: `Option ${n}` } }];
}

/** Moves the option at `index` by `delta` places; out of range is a no-op. */
export function moveOption(options: SelectOption[], index: number, delta: -1 | 1): SelectOption[] {
  const to = index + delta;
  if (index < 0 || index >= options.length || to < 0 || to >= options.length) return options;
  const next = [...options];
  [next[index], next[to]] = [next[to], next[index]];
  return next;
}

export function replaceOption(options: SelectOption[], index: number, option: SelectOption): SelectOption[] {
  return options.map((candidate, at) => (at === index ? option : candidate));
}

export function removeOption(options: SelectOption[], index: number): SelectOption[] {
  return options.filter((_, at) => at !== index);
}

/**
 * Values stored by published records: renaming or deleting one would leave those records holding
 * a value the field no longer offers, so these stay as they are (the label can still change).
 */
export function lockedOptionValues(published: FieldDef | undefined): Set<string> {
  if (published?.type !== 'single_select' && published?.type !== 'multi_select') return new Set();
  return new Set(published.options.map((option) => option.value));
}

export type OptionProblem = {
  index: number;
  part: 'value' | 'labelZh';
  code: 'option_value_required' | 'option_value_duplicate' | 'option_value_too_long' | 'option_label_required';
};

export function optionProblems(options: SelectOption[]): OptionProblem[] {
  const problems: OptionProblem[] = [];
  const seen = new Set<string>();
  options.forEach((option, index) => {
    if (option.value.trim() === '') problems.push({ index, part: 'value', code: 'option_value_required' });
    else if (option.value.length > MAX_OPTION_VALUE_LENGTH) problems.push({ index, part: 'value', code: 'option_value_too_long' });
    else if (seen.has(option.value)) problems.push({ index, part: 'value', code: 'option_value_duplicate' });
    seen.add(option.value);
    if (option.label['zh-CN'].trim() === '') problems.push({ index, part: 'labelZh', code: 'option_label_required' });
  });
  return problems;
}
