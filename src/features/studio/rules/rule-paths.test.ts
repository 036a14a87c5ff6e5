import { describe, expect, it } from 'vitest';
import { pathNumber, pathSuffix, samePath } from './rule-paths';

describe('rule paths', () => {
  it('name top-level and nested conditions for test ids and for people', () => {
    expect(pathSuffix([])).toBe('');
    expect(pathSuffix([0])).toBe('-0');
    expect(pathSuffix([1, 0])).toBe('-1-0');
    expect(pathNumber([1, 0])).toBe('2.1');
    expect(samePath([1, 0], [1, 0])).toBe(true);
    expect(samePath([1], [1, 0])).toBe(false);
  });
});
