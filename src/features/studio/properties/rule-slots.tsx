'use client';

import type { FieldDef } from '@/engine/metadata/field';
import { FormulaBuilder } from '../rules/formula-builder';

/** `fields`: the other fields of the entity, which the rule may read. */
export type RuleSlotProps = { fields: FieldDef[]; rule: unknown; onChange: (rule: unknown, coalesceKey?: string) => void; id: string };

/** A default computed by a rule (defaultFrom: { kind: 'rule', rule }), built like a formula. */
export function DefaultRuleSlot({ fields, rule, onChange, id }: RuleSlotProps) {
  return <FormulaBuilder id={id} fields={fields} value={rule} onChange={onChange} />;
}

/** A formula field's expression. */
export function FormulaExpressionSlot({ fields, rule, onChange, id }: RuleSlotProps) {
  return <FormulaBuilder id={id} fields={fields} value={rule} onChange={onChange} />;
}
