import { describe, expect, it } from 'vitest';
import { checkAutoNumberPattern, previewAutoNumber } from './auto-number-pattern';

describe('checkAutoNumberPattern', () => {
  it('accepts date tokens with a padded sequence', () => {
    expect(checkAutoNumberPattern('SO-{YYYYMMDD}-{seq:4}')).toEqual([]);
    expect(checkAutoNumberPattern('{YY}{MM}{DD}{seq}')).toEqual([]);
  });

  it('needs a sequence token', () => {
    expect(checkAutoNumberPattern('SO-{YYYYMMDD}')).toEqual([{ code: 'missing_seq' }]);
  });

  it('names unknown tokens, including a sequence width the server does not read', () => {
    expect(checkAutoNumberPattern('{YYYYMM}-{seq:12}')).toEqual([
      { code: 'unknown_token', token: '{YYYYMM}' },
      { code: 'unknown_token', token: '{seq:12}' },
      { code: 'missing_seq' },
    ]);
  });

  it('refuses stray braces and empty or overlong patterns', () => {
    expect(checkAutoNumberPattern('SO{-{seq}')).toContainEqual({ code: 'stray_brace' });
    expect(checkAutoNumberPattern('  ')).toEqual([{ code: 'empty' }]);
    expect(checkAutoNumberPattern(`${'x'.repeat(100)}{seq}`)).toContainEqual({ code: 'too_long', max: 100 });
  });
});

describe('previewAutoNumber', () => {
  it('formats like the server', () => {
    expect(previewAutoNumber('SO-{YYYYMMDD}-{seq:4}', new Date(2026, 2, 1))).toBe('SO-20260301-0001');
    expect(previewAutoNumber('{YY}/{MM}/{seq}', new Date(2026, 11, 9), 12)).toBe('26/12/12');
  });
});
