import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundDecimal } from './decimal';

describe('roundDecimal', () => {
  it('rounds the decimal text half away from zero', () => {
    expect(roundDecimal(1.005, 2)).toBe('1.01');
    expect(roundDecimal(0.1 + 0.2, 2)).toBe('0.30');
    expect(roundDecimal(19.99 * 3, 2)).toBe('59.97');
    expect(roundDecimal('-0.005', 2)).toBe('-0.01');
    expect(roundDecimal('-0.004', 2)).toBe('0.00');
    expect(roundDecimal('9.995', 2)).toBe('10.00');
    expect(roundDecimal('12.5', 0)).toBe('13');
    expect(roundDecimal(' +7 ', 3)).toBe('7.000');
  });

  it('handles exponent notation, which String(number) produces at the extremes', () => {
    expect(roundDecimal(1e21, 2)).toBe('1000000000000000000000.00');
    expect(roundDecimal(1.5e-7, 2)).toBe('0.00');
    expect(roundDecimal('5e-3', 2)).toBe('0.01');
  });

  it('returns null for anything that is not a finite decimal', () => {
    for (const value of [null, undefined, '', 'abc', '1,000', '0x10', Number.NaN, Infinity, true, [1], '1e9999']) {
      expect(roundDecimal(value, 2)).toBeNull();
    }
  });

  it('agrees with exact integer arithmetic on cents (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (thousandths) => {
        // Round n/1000 to cents by integer arithmetic, half away from zero.
        const sign = thousandths < 0n ? -1n : 1n;
        const magnitude = thousandths * sign;
        const cents = sign * ((magnitude + 5n) / 10n);
        const whole = (cents < 0n ? -cents : cents) / 100n;
        const fraction = String((cents < 0n ? -cents : cents) % 100n).padStart(2, '0');
        const expected = `${cents < 0n ? '-' : ''}${whole}.${fraction}`;
        const text = `${thousandths < 0n ? '-' : ''}${magnitude / 1000n}.${String(magnitude % 1000n).padStart(3, '0')}`;
        expect(roundDecimal(text, 2)).toBe(expected);
      }),
    );
  });
});
