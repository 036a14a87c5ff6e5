import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderView } from '../order-view.fixture';
import { liveChildRows, liveRollup, liveRowsMemo, rollupsOver } from './live-values';

const view = orderView();
const lines = view.related.order_lines;

describe('live line values', () => {
  it('computes line amounts and the total exactly while lines are typed', () => {
    const rows = liveChildRows(lines, [
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
    expect(liveChildRows(lines, undefined)).toEqual([]);
    expect(liveRowsMemo(lines)(undefined)).toEqual([]);
  });
});

describe('live rows computed again only where a line changed', () => {
  const line = (qty: number | null, price: string | null, product = 'p1') => ({ product, unit_price: price, qty, line_amount: null, _display: { product: 'Tea' } });

  it('reuses unchanged lines and the whole array when nothing changed', () => {
    const live = liveRowsMemo(lines);
    const first = live([line(1, '2.00'), line(2, '3.00')]);
    expect(first.map((row) => row.line_amount)).toEqual(['2.00', '6.00']);
    // The form hands over fresh copies on every change: equal values count as unchanged.
    expect(live([line(1, '2.00'), line(2, '3.00')])).toBe(first);
    const second = live([line(1, '2.00'), line(5, '3.00')]);
    expect(second).not.toBe(first);
    expect(second[0]).toBe(first[0]);
    expect(second.map((row) => row.line_amount)).toEqual(['2.00', '15.00']);
    expect(live([line(1, '2.00')]).map((row) => row.line_amount)).toEqual(['2.00']);
  });

  it('sees a line changed in place, as the form library does', () => {
    const live = liveRowsMemo(lines);
    const rows = [line(1, '2.00'), line(2, '3.00')];
    expect(live(rows)[1].line_amount).toBe('6.00');
    rows[1].qty = 4;
    expect(live(rows)[1].line_amount).toBe('12.00');
    rows[1]._display.product = 'Coffee';
    expect(live(rows)[1]._display).toEqual({ product: 'Coffee' });
  });

  it('always agrees with computing every line afresh', () => {
    const edit = fc.record({
      index: fc.nat({ max: 5 }),
      qty: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
      unit_price: fc.option(fc.constantFrom('0.10', '2.50', '19.99', '1', '3.', 'x'), { nil: null }),
      kind: fc.constantFrom('change', 'append', 'remove'),
    });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
        const live = liveRowsMemo(lines);
        let rows: Array<Record<string, unknown>> = [line(1, '1.00')];
        for (const { index, qty, unit_price, kind } of edits) {
          if (kind === 'append') rows = [...rows, line(qty, unit_price)];
          else if (kind === 'remove') rows = rows.filter((_row, at) => at !== index % Math.max(rows.length, 1));
          else if (rows.length > 0) rows = rows.map((row, at) => (at === index % rows.length ? { ...row, qty, unit_price } : row));
          expect(live(rows)).toEqual(liveChildRows(lines, rows));
        }
      }),
    );
  });
});
