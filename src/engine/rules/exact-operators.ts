import { addExact, exactToText, multiplyExact, parseExact, subtractExact, type Decimal } from '../decimal/decimal';
import type { Operation } from './operation';

/**
 * +, - and * for numeric formulas: exact when every operand is a decimal, so "19.99" × 3 is 59.97
 * and a sum of cents never drifts. The result goes back as the double whose shortest text is the
 * exact value, so comparisons and later operators keep json-logic's number semantics. Any
 * non-decimal operand falls back to the plain operator.
 */
function exactly(combine: (values: Decimal[]) => Decimal, fallback: Operation): Operation {
  return (args, data, context) => {
    const values = args.map(parseExact);
    if (values.length === 0 || values.some((value) => value === null)) return fallback(args, data, context);
    return Number(exactToText(combine(values as Decimal[])));
  };
}

export function exactOperations(standard: ReadonlyMap<string, Operation>): ReadonlyMap<string, Operation> {
  return new Map<string, Operation>([
    ['+', exactly((values) => values.reduce(addExact), standard.get('+')!)],
    ['*', exactly((values) => values.reduce(multiplyExact), standard.get('*')!)],
    ['-', exactly((values) => (values.length === 1 ? { coef: -values[0].coef, scale: values[0].scale } : subtractExact(values[0], values[1])), standard.get('-')!)],
  ]);
}
