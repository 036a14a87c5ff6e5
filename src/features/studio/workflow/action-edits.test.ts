import { describe, expect, it } from 'vitest';
import { activeFields } from '@/engine/metadata/entity';
import { validateDefinition, type NodeOf } from '@/engine/workflow';
import { orders } from '../properties/test-entities';
import { findNode, insertOnEdge, updateNode } from './definition-edits';
import { setFieldSource, withCounterGuard, withSetFieldSource, type CounterEffectAction, type SetFieldAction } from './action-edits';
import { skeleton } from './test-fixtures';

const fields = activeFields(orders);
const fixed: SetFieldAction = { kind: 'set_field', field: 'contact', value: 'Ms Li' };

describe('set-field value source', () => {
  it('switches to a formula seeded from the first field the formula may read, and back to an empty fixed value', () => {
    const computed = withSetFieldSource(fixed, 'rule', fields);
    expect(computed).toEqual({ kind: 'set_field', field: 'contact', rule: { var: 'customer' } });
    expect(setFieldSource(computed)).toBe('rule');
    expect(withSetFieldSource(computed, 'value', fields)).toEqual({ kind: 'set_field', field: 'contact', value: '' });
    expect(withSetFieldSource(fixed, 'value', fields)).toBe(fixed);
  });

  it('keeps the definition publishable either way: exactly one of value and rule', () => {
    const inserted = insertOnEdge(skeleton(), 'action', 'e1')!;
    const node = findNode(inserted.definition, inserted.key) as NodeOf<'action'>;
    for (const action of [fixed, withSetFieldSource(fixed, 'rule', fields)]) {
      const doc = updateNode(inserted.definition, { ...node, action });
      expect(validateDefinition(doc).filter((problem) => problem.nodeKey === inserted.key)).toEqual([]);
    }
    const neither = updateNode(inserted.definition, { ...node, action: { kind: 'set_field', field: 'contact' } as SetFieldAction });
    expect(validateDefinition(neither).some((problem) => problem.nodeKey === inserted.key)).toBe(true);
  });
});

describe('counter guard', () => {
  const reserve: CounterEffectAction = { kind: 'counter_effect', entity: 'stock', recordField: 'customer', field: 'reserved', delta: 1 };

  it('sets the guard, and drops the key when the last condition goes', () => {
    const guarded = withCounterGuard(reserve, { '>': [{ var: 'on_hand' }, 0] });
    expect(guarded).toEqual({ ...reserve, guard: { '>': [{ var: 'on_hand' }, 0] } });
    const cleared = withCounterGuard(guarded, undefined);
    expect(cleared).toEqual(reserve);
    expect('guard' in cleared).toBe(false);
  });
});
