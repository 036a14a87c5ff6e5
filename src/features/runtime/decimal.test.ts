import { describe, expect, it } from 'vitest';
import { formatDecimal } from './decimal';

describe('formatDecimal', () => {
  it('groups thousands and pads to the scale', () => {
    expect(formatDecimal('1234567.5', 2)).toBe('1,234,567.50');
    expect(formatDecimal(1000, 2)).toBe('1,000.00');
    expect(formatDecimal('-999', 0)).toBe('-999');
  });

  it('keeps exact digits beyond double precision', () => {
    expect(formatDecimal('1234567890123456.78', 2)).toBe('1,234,567,890,123,456.78');
  });

  it('leaves values that are not plain decimals alone', () => {
    expect(formatDecimal('abc')).toBe('abc');
  });
});
