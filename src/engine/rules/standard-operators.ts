import type { Operation } from './operation';
import { truthy } from './operators';
import { readPath, type VarPath } from './var-path';

/*
 * json-logic-js's plain operations, rewritten so data access is own-property only and bulk work is
 * charged. Coercions are JavaScript's on purpose: json-logic documents rely on them ("12.50" * 3,
 * '2024-01-02' < '2024-02-01' compared as text).
 */

// JavaScript's relational operators, applied to whatever types arrive, exactly as json-logic does.
const lt = (a: unknown, b: unknown) => (a as number) < (b as number);
const le = (a: unknown, b: unknown) => (a as number) <= (b as number);
const toFloat = (value: unknown) => parseFloat(String(value));

function missingKeys(keys: unknown[], data: unknown): unknown[] {
  return keys.filter((key) => {
    if (typeof key !== 'string' && typeof key !== 'number') return true;
    const value = readPath(data, key);
    return value === undefined || value === null || value === '';
  });
}

/** String.prototype.substr semantics (start may be negative; length counts characters). */
function substr(text: string, start: unknown, length?: unknown): string {
  const toInt = (value: unknown) => {
    const n = Math.trunc(Number(value));
    return Number.isNaN(n) ? 0 : n;
  };
  let from = toInt(start);
  if (from < 0) from = Math.max(text.length + from, 0);
  from = Math.min(from, text.length);
  const count = length === undefined ? text.length : Math.max(toInt(length), 0);
  return text.slice(from, from + Math.min(count, text.length - from));
}

export const STANDARD_OPERATIONS: ReadonlyMap<string, Operation> = new Map<string, Operation>([
  ['var', ([path, fallback], data) => {
    const value = readPath(data, path as VarPath);
    return value === undefined ? (fallback === undefined ? null : fallback) : value;
  }],
  ['missing', (args, data) => missingKeys(Array.isArray(args[0]) ? args[0] : args, data)],
  ['missing_some', ([need, options], data) => {
    const keys = Array.isArray(options) ? options : [options];
    const missing = missingKeys(keys, data);
    return keys.length - missing.length >= Number(need) ? [] : missing;
  }],
  // Loose equality is part of json-logic's contract ("1" == 1).
  ['==', ([a, b]) => a == b],
  ['===', ([a, b]) => a === b],
  ['!=', ([a, b]) => a != b],
  ['!==', ([a, b]) => a !== b],
  ['>', ([a, b]) => lt(b, a)],
  ['>=', ([a, b]) => le(b, a)],
  ['<', ([a, b, c]) => (c === undefined ? lt(a, b) : lt(a, b) && lt(b, c))],
  ['<=', ([a, b, c]) => (c === undefined ? le(a, b) : le(a, b) && le(b, c))],
  ['!', ([a]) => !truthy(a)],
  ['!!', ([a]) => truthy(a)],
  ['%', ([a, b]) => Number(a) % Number(b)],
  ['/', ([a, b]) => Number(a) / Number(b)],
  ['-', ([a, b]) => (b === undefined ? -Number(a) : Number(a) - Number(b))],
  ['+', (args) => args.reduce<number>((sum, value) => sum + toFloat(value), 0)],
  // Like json-logic-js, a single argument comes back untouched (Array.reduce without a seed).
  // json-logic-js re-parses the running product each step, which turns -0 into 0; so do we.
  ['*', (args) => (args.length === 1 ? args[0] : args.slice(1).reduce<number>((product, value) => toFloat(product) * toFloat(value), toFloat(args[0])))],
  ['min', (args) => Math.min(...args.map(Number))],
  ['max', (args) => Math.max(...args.map(Number))],
  ['in', ([needle, haystack]) => {
    if (typeof haystack === 'string') return haystack !== '' && haystack.indexOf(String(needle)) !== -1;
    // indexOf, not includes: json-logic-js uses strict equality, so NaN is never found.
    return Array.isArray(haystack) && haystack.indexOf(needle) !== -1;
  }],
  ['cat', (args, _data, context) => {
    const text = args.join('');
    context.charge(text.length);
    return text;
  }],
  ['substr', ([source, start, end]) => {
    const text = String(source);
    if ((end as number) < 0) {
      // Negative length trims from the end, as in PHP (json-logic's documented behaviour).
      const tail = substr(text, start);
      return substr(tail, 0, tail.length + Number(end));
    }
    return substr(text, start, end);
  }],
  ['merge', (args) => ([] as unknown[]).concat(...args)],
]);
