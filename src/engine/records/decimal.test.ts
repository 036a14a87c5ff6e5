import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDecimalText, formatDecimal, parseDecimalNumber, parseDecimalText } from './decimal';

describe('decimal text', () => {
  it('canonicalises leading zeros, trailing zeros and negative zero', () => {
    expect(parseDecimalText('007.500')).toEqual({ negative: false, int: '7', frac: '5' });
    expect(parseDecimalText('-0.00')).toEqual({ negative: false, int: '0', frac: '' });
    expect(parseDecimalText('-0.50')).toEqual({ negative: true, int: '0', frac: '5' });
  });

  it('refuses exponents, plus signs and bare points', () => {
    for (const text of ['1e5', '+1', '.5', '5.', '1,5', '', '-', '0x10', ' 1']) expect(parseDecimalText(text)).toBeNull();
  });

  it('expands numbers that print in exponent form', () => {
    expect(formatDecimal(parseDecimalNumber(1e21)!, 2)).toBe('1000000000000000000000.00');
    expect(formatDecimal(parseDecimalNumber(1.5e-7)!, 8)).toBe('0.00000015');
    expect(formatDecimal(parseDecimalNumber(-2.5e-7)!, 8)).toBe('-0.00000025');
    expect(parseDecimalNumber(Number.NaN)).toBeNull();
    expect(parseDecimalNumber(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('compares exactly, beyond what a double holds', () => {
    expect(compareDecimalText('0.1', '0.10')).toBe(0);
    expect(compareDecimalText('-1.5', '-1.25')).toBe(-1);
    expect(compareDecimalText('99999999999999999.99', '99999999999999999.98')).toBe(1);
    expect(compareDecimalText('-0', '0')).toBe(0);
    expect(compareDecimalText('x', '0')).toBeNull();
  });

  it('orders like numbers for values a double holds exactly', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (a, b) => {
        expect(compareDecimalText(String(a / 100), String(b / 100))).toBe(Math.sign(a - b));
      }),
    );
  });
});
