import { describe, expect, it } from 'vitest';
import { autoNumberScope, formatAutoNumber } from './auto-number';

const parts = { year: 2026, month: 3, day: 7 };

describe('auto numbers', () => {
  it('formats the date tokens and pads the sequence', () => {
    expect(formatAutoNumber('SO-{YYYYMMDD}-{seq:4}', parts, 12)).toBe('SO-20260307-0012');
    expect(formatAutoNumber('{YY}{MM}{DD}/{seq}', parts, 5)).toBe('260307/5');
  });

  it('lets the sequence grow past its width instead of wrapping', () => {
    expect(formatAutoNumber('A{seq:2}', parts, 123)).toBe('A123');
  });

  it('scopes the sequence by the expanded date so it restarts each day', () => {
    expect(autoNumberScope('SO-{YYYYMMDD}-{seq:4}', parts)).toBe('SO-20260307-#');
    expect(autoNumberScope('SO-{YYYYMMDD}-{seq:4}', { ...parts, day: 8 })).not.toBe(autoNumberScope('SO-{YYYYMMDD}-{seq:4}', parts));
  });
});
