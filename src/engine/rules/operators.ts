/** The json-logic operators we accept; anything else (e.g. `log`, dotted method calls) is refused. */
export const STANDARD_OPERATORS = [
  'var', 'missing', 'missing_some', 'if', '?:', '==', '===', '!=', '!==', '!', '!!', 'or', 'and',
  '>', '>=', '<', '<=', 'max', 'min', '+', '-', '*', '/', '%', 'in', 'cat', 'substr', 'merge',
  'map', 'filter', 'reduce', 'all', 'none', 'some',
] as const;

export const CUSTOM_OPERATORS = ['round', 'today', 'date_diff', 'date_add', 'is_empty'] as const;

// A Set, not an object map: `constructor` or `__proto__` must never look like a known operator.
export const ALLOWED_OPERATORS: ReadonlySet<string> = new Set<string>([...STANDARD_OPERATORS, ...CUSTOM_OPERATORS]);

/**
 * Operators whose second argument runs once per array element with the element (or, for reduce,
 * `{current, accumulator}`) as its data, so `var` inside it does not name a record field.
 */
export const SCOPED_OPERATORS: ReadonlySet<string> = new Set(['map', 'filter', 'reduce', 'all', 'none', 'some']);

export const DATE_UNITS = ['day', 'month', 'year'] as const;
export type DateUnit = (typeof DATE_UNITS)[number];

export function isDateUnit(value: unknown): value is DateUnit {
  return (DATE_UNITS as readonly unknown[]).includes(value);
}

/** json-logic truthiness: like JavaScript, except an empty array is falsy (so "0" stays truthy). */
export function truthy(value: unknown): boolean {
  if (Array.isArray(value) && value.length === 0) return false;
  return Boolean(value);
}
