import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from './callback-url';

describe('safeCallbackPath', () => {
  it('keeps same-origin paths', () => {
    expect(safeCallbackPath('/r/orders?page=2')).toBe('/r/orders?page=2');
    expect(safeCallbackPath('http://localhost:3000/r/orders', 'http://localhost:3000')).toBe('/r/orders');
  });

  it('refuses other origins and protocol-relative paths', () => {
    expect(safeCallbackPath('https://evil.example/x', 'http://localhost:3000')).toBe('/');
    expect(safeCallbackPath('//evil.example/x')).toBe('/');
    expect(safeCallbackPath('/\\evil.example')).toBe('/');
  });

  it('does not send the user back to the login page', () => {
    expect(safeCallbackPath('/login?callbackUrl=%2F')).toBe('/');
    expect(safeCallbackPath(undefined)).toBe('/');
  });
});
