import type { Label } from '@/engine/metadata/keys';
import type { SelectOption } from '@/engine/metadata/field';

export type SelectItem = { value: string; label: string; disabled?: boolean };

/**
 * The items of a select: the options offered now, plus any chosen value no longer offered (shown
 * by its label, marked unavailable and disabled) so the input still says what is stored.
 */
export function selectItems(
  all: SelectOption[],
  offered: SelectOption[] | undefined,
  chosen: string[],
  label: (value: Label | undefined) => string,
  unavailable: (option: string) => string,
): SelectItem[] {
  const shown = offered ?? all;
  const items: SelectItem[] = shown.map((option) => ({ value: option.value, label: label(option.label) }));
  for (const value of chosen) {
    if (shown.some((option) => option.value === value)) continue;
    const option = all.find((candidate) => candidate.value === value);
    if (option) items.push({ value, label: unavailable(label(option.label)), disabled: true });
  }
  return items;
}
