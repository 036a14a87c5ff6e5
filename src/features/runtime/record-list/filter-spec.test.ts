import { describe, expect, it } from 'vitest';
import type { FieldDef } from '@/engine/metadata/field';
import { specToValues, valuesToSpec } from './filter-spec';

const label = { 'zh-CN': 'x' };
const fields: FieldDef[] = [
  { id: 'order_no', label, type: 'auto_number', pattern: 'SO{seq:4}' },
  { id: 'status', label, type: 'single_select', options: [{ value: 'paid', label }, { value: 'draft', label }] },
  { id: 'total', label, type: 'money', currency: 'CNY' },
  { id: 'due', label, type: 'date' },
  { id: 'vip', label, type: 'boolean' },
  { id: 'tags', label, type: 'multi_select', options: [{ value: 'a', label }] },
];

describe('filter spec', () => {
  it('turns the bar into one condition per bound', () => {
    const spec = valuesToSpec(fields, { order_no: ' SO1 ', status: ['paid'], total: [100, undefined], due: ['2024-01-01', '2024-01-31'], vip: 'false', tags: ['a'] });
    expect(spec).toEqual({
      and: [
        { field: 'order_no', op: 'contains', value: 'SO1' },
        { field: 'status', op: 'eq', value: 'paid' },
        { field: 'total', op: 'gte', value: 100 },
        { field: 'due', op: 'gte', value: '2024-01-01' },
        { field: 'due', op: 'lte', value: '2024-01-31' },
        { field: 'vip', op: 'eq', value: false },
        { field: 'tags', op: 'contains', value: ['a'] },
      ],
    });
  });

  it('uses in for several options and nothing for an empty bar', () => {
    expect(valuesToSpec(fields, { status: ['paid', 'draft'] })?.and[0]).toEqual({ field: 'status', op: 'in', value: ['paid', 'draft'] });
    expect(valuesToSpec(fields, { order_no: '  ', status: [] })).toBeNull();
  });

  it('round-trips through the URL form', () => {
    const values = { order_no: 'SO1', status: ['paid', 'draft'], total: [undefined, 5] as [unknown, unknown], vip: 'true' };
    expect(specToValues(fields, valuesToSpec(fields, values))).toEqual(values);
  });
});
