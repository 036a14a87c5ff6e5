import { describe, expect, it } from 'vitest';
import { orderView } from '../order-view.fixture';
import { listFilterFields } from './filter-fields';
import { specToValues, valuesToSpec } from './filter-spec';

describe('list filter fields', () => {
  it('adds the state, relations, amounts and the creation time to the list columns', () => {
    const view = orderView();
    const columns = [view.entity.fields[0]];
    expect(listFilterFields(view, columns).map((field) => field.id)).toEqual(['order_no', 'customer', 'status', 'total_amount', 'created_at']);
  });

  it('filters a creation time span with one between over whole days', () => {
    const [createdAt] = listFilterFields(orderView(), []).filter((field) => field.id === 'created_at');
    const spec = valuesToSpec([createdAt], { created_at: ['2026-03-01', '2026-03-31'] });
    expect(spec?.and).toHaveLength(1);
    expect(spec?.and[0]).toMatchObject({ field: 'created_at', op: 'between' });
    const [from, to] = spec!.and[0].value as string[];
    expect(new Date(to).getTime() - new Date(from).getTime()).toBe(31 * 86_400_000 - 1);
    expect(specToValues([createdAt], spec)).toEqual({ created_at: ['2026-03-01', '2026-03-31'] });
    expect(valuesToSpec([createdAt], { created_at: ['2026-03-01', undefined] })?.and[0]).toMatchObject({ op: 'gte' });
  });
});
