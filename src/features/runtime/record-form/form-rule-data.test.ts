import { describe, expect, it } from 'vitest';
import { ruleValues } from '@/engine/forms/rule-values';
import { orderView } from '../order-view.fixture';
import { formLookup, scopeOf, watchedRuleData } from './form-rule-data';

describe('watchedRuleData', () => {
  it('keeps the unit price a line copied from its product, so a rule over the order total sees it', () => {
    const view = orderView();
    const scope = scopeOf(view, {}, 'notes')!;
    const lines = [{ product: 'p-1', unit_price: '600.00', qty: 2 }];
    const values = ruleValues(view.entity, watchedRuleData(view, scope, ['lines'], [lines]), formLookup(view));
    expect(values.total_amount).toBe('1200.00');
  });
});
