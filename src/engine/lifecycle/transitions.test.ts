import { describe, expect, it } from 'vitest';
import { parseEntityDef } from '../metadata/parse';
import { availableActions, deadlinesOnEntering, frozenChildTables, initialState, planAction, reservationOps } from './transitions';

const label = { 'zh-CN': 'x' };
const orders = parseEntityDef({
  schemaVersion: 1,
  key: 'orders',
  label,
  fields: [
    { id: 'status', type: 'single_select', label, options: ['draft', 'pending_payment', 'paid', 'shipped', 'cancelled'].map((value) => ({ value, label })) },
    { id: 'due', type: 'datetime', label },
    { id: 'lines', type: 'child_table', entity: 'order_lines', label },
  ],
  lifecycle: {
    field: 'status',
    initial: 'pending_payment',
    createStates: ['draft', 'pending_payment'],
    actions: [
      { key: 'submit', label, from: ['draft'], to: 'pending_payment', roles: ['clerk'] },
      { key: 'pay', label, from: ['pending_payment'], to: 'paid', roles: ['finance'] },
      { key: 'ship', label, from: ['paid'], to: 'shipped' },
      { key: 'cancel', label, from: ['draft', 'pending_payment', 'paid'], to: 'cancelled' },
      { key: 'close', label, from: ['pending_payment'], to: 'cancelled', system: true },
    ],
    deadlines: [{ field: 'due', state: 'pending_payment', minutes: 30 }],
  },
  reservations: [
    {
      id: 'stock',
      source: { child: 'lines', key: 'product', quantity: 'qty' },
      target: { entity: 'stock', key: 'product', onHand: 'on_hand', reserved: 'reserved' },
      heldIn: ['pending_payment', 'paid'],
      consumedIn: ['shipped'],
    },
  ],
});

describe('state actions', () => {
  it('offers the actions allowed from the state to the caller', () => {
    expect(availableActions(orders, 'pending_payment', ['clerk'], false)).toEqual(['cancel']);
    expect(availableActions(orders, 'pending_payment', ['finance'], false)).toEqual(['pay', 'cancel']);
    expect(availableActions(orders, 'draft', [], true)).toEqual(['submit', 'cancel']);
  });

  it('refuses an action from the wrong state (409), for the wrong role (403), or unknown (404)', () => {
    expect(planAction(orders, 'shipped', 'cancel', { roles: [], isAdmin: true })).toMatchObject({ ok: false, status: 409 });
    expect(planAction(orders, 'pending_payment', 'pay', { roles: ['clerk'], isAdmin: false })).toMatchObject({ ok: false, status: 403 });
    expect(planAction(orders, 'paid', 'teleport', { roles: [], isAdmin: true })).toMatchObject({ ok: false, status: 404 });
    expect(planAction(orders, 'pending_payment', 'close', { roles: [], isAdmin: true })).toMatchObject({ ok: false, status: 403 });
    expect(planAction(orders, 'pending_payment', 'close', { roles: [], isAdmin: false, system: true })).toMatchObject({ ok: true, to: 'cancelled' });
  });

  it('derives reserve, release and consume from the states a record leaves and enters', () => {
    const ops = (from: string | null, to: string) => reservationOps(orders, from, to).map((entry) => entry.op);
    expect(ops(null, 'pending_payment')).toEqual(['reserve']);
    expect(ops(null, 'draft')).toEqual([]);
    expect(ops('draft', 'pending_payment')).toEqual(['reserve']);
    expect(ops('pending_payment', 'paid')).toEqual([]);
    expect(ops('paid', 'shipped')).toEqual(['consume']);
    expect(ops('paid', 'cancelled')).toEqual(['release']);
    expect(ops('draft', 'cancelled')).toEqual([]);
  });

  it('stamps deadlines, freezes reserved lines and checks the starting state', () => {
    expect(deadlinesOnEntering(orders, 'pending_payment', new Date('2026-01-01T00:00:00Z'))).toEqual({ due: '2026-01-01T00:30:00.000Z' });
    expect(frozenChildTables(orders, 'paid')).toEqual(['lines']);
    expect(frozenChildTables(orders, 'draft')).toEqual([]);
    expect(initialState(orders, undefined)).toEqual({ ok: true, state: 'pending_payment' });
    expect(initialState(orders, 'paid')).toMatchObject({ ok: false });
  });
});
