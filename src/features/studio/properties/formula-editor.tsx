'use client';

import { InputNumber, Select } from 'antd';
import { useTranslations } from 'next-intl';
import type { FieldOf } from '@/engine/metadata/field';
import { withProp } from './field-edit';
import { problemsFor } from './field-problems';
import { PropertyItem } from './property-item';
import { FormulaExpressionSlot } from './rule-slots';
import type { SectionProps } from './section-props';

type Props = SectionProps & { field: FieldOf<'formula'> };

const RESULT_TYPES = ['number', 'money', 'text', 'boolean', 'date'] as const;

/** Result type and scale fix the column, so they are locked once published; the expression is built like any formula. */
export function FormulaEditor({ field, entity, locked, problems, onChange }: Props) {
  const t = useTranslations('studio.fieldProps');
  const lockedHelp = locked ? t('lockedAfterPublish') : undefined;
  return (
    <>
      <PropertyItem label={t('formulaResultType')} htmlFor="property-result-type" help={lockedHelp}>
        <Select
          id="property-result-type"
          data-testid="property-result-type"
          disabled={locked}
          value={field.resultType}
          options={RESULT_TYPES.map((type) => ({ value: type, label: t(`resultTypes.${type}`) }))}
          onChange={(resultType) => onChange(withProp({ ...field, resultType }, 'scale', resultType === 'number' ? (field.scale ?? 2) : undefined))}
        />
      </PropertyItem>
      {field.resultType === 'number' && (
        <PropertyItem label={t('formulaScale')} htmlFor="property-scale" help={lockedHelp}>
          <InputNumber
            id="property-scale"
            data-testid="property-scale"
            disabled={locked}
            min={0}
            max={10}
            precision={0}
            value={field.scale ?? 2}
            onChange={(scale) => onChange({ ...field, scale: scale ?? 2 }, `${field.id}:scale`)}
          />
        </PropertyItem>
      )}
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
