import { describe, expect, it } from 'vitest';
import { orderView } from '../order-view.fixture';
import { liveChildRows, liveRollup, rollupsOver } from './live-values';

const view = orderView();

describe('live line values', () => {
  it('computes line amounts and the total exactly while lines are typed', () => {
    const rows = liveChildRows(view.related.order_lines, [
      { product: 'a', unit_price: '35.50', qty: 3 },
      { product: 'b', unit_price: '0.10', qty: 3 },
      { product: null, unit_price: null, qty: null },
    ]);
    expect(rows.map((row) => row.line_amount)).toEqual(['106.50', '0.30', null]);
    const [total] = rollupsOver(view.entity, 'lines');
    expect(total.id).toBe('total_amount');
    expect(liveRollup(total, rows)).toBe('106.80');
  });

  it('tolerates a missing table', () => {
    expect(liveChildRows(view.related.order_lines, undefined)).toEqual([]);
  });
});
