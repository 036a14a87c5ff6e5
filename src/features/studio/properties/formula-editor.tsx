'use client';

import { useTranslations } from 'next-intl';
import type { FieldOf } from '@/engine/metadata/field';
import { problemsFor } from './field-problems';
import { PropertyItem } from './property-item';
import { ResultTypeInputs } from './result-type-inputs';
import { FormulaExpressionSlot } from './rule-slots';
import type { SectionProps } from './section-props';

type Props = SectionProps & { field: FieldOf<'formula'> };

const RESULT_TYPES = ['number', 'money', 'text', 'boolean', 'date'] as const;

/** Result type and scale fix the column, so they are locked once published; the expression is built like any formula. */
export function FormulaEditor({ field, entity, locked, problems, onChange }: Props) {
  const t = useTranslations('studio.fieldProps');
  return (
    <>
      <ResultTypeInputs field={field} types={RESULT_TYPES} labels={{ resultType: t('formulaResultType'), scale: t('formulaScale') }} locked={locked} onChange={onChange} />
      <PropertyItem label={t('formulaExpression')} problems={problemsFor(problems, 'expression')}>
        <FormulaExpressionSlot
          id="property-expression"
          fields={entity.fields.filter((candidate) => candidate.id !== field.id)}
          rule={field.expression}
          onChange={(expression, coalesceKey) => onChange({ ...field, expression }, coalesceKey && `${field.id}:expression:${coalesceKey}`)}
        />
      </PropertyItem>
    </>
  );
}
