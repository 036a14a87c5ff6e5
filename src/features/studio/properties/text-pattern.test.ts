import { describe, expect, it } from 'vitest';
import { checkTextPattern, MAX_TEXT_PATTERN_LENGTH, testTextPattern } from './text-pattern';

describe('checkTextPattern', () => {
  it('accepts a valid pattern and matches whole values only', () => {
    expect(checkTextPattern('[A-Z]{3}-\\d+').ok).toBe(true);
    expect(testTextPattern('[A-Z]{3}', 'ABC')).toBe(true);
    expect(testTextPattern('[A-Z]{3}', 'xABCx')).toBe(false);
  });

  it('refuses a pattern that does not compile, with the reason', () => {
    const check = checkTextPattern('([a-z]+');
    expect(check.ok).toBe(false);
    expect(check.ok || check.reason).toBe('invalid');
    expect(check.ok || check.detail).toMatch(/./);
    expect(testTextPattern('([a-z]+', 'abc')).toBeUndefined();
  });

  it('refuses a pattern that only compiles once wrapped', () => {
    expect(checkTextPattern('a)|(b').ok).toBe(false);
  });

  it('accepts patterns that need the non-unicode flavour, as the server does', () => {
    expect(checkTextPattern('\\-').ok).toBe(true);
  });

  it('refuses a pattern longer than the schema allows', () => {
    const check = checkTextPattern('a'.repeat(MAX_TEXT_PATTERN_LENGTH + 1));
    expect(check.ok || check.reason).toBe('too_long');
  });
});
