import { describe, expect, it } from 'vitest';
import { ApiError } from '../api-client';
import { orderView } from '../order-view.fixture';
import { copiedTargetFields, demandByKey, reservationOf, availableOf } from './reservation-meta';
import { shortageCells, stockShortages } from './stock-shortage';

const view = orderView();

describe('stock shortages', () => {
  const error = new ApiError(409, 'insufficient_stock', 'Not enough stock', {
    keyField: 'product',
    shortages: [{ key: 'p1', title: 'Tea', requested: 6, available: 5, lines: [1, 3] }, { bogus: true }],
  });

  it('reads the shortages of a 409 insufficient_stock answer only', () => {
    expect(stockShortages(error)?.shortages).toEqual([{ key: 'p1', title: 'Tea', requested: 6, available: 5, lines: [1, 3] }]);
    expect(stockShortages(new ApiError(409, 'conflict', 'stale'))).toBeNull();
  });

  it('marks the key cell of every line the shortage names', () => {
    expect(shortageCells(view.entity, stockShortages(error)!).map((cell) => cell.path)).toEqual(['lines.1.product', 'lines.3.product']);
    expect(shortageCells(view.entity, { keyField: 'ghost', shortages: [] })).toEqual([]);
  });
});

describe('reservation metadata', () => {
  const reservation = reservationOf(view.entity, 'lines')!;

  it('finds what a line picker shows: the copied price and the stock target', () => {
    expect(reservation.target.entity).toBe('stock');
    expect(copiedTargetFields(view.related.order_lines, 'product', view.related.products).map((field) => field.id)).toEqual(['unit_price']);
    expect(availableOf({ on_hand: 10, reserved: 3 }, reservation.target)).toBe(7);
  });

  it('sums the quantity asked per item over all lines', () => {
    const demand = demandByKey([{ product: 'a', qty: 2 }, { product: 'b', qty: 1 }, { product: 'a', qty: 3 }, { product: null, qty: 4 }], reservation);
    expect([...demand]).toEqual([['a', 5], ['b', 1]]);
  });
});
