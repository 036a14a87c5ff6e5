import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addExact, compareExact, formatExact, multiplyExact, parseExact, sumExact } from './decimal';

const d = (text: string) => parseExact(text)!;

describe('exact decimals', () => {
  it('adds and multiplies without binary rounding', () => {
    expect(formatExact(addExact(d('0.1'), d('0.2')), 2)).toBe('0.30');
    expect(formatExact(multiplyExact(d('19.99'), d('3')), 2)).toBe('59.97');
    expect(formatExact(sumExact(['0.10', '0.20', '0.30'].map(d)), 2)).toBe('0.60');
  });

  it('rounds half away from zero', () => {
    expect(formatExact(d('1.005'), 2)).toBe('1.01');
    expect(formatExact(d('-1.005'), 2)).toBe('-1.01');
    expect(formatExact(d('1.004'), 2)).toBe('1.00');
    expect(formatExact(d('-0.004'), 2)).toBe('0.00');
  });

  it('reads numbers by their shortest text and refuses non-numbers', () => {
    expect(parseExact(0.1)).toEqual({ coef: 1n, scale: 1 });
    expect(parseExact(1e21)).toEqual({ coef: 10n ** 21n, scale: 0 });
    expect(parseExact('abc')).toBeNull();
    expect(parseExact(Number.NaN)).toBeNull();
    expect(compareExact(d('10.00'), d('9.5'))).toBe(1);
  });

  it('reads text with an exponent or a bare point, and nothing that only looks numeric', () => {
    expect(parseExact('5e-3')).toEqual({ coef: 5n, scale: 3 });
    expect(parseExact('-1.5E2')).toEqual({ coef: -150n, scale: 0 });
    expect(parseExact(' .5 ')).toEqual({ coef: 5n, scale: 1 });
    expect(parseExact('5.')).toEqual({ coef: 5n, scale: 0 });
    expect(parseExact(1.5e-7)).toEqual({ coef: 15n, scale: 8 });
    for (const text of ['.', 'e5', '1e401', '1,5', '0x10', '--1', '1e']) expect(parseExact(text), text).toBeNull();
  });

  it('matches integer-cent arithmetic for any prices and quantities', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 1000 })), { maxLength: 30 }), (lines) => {
        const cents = lines.reduce((sum, [price, qty]) => sum + BigInt(price) * BigInt(qty), 0n);
        const total = sumExact(lines.map(([price, qty]) => multiplyExact(d(formatExact({ coef: BigInt(price), scale: 2 }, 2)), d(String(qty)))));
        expect(formatExact(total, 2)).toBe(formatExact({ coef: cents, scale: 2 }, 2));
      }),
    );
  });
});
