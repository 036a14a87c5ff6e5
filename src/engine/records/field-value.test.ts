import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeFieldValue } from './field-value';
import { field, samples, UUID_A } from './test-fixtures';

const check = (id: string, value: unknown) => normalizeFieldValue(field(samples, id), value);
const good = (id: string, value: unknown) => {
  const result = check(id, value);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(value)} to pass: ${result.message}`);
  return result.value;
};
const code = (id: string, value: unknown) => {
  const result = check(id, value);
  return result.ok ? 'ok' : result.code;
};

describe('normalizeFieldValue', () => {
  it('turns every empty value into null, whatever the type', () => {
    for (const id of ['name', 'count', 'price', 'born_on', 'active', 'level', 'colors', 'owner']) {
      expect(good(id, null)).toBeNull();
      expect(good(id, '')).toBeNull();
    }
    expect(good('colors', [])).toBeNull();
  });

  it('text: length in characters and whole-value patterns', () => {
    expect(good('name', 'Ada')).toBe('Ada');
    expect(good('name', 42)).toBe('42');
    expect(good('name', '😀'.repeat(10))).toBe('😀'.repeat(10));
    expect(check('name', 'x'.repeat(11))).toMatchObject({ ok: false, code: 'too_long', params: { maxLength: 10 } });
    expect(code('name', true)).toBe('invalid_type');
    expect(code('name', { a: 1 })).toBe('invalid_type');
    expect(good('sku', 'ABC-123')).toBe('ABC-123');
    expect(code('sku', 'xABC-123x')).toBe('pattern');
    expect(good('broken', 'anything')).toBe('anything');
  });

  it('text: default limits of 500 and 100,000 characters', () => {
    expect(code('sku', 'ABC-123'.padEnd(501, 'x'))).toBe('too_long');
    expect(good('bio', 'x'.repeat(100_000))).toHaveLength(100_000);
    expect(code('bio', 'x'.repeat(100_001))).toBe('too_long');
  });

  it('email and phone', () => {
    expect(good('email', ' ada@example.com ')).toBe('ada@example.com');
    for (const bad of ['ada', 'ada@', 'ada@example', 'a b@example.com', '@example.com']) expect(code('email', bad)).toBe('invalid_format');
    expect(good('phone', '+86 138-0013-8000')).toBe('+86 138-0013-8000');
    expect(good('phone', '(010) 6552 9988')).toBe('(010) 6552 9988');
    expect(good('phone', 13800138000)).toBe('13800138000');
    for (const bad of ['abc', '12', '+', '138;drop']) expect(code('phone', bad)).toBe('invalid_format');
  });

  it('integer numbers: numbers and integer strings, exact bounds', () => {
    expect(good('count', 12)).toBe(12);
    expect(good('count', '12')).toBe(12);
    expect(good('count', ' -5 ')).toBe(-5);
    expect(good('count', -0)).toBe(0);
    expect(check('count', 1.5)).toMatchObject({ ok: false, code: 'invalid_type', message: 'Count must be a whole number' });
    expect(code('count', '1.5')).toBe('invalid_type');
    expect(code('count', 'twelve')).toBe('invalid_type');
    expect(code('count', Number.NaN)).toBe('invalid_type');
    expect(code('count', true)).toBe('invalid_type');
    expect(check('count', 1001)).toMatchObject({ ok: false, code: 'out_of_range', params: { max: 1000 } });
    expect(check('count', -6)).toMatchObject({ ok: false, code: 'out_of_range', params: { min: -5 } });
    expect(good('count', 1000)).toBe(1000);
  });

  it('integer numbers: nothing a double would round', () => {
    const unbounded = { ...field(samples, 'count'), min: undefined, max: undefined };
    expect(normalizeFieldValue(unbounded, '9007199254740991')).toEqual({ ok: true, value: 9007199254740991 });
    expect(normalizeFieldValue(unbounded, '9007199254740993')).toMatchObject({ ok: false, code: 'out_of_range' });
    expect(normalizeFieldValue(unbounded, 1e21)).toMatchObject({ ok: false, code: 'out_of_range' });
  });

  it('decimal numbers: canonical strings with exactly `scale` digits', () => {
    expect(good('ratio', '0.1')).toBe('0.10');
    expect(good('ratio', 12.5)).toBe('12.50');
    expect(good('ratio', '3')).toBe('3.00');
    expect(good('ratio', '0012.500')).toBe('12.50');
    expect(good('weight', -0.5)).toBe('-0.500');
    expect(good('weight', '-0.50')).toBe('-0.500');
    expect(code('ratio', '1.234')).toBe('too_many_decimals');
    expect(code('ratio', '1e3')).toBe('invalid_type');
    expect(code('ratio', '.5')).toBe('invalid_type');
    expect(code('ratio', Number.POSITIVE_INFINITY)).toBe('invalid_type');
    expect(code('ratio', [1])).toBe('invalid_type');
  });

  it('decimal numbers: precision and min/max compared exactly', () => {
    // precision 6, scale 2: four digits before the point; min 0.1, max 9999.99.
    expect(good('ratio', '9999.99')).toBe('9999.99');
    expect(check('ratio', '10000')).toMatchObject({ ok: false, code: 'out_of_range', params: { maxIntegerDigits: 4 } });
    expect(good('ratio', '0.10')).toBe('0.10');
    expect(check('ratio', '0.09')).toMatchObject({ ok: false, code: 'out_of_range', params: { min: 0.1 } });
    expect(code('ratio', 0)).toBe('out_of_range');
  });

  it('money: scale 2 never rounded, 16 integer digits, exponent forms', () => {
    expect(good('price', '12.5')).toBe('12.50');
    expect(good('price', 3)).toBe('3.00');
    expect(good('price', '-0.50')).toBe('-0.50');
    expect(good('price', '-0.00')).toBe('0.00');
    expect(good('price', 0.1)).toBe('0.10');
    expect(check('price', '12.345')).toMatchObject({ ok: false, code: 'too_many_decimals', params: { scale: 2 } });
    expect(code('price', 0.1 + 0.2)).toBe('too_many_decimals');
    expect(good('price', '9999999999999999.99')).toBe('9999999999999999.99');
    expect(code('price', '10000000000000000')).toBe('out_of_range');
    expect(code('price', 1e21)).toBe('out_of_range');
    expect(code('price', 1e-7)).toBe('too_many_decimals');
    expect(code('price', '1e21')).toBe('invalid_type');
  });

  it('money: any whole number of cents round-trips exactly', () => {
    const maxCents = 10n ** 18n - 1n;
    fc.assert(
      fc.property(fc.oneof(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.bigInt({ min: -maxCents, max: maxCents })), (cents) => {
        const negative = cents < 0n;
        const digits = (negative ? -cents : cents).toString().padStart(3, '0');
        const text = `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
        const expected = text.replace(/^(-?)0+(?=\d)/, '$1');
        expect(check('price', text)).toEqual({ ok: true, value: expected });
        // A double keeps any 15 significant digits, so below 10^15 cents a JS number is as good as text.
        if (cents > -(10n ** 15n) && cents < 10n ** 15n) expect(check('price', Number(cents) / 100)).toEqual({ ok: true, value: expected });
      }),
      { numRuns: 500 },
    );
  });

  it('date: real calendar days only', () => {
    expect(good('born_on', '2024-02-29')).toBe('2024-02-29');
    expect(check('born_on', '2026-02-30')).toMatchObject({ ok: false, code: 'invalid_format' });
    for (const bad of ['2025-02-29', '2026-13-01', '2026-00-10', '2026-1-5', '2026-03-01T00:00:00Z', 'tomorrow']) expect(code('born_on', bad)).toBe('invalid_format');
    expect(code('born_on', 20260301)).toBe('invalid_type');
  });

  it('datetime: parsed and returned as ISO UTC', () => {
    expect(good('seen_at', '2026-03-01T09:30:00+08:00')).toBe('2026-03-01T01:30:00.000Z');
    expect(good('seen_at', '2026-03-01T01:30:00Z')).toBe('2026-03-01T01:30:00.000Z');
    expect(good('seen_at', '2026-03-01')).toBe('2026-03-01T00:00:00.000Z');
    expect(good('seen_at', new Date('2026-03-01T01:30:00Z'))).toBe('2026-03-01T01:30:00.000Z');
    for (const bad of ['2026-02-30T10:00:00Z', '10:00', '1700000000', 'March 1, 2026', '2026-03-01T25:00:00Z']) expect(code('seen_at', bad)).toBe('invalid_format');
    expect(code('seen_at', 1700000000000)).toBe('invalid_type');
  });

  it('boolean: true, false and their strings', () => {
    expect(good('active', true)).toBe(true);
    expect(good('active', 'false')).toBe(false);
    for (const bad of [1, 0, 'yes', 'TRUE']) expect(code('active', bad)).toBe('invalid_type');
  });

  it('single and multi select: declared options only', () => {
    expect(good('level', 'a')).toBe('a');
    expect(check('level', 'c')).toMatchObject({ ok: false, code: 'invalid_option', params: { allowed: ['a', 'b'] }, message: 'Level must be one of: a, b' });
    expect(code('level', ['a'])).toBe('invalid_option');
    expect(good('colors', ['red', 'blue', 'red'])).toEqual(['red', 'blue']);
    expect(code('colors', ['red', 'pink'])).toBe('invalid_option');
    expect(code('colors', 'red')).toBe('invalid_type');
  });

  it('relation: any UUID, lower-cased', () => {
    expect(good('owner', UUID_A.toUpperCase())).toBe(UUID_A);
    expect(good('owner', '00000000-0000-0000-0000-000000000000')).toBe('00000000-0000-0000-0000-000000000000');
    expect(code('owner', 'not-a-uuid')).toBe('invalid_format');
    expect(code('owner', 12)).toBe('invalid_type');
  });

  it('formulas: checked by result type (filters only)', () => {
    expect(good('score', 4)).toBe('4.0');
    expect(code('score', '4.25')).toBe('too_many_decimals');
    expect(good('flagged', 'true')).toBe(true);
    expect(good('summary', 'x')).toBe('x');
  });
});
