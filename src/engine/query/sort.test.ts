import { describe, expect, it } from 'vitest';
import { orderLines, orders } from '../records/test-fixtures';
import { parseSort } from './sort';

const problems = (raw: string, entity = orders) => {
  const result = parseSort(entity, raw);
  return result.ok ? [] : result.problems.map((problem) => `${problem.path}:${problem.code}`);
};

describe('parseSort', () => {
  it('empty means no terms', () => {
    for (const raw of [null, undefined, '', '  ']) expect(parseSort(orders, raw)).toEqual({ ok: true, terms: [] });
  });

  it('reads field ids with "-" for descending', () => {
    expect(parseSort(orders, '-created_at, status,order_no')).toEqual({
      ok: true,
      terms: [
        { field: 'created_at', direction: 'desc' },
        { field: 'status', direction: 'asc' },
        { field: 'order_no', direction: 'asc' },
      ],
    });
    expect(parseSort(orderLines, '-parent_id,qty').ok).toBe(true);
  });

  it('refuses unknown, removed and unsortable fields', () => {
    expect(problems('nope,-old_channel')).toEqual(['sort[0]:unknown_field', 'sort[1]:unknown_field']);
    expect(problems('lines')).toEqual(['sort[0]:unsupported_op']);
    expect(problems('tags')).toEqual(['sort[0]:unsupported_op']);
    expect(problems('parent_id')).toEqual(['sort[0]:unknown_field']);
  });

  it('refuses empty terms, repeats and more than 5 terms', () => {
    expect(problems('status,,id')).toEqual(['sort[1]:invalid_value']);
    expect(problems('-')).toEqual(['sort[0]:invalid_value']);
    expect(problems('status,-status')).toEqual(['sort[1]:invalid_value']);
    expect(parseSort(orders, 'id,version,created_at,updated_at,status').ok).toBe(true);
    expect(problems('id,version,created_at,updated_at,status,customer')).toEqual(['sort:too_complex']);
  });
});
