import { describe, expect, it } from 'vitest';
import { errorText } from './worker';

describe('errorText', () => {
  it('keeps the causes a failed request carries, so the dead-letter list says what went wrong', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    expect(errorText(new TypeError('fetch failed', { cause: refused }))).toBe('fetch failed: connect ECONNREFUSED 127.0.0.1:9');
    expect(errorText('plain text')).toBe('plain text');
  });

  it('stops at four levels and 2,000 characters', () => {
    let error = new Error('x'.repeat(900));
    for (let level = 0; level < 6; level++) error = new Error(`level ${level}`, { cause: error });
    expect(errorText(error).split(': ')).toHaveLength(4);
    expect(errorText(new Error('y'.repeat(3000)))).toHaveLength(2000);
  });
});
