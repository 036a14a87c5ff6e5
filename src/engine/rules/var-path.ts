import { RuleError } from './rule-error';

/** Segments that reach an object's prototype machinery instead of its data. */
const FORBIDDEN_SEGMENTS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A json-logic `var` path: null, undefined and '' mean "the whole data". */
export type VarPath = string | number | null | undefined;

export function pathSegments(path: VarPath): string[] {
  if (path === undefined || path === null || path === '') return [];
  return String(path).split('.');
}

export function assertSafePath(path: VarPath): void {
  for (const segment of pathSegments(path)) {
    if (FORBIDDEN_SEGMENTS.has(segment)) {
      throw new RuleError('rule_forbidden_path', `var path "${String(path)}" uses the forbidden segment "${segment}"`);
    }
  }
}

/**
 * Reads `path` from `data` the way json-logic's `var` does, except that only own properties count:
 * `{"var": "toString"}` on `{}` is not found rather than Object.prototype.toString.
 */
export function readPath(data: unknown, path: VarPath): unknown {
  assertSafePath(path);
  let current = data;
  for (const segment of pathSegments(path)) {
    if (current === null || current === undefined) return undefined;
    if (!Object.hasOwn(current as object, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
    // Record data is JSON; a function can only be something we must not hand to a rule.
    if (typeof current === 'function') return undefined;
  }
  return current;
}
