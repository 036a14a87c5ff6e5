import { describe, expect, it } from 'vitest';
import { parseEntityDef } from '../metadata';
import { validateRecordInput, type FieldError } from './validate-record';
import { lookup, orders, samples, UUID_A } from './test-fixtures';

const create = (input: unknown, entity = orders) => validateRecordInput(entity, input, { mode: 'create', lookup });
const update = (input: unknown, entity = orders) => validateRecordInput(entity, input, { mode: 'update', lookup });
const errorsOf = (result: ReturnType<typeof create>): FieldError[] => (result.ok ? [] : result.errors);
const codes = (result: ReturnType<typeof create>) => errorsOf(result).map((error) => `${error.field}:${error.code}`);

const line = { product: UUID_A, unit_price: '12.5', qty: 2 };
const order = { customer: UUID_A, status: 'draft', lines: [line] };

describe('validateRecordInput', () => {
  it('accepts a valid order and normalises values and child rows', () => {
    const result = create({ ...order, payment_due_at: '2026-03-01T09:30:00+08:00', tags: ['vip', 'vip'] });
    expect(result).toEqual({
      ok: true,
      record: {
        values: { customer: UUID_A, status: 'draft', payment_due_at: '2026-03-01T01:30:00.000Z', tags: ['vip'] },
        children: { lines: [{ values: { product: UUID_A, unit_price: '12.50', qty: 2 }, children: {} }] },
      },
    });
  });

  it('refuses anything but a plain object', () => {
    for (const input of [null, 'x', 1, [order], new Date()]) {
      expect(create(input)).toEqual({ ok: false, errors: [{ field: '', code: 'invalid_type', message: 'The record must be a JSON object' }] });
    }
  });

  it('create: required fields missing, null, empty or an empty list', () => {
    expect(codes(create({}))).toEqual(['customer:required', 'status:required', 'lines:required']);
    expect(codes(create({ customer: null, status: '', lines: [] }))).toEqual(['customer:required', 'status:required', 'lines:required']);
    expect(errorsOf(create({ ...order, status: undefined }))[0]).toMatchObject({ field: 'status', code: 'required', message: 'Status is required' });
  });

  it('create: optional fields left out stay out; optional nulls stay null', () => {
    const result = create({ ...order, payment_due_at: null, notes: '' });
    expect(result.ok && result.record.values).toEqual({ customer: UUID_A, status: 'draft', payment_due_at: null, notes: null });
  });

  it('update: only present keys are checked, but required ones cannot be cleared', () => {
    expect(update({ status: 'paid' })).toEqual({ ok: true, record: { values: { status: 'paid' }, children: {} } });
    expect(codes(update({ status: null, customer: '' }))).toEqual(['status:required', 'customer:required']);
    expect(codes(update({}))).toEqual([]);
  });

  it('ignores system keys, underscore keys and computed fields', () => {
    const fetched = {
      ...order,
      id: UUID_A,
      version: 3,
      created_at: 'x',
      created_by: null,
      updated_at: 'x',
      parent_id: 1,
      _display: { customer: 'ACME' },
      order_no: 'SO202603010001',
      total_amount: 'not even money',
      lines: [{ ...line, id: UUID_A, parent_id: UUID_A, line_amount: 'garbage', _tmp: 1 }],
    };
    // JSON.parse makes "__proto__" an own key, as a request body would.
    const result = create(JSON.parse(JSON.stringify(fetched).replace('{', '{"__proto__":{"polluted":true},')));
    expect(result.ok).toBe(true);
    expect(result.ok && Object.keys(result.record.values)).toEqual(['customer', 'status']);
    expect(result.ok && result.record.children.lines[0].values).toEqual({ product: UUID_A, unit_price: '12.50', qty: 2 });
  });

  it('refuses unknown and removed fields', () => {
    const result = create({ ...order, colour: 'red', old_channel: 'web', constructor: 1 });
    expect(codes(result)).toEqual(['colour:unknown_field', 'old_channel:unknown_field', 'constructor:unknown_field']);
    expect(errorsOf(result)[0].message).toBe('Unknown field "colour"');
  });

  it('collects every error with indexed paths into child rows', () => {
    const result = create({
      customer: 'nope',
      status: 'lost',
      lines: [line, { product: UUID_A, unit_price: '12.345', qty: 1.5 }, { qty: 0, extra: 1 }, 'row'],
    });
    expect(codes(result)).toEqual([
      'customer:invalid_format',
      'status:invalid_option',
      'lines[1].unit_price:too_many_decimals',
      'lines[1].qty:invalid_type',
      'lines[2].qty:out_of_range',
      'lines[2].extra:unknown_field',
      'lines[2].product:required',
      'lines[2].unit_price:required',
      'lines[3]:invalid_type',
    ]);
    const qty = errorsOf(result).find((error) => error.field === 'lines[1].qty');
    expect(qty?.message).toBe('Quantity must be a whole number');
    expect(errorsOf(result).find((error) => error.field === 'status')?.params).toEqual({ allowed: ['draft', 'pending_payment', 'paid', 'shipped'] });
  });

  it('child tables: a list of at most 1,000 rows; update replaces them all', () => {
    expect(codes(create({ ...order, lines: { product: UUID_A } }))).toEqual(['lines:invalid_type']);
    expect(errorsOf(create({ ...order, lines: Array.from({ length: 1001 }, () => line) }))[0]).toMatchObject({
      field: 'lines',
      code: 'too_many_rows',
      params: { maxRows: 1000 },
    });
    expect(create({ ...order, lines: Array.from({ length: 1000 }, () => line) }).ok).toBe(true);
    const replaced = update({ lines: [line, line] });
    expect(replaced.ok && replaced.record.children.lines).toHaveLength(2);
    expect(codes(update({ lines: [{ qty: 1 }] }))).toEqual(['lines[0].product:required', 'lines[0].unit_price:required']);
  });

  it('child tables: an optional one may be cleared with null or []', () => {
    const parent = parseEntityDef({
      schemaVersion: 1,
      key: 'quotes',
      label: { 'zh-CN': '报价' },
      fields: [{ id: 'lines', type: 'child_table', entity: 'order_lines', label: { 'zh-CN': '明细' } }],
    });
    expect(validateRecordInput(parent, { lines: null }, { mode: 'update', lookup })).toEqual({ ok: true, record: { values: {}, children: { lines: [] } } });
    expect(validateRecordInput(parent, { lines: [] }, { mode: 'update', lookup })).toEqual({ ok: true, record: { values: {}, children: { lines: [] } } });
    expect(validateRecordInput(parent, {}, { mode: 'create', lookup })).toEqual({ ok: true, record: { values: {}, children: {} } });
  });

  it('uses the zh-CN label when there is no English one', () => {
    expect(errorsOf(create({ ...order, notes: 5n }))[0].message).toBe('备注 must be text');
  });

  it('normalises every plain field type in one record', () => {
    const result = create(
      {
        name: 'Ada',
        sku: 'ABC-123',
        email: 'ada@example.com',
        phone: '+86 138 0013 8000',
        count: '7',
        ratio: 1,
        price: '-0.50',
        born_on: '2024-02-29',
        seen_at: '2026-03-01T00:00:00Z',
        active: 'true',
        level: 'b',
        colors: ['green'],
        owner: UUID_A.toUpperCase(),
        score: 'computed, ignored',
      },
      samples,
    );
    expect(result.ok && result.record.values).toEqual({
      name: 'Ada',
      sku: 'ABC-123',
      email: 'ada@example.com',
      phone: '+86 138 0013 8000',
      count: 7,
      ratio: '1.00',
      price: '-0.50',
      born_on: '2024-02-29',
      seen_at: '2026-03-01T00:00:00.000Z',
      active: true,
      level: 'b',
      colors: ['green'],
      owner: UUID_A,
    });
    expect(codes(create({ born_on: '2026-02-30' }, samples))).toEqual(['born_on:invalid_format']);
  });

  it('fails loudly when metadata names a child entity that does not exist', () => {
    const broken = parseEntityDef({
      schemaVersion: 1,
      key: 'broken',
      label: { 'zh-CN': '坏' },
      fields: [{ id: 'rows', type: 'child_table', entity: 'nowhere', label: { 'zh-CN': '行' } }],
    });
    expect(() => validateRecordInput(broken, { rows: [] }, { mode: 'create', lookup })).toThrow(/nowhere/);
  });
});

describe('defaults and server-maintained fields', () => {
  const counters = parseEntityDef({
    schemaVersion: 1,
    key: 'counters',
    label: { 'zh-CN': '计数' },
    fields: [
      { id: 'on_hand', type: 'number', integer: true, label: { 'zh-CN': '在库' }, defaultValue: 0 },
      { id: 'reserved', type: 'number', integer: true, label: { 'zh-CN': '预留' }, defaultValue: 0, readOnly: true },
    ],
  });
  const lookup = () => undefined;

  it('fills defaults on create, and a client cannot write a read-only field', () => {
    const result = validateRecordInput(counters, { on_hand: 5, reserved: 99 }, { mode: 'create', lookup });
    expect(result).toEqual({ ok: true, record: { values: { on_hand: 5, reserved: 0 }, children: {} } });
    const empty = validateRecordInput(counters, {}, { mode: 'create', lookup });
    expect(empty.ok && empty.record.values).toEqual({ on_hand: 0, reserved: 0 });
  });

  it('leaves fields alone on update', () => {
    const result = validateRecordInput(counters, { reserved: 3 }, { mode: 'update', lookup });
    expect(result).toEqual({ ok: true, record: { values: {}, children: {} } });
  });
});
