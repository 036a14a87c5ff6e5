import type { EntityDef } from './entity';
import type { FieldDef } from './field';

/**
 * A condition every stored value must meet before its column may take the new type. The server
 * counts the values that fail it; a conversion with no checks is safe for any data.
 */
export type ConversionCheck =
  | { kind: 'number'; integer: boolean; precision: number; scale: number }
  | { kind: 'date' }
  | { kind: 'max_length'; max: number }
  | { kind: 'email' }
  | { kind: 'phone' }
  | { kind: 'options'; values: string[] }
  | { kind: 'single_value' };

/** A field whose storage changes between two versions of an entity, and what its data must satisfy. */
export type FieldConversion = { fieldId: string; from: FieldDef; to: FieldDef; checks: ConversionCheck[] };

type NumberShape = { integer: boolean; precision: number; scale: number };

/** Stored as bigint: 19 digits before the point, none after. */
const INTEGER_SHAPE: NumberShape = { integer: true, precision: 19, scale: 0 };
/** Money is numeric(18,2) in every table. */
const MONEY_SHAPE: NumberShape = { integer: false, precision: 18, scale: 2 };
/** What the record service accepts for each text-like type: longer values were never stored. */
const LONGEST_VALUE: Partial<Record<FieldDef['type'], number>> = { text: 500, long_text: 100_000, email: 254, phone: 32, single_select: 100 };
const TEXT_LIKE = new Set<FieldDef['type']>(['text', 'long_text', 'email', 'phone', 'single_select']);

function numberShape(field: FieldDef): NumberShape | undefined {
  if (field.type === 'money') return MONEY_SHAPE;
  if (field.type !== 'number') return undefined;
  return field.integer ? INTEGER_SHAPE : { integer: false, precision: field.precision, scale: field.scale };
}

/** Every value of `from` has a place in `to`: no digit before or after the point is lost. */
function fits(from: NumberShape, to: NumberShape): boolean {
  if (to.integer) return from.integer;
  return from.scale <= to.scale && from.precision - from.scale <= to.precision - to.scale;
}

function longestValue(field: FieldDef): number {
  const declared = field.type === 'text' || field.type === 'long_text' ? field.maxLength : undefined;
  return declared ?? LONGEST_VALUE[field.type] ?? Number.POSITIVE_INFINITY;
}

function optionValues(field: FieldDef): string[] | undefined {
  return field.type === 'single_select' || field.type === 'multi_select' ? field.options.map((option) => option.value) : undefined;
}

/** Options the new version dropped (or all of them when the old values were free text). */
function optionsCheck(from: FieldDef, to: FieldDef): ConversionCheck[] {
  const next = optionValues(to) ?? [];
  const previous = optionValues(from);
  if (previous && previous.every((value) => next.includes(value))) return [];
  return [{ kind: 'options', values: next }];
}

/** Checks for a column of text-like values taking a text-like type. */
function textChecks(from: FieldDef, to: FieldDef): ConversionCheck[] {
  switch (to.type) {
    case 'text':
    case 'long_text':
      return longestValue(to) < longestValue(from) ? [{ kind: 'max_length', max: longestValue(to) }] : [];
    case 'email':
      return from.type === 'email' ? [] : [{ kind: 'email' }];
    case 'phone':
      return from.type === 'phone' ? [] : [{ kind: 'phone' }];
    default:
      return optionsCheck(from, to);
  }
}

type Plan = { checks: ConversionCheck[] } | { refused: true } | null;

/** null: nothing to convert. */
function planField(from: FieldDef, to: FieldDef): Plan {
  const fromNumber = numberShape(from);
  const toNumber = numberShape(to);
  if (fromNumber && toNumber) {
    const same = fromNumber.integer === toNumber.integer && fromNumber.precision === toNumber.precision && fromNumber.scale === toNumber.scale;
    if (same) return null;
    return { checks: fits(fromNumber, toNumber) ? [] : [{ kind: 'number', ...toNumber }] };
  }
  if (TEXT_LIKE.has(from.type)) {
    if (toNumber) return { checks: [{ kind: 'number', ...toNumber }] };
    if (to.type === 'date') return { checks: [{ kind: 'date' }] };
    if (to.type === 'multi_select') return { checks: optionsCheck(from, to) };
    if (TEXT_LIKE.has(to.type)) {
      const checks = textChecks(from, to);
      return from.type === to.type && checks.length === 0 ? null : { checks };
    }
  }
  if (from.type === 'date' && to.type === 'datetime') return { checks: [] };
  if (from.type === 'multi_select' && to.type === 'single_select') return { checks: [{ kind: 'single_value' }, ...optionsCheck(from, to)] };
  if (from.type === 'multi_select' && to.type === 'multi_select') {
    const checks = optionsCheck(from, to);
    return checks.length ? { checks } : null;
  }
  return from.type === to.type ? null : { refused: true };
}

function evolve(previous: EntityDef, next: EntityDef): { problems: string[]; conversions: FieldConversion[] } {
  const problems: string[] = [];
  const conversions: FieldConversion[] = [];
  if (previous.key !== next.key) problems.push('the entity key cannot change');
  if ((previous.parent ?? null) !== (next.parent ?? null)) problems.push('the parent entity cannot change');
  for (const old of previous.fields) {
    const now = next.fields.find((field) => field.id === old.id);
    if (!now) {
      problems.push(`field "${old.id}" cannot be deleted; mark it removed to hide it and keep its data`);
      continue;
    }
    const plan = planField(old, now);
    if (plan && 'refused' in plan) problems.push(`field "${old.id}" cannot change type from ${old.type} to ${now.type}`);
    else if (plan) conversions.push({ fieldId: old.id, from: old, to: now, checks: plan.checks });
  }
  return { problems, conversions };
}

/**
 * A new version may add fields, relabel them or mark them removed, but never delete one: the
 * column and its data depend on it. A type may change where stored values convert — always for
 * widening changes, and for narrowing ones once the server has found no value that fails.
 */
export function checkEntityEvolution(previous: EntityDef, next: EntityDef): string[] {
  return evolve(previous, next).problems;
}

/** The fields whose stored values change type (or must meet a new condition) between two allowed versions. */
export function planFieldConversions(previous: EntityDef, next: EntityDef): FieldConversion[] {
  return evolve(previous, next).conversions;
}
