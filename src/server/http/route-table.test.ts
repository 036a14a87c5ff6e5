import { describe, expect, it } from 'vitest';
import { routeTable } from './route-table';

const manifest = {
  '/api/v1/records/[entity]/[id]/route': '/api/v1/records/[entity]/[id]',
  '/api/v1/records/[entity]/choices/route': '/api/v1/records/[entity]/choices',
  '/api/v1/records/[entity]/route': '/api/v1/records/[entity]',
  '/api/v1/files/[...path]/route': '/api/v1/files/[...path]',
  '/api/v1/docs/[[...page]]/route': '/api/v1/docs/[[...page]]',
  '/api/auth/[...nextauth]/route': '/api/auth/[...nextauth]',
  '/(app)/records/[entity]/page': '/records/[entity]',
};

describe('routeTable', () => {
  const table = routeTable(manifest, '/api/v1/');

  it('keeps only the route files under the prefix', () => {
    expect(table.size).toBe(5);
    expect(table.match('/api/auth/session')).toBeUndefined();
    expect(table.match('/records/orders')).toBeUndefined();
  });

  it('prefers a literal segment to a dynamic one, whatever the manifest order', () => {
    expect(table.match('/api/v1/records/orders/choices')).toEqual({ file: '/api/v1/records/[entity]/choices/route', params: { entity: 'orders' } });
    expect(table.match('/api/v1/records/orders/0b9c')).toEqual({ file: '/api/v1/records/[entity]/[id]/route', params: { entity: 'orders', id: '0b9c' } });
    expect(table.match('/api/v1/records/orders')).toEqual({ file: '/api/v1/records/[entity]/route', params: { entity: 'orders' } });
  });

  it('decodes each segment and refuses a malformed escape instead of throwing', () => {
    expect(table.match('/api/v1/records/%E8%AE%A2%E5%8D%95')?.params).toEqual({ entity: '订单' });
    expect(table.match('/api/v1/records/%E8%AE')).toBeUndefined();
  });

  it('matches catch-all segments, required and optional', () => {
    expect(table.match('/api/v1/files/a/b.csv')?.params).toEqual({ path: ['a', 'b.csv'] });
    expect(table.match('/api/v1/files')).toBeUndefined();
    expect(table.match('/api/v1/docs')).toEqual({ file: '/api/v1/docs/[[...page]]/route', params: {} });
    expect(table.match('/api/v1/docs/x/y')?.params).toEqual({ page: ['x', 'y'] });
  });

  it('leaves empty segments, extra segments and trailing slashes to Next', () => {
    expect(table.match('/api/v1/records//1')).toBeUndefined();
    expect(table.match('/api/v1/records/orders/1/extra/more')).toBeUndefined();
    expect(table.match('/api/v1/records/orders/')).toBeUndefined();
  });
});
