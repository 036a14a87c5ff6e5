import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FieldOf } from '../metadata/field';
import { computeRollup } from './rollup';

const rollup = (op: FieldOf<'rollup'>['op'], resultType: 'money' | 'number' = 'money'): FieldOf<'rollup'> => ({
  id: 'total', type: 'rollup', label: { 'zh-CN': '合计' }, child: 'lines', field: 'amount', op, resultType,
});

describe('rollups', () => {
  it('sums money exactly and handles empty and null rows', () => {
    expect(computeRollup(rollup('sum'), [{ amount: '0.10' }, { amount: '0.20' }, { amount: null }])).toBe('0.30');
    expect(computeRollup(rollup('sum'), [])).toBe('0.00');
    expect(computeRollup(rollup('count', 'number'), [{}, {}])).toBe('2');
    expect(computeRollup(rollup('max'), [{ amount: '9.90' }, { amount: '10.00' }])).toBe('10.00');
    expect(computeRollup(rollup('min'), [])).toBeNull();
  });

  it('equals the integer-cent sum for any lines', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), { maxLength: 50 }), (cents) => {
        const rows = cents.map((c) => ({ amount: (c / 100).toFixed(2) }));
        const expected = cents.reduce((sum, c) => sum + BigInt(c), 0n);
        const sign = expected < 0n ? '-' : '';
        const abs = (expected < 0n ? -expected : expected).toString().padStart(3, '0');
        expect(computeRollup(rollup('sum'), rows)).toBe(`${sign}${abs.slice(0, -2)}.${abs.slice(-2)}`);
      }),
    );
  });
});
