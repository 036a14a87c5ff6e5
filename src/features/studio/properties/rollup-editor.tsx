'use client';

import { Select } from 'antd';
import { useTranslations } from 'next-intl';
import { activeFields } from '@/engine/metadata/entity';
import type { FieldDef, FieldOf } from '@/engine/metadata/field';
import { useLabel } from '@/features/runtime/use-label';
import { withProp } from './field-edit';
import { problemsFor } from './field-problems';
import { PropertyItem } from './property-item';
import { ResultTypeInputs } from './result-type-inputs';
import type { SectionProps } from './section-props';

type Props = SectionProps & { field: FieldOf<'rollup'> };

const OPS = ['sum', 'count', 'min', 'max'] as const;
const NUMERIC_TYPES = new Set<FieldDef['type']>(['number', 'money', 'formula', 'rollup']);

/** Which line-item table, which of its fields, and how to aggregate it. */
export function RollupEditor({ field, entity, catalog, locked, problems, onChange }: Props) {
  const t = useTranslations('studio.fieldProps');
  const label = useLabel();
  const childTables = activeFields(entity).filter((candidate): candidate is FieldOf<'child_table'> => candidate.type === 'child_table');
  const childTable = childTables.find((candidate) => candidate.id === field.child);
  const childEntity = childTable ? catalog.lookup(childTable.entity) : undefined;
  const numericFields = childEntity ? activeFields(childEntity).filter((candidate) => NUMERIC_TYPES.has(candidate.type)) : [];

  const pickField = (fieldId: string) => {
    const source = numericFields.find((candidate) => candidate.id === fieldId);
    // Money summed stays money; only an unpublished field may still change its column type.
    const resultType = !locked && source ? (source.type === 'money' ? 'money' : 'number') : field.resultType;
    onChange(withProp({ ...field, field: fieldId, resultType }, 'scale', resultType === 'number' ? (field.scale ?? 2) : undefined));
  };

  return (
    <>
      <PropertyItem label={t('rollupChild')} htmlFor="property-rollup-child" required problems={problemsFor(problems, 'rollupChild')} help={childTables.length === 0 ? t('noChildTables') : undefined}>
        <Select
          id="property-rollup-child"
          data-testid="property-rollup-child"
          placeholder={t('rollupChildPlaceholder')}
          value={field.child || undefined}
          options={childTables.map((candidate) => ({ value: candidate.id, label: label(candidate.label) }))}
          onChange={(child: string) => onChange(withProp({ ...field, child }, 'field', undefined))}
        />
      </PropertyItem>
      <PropertyItem label={t('rollupOp')} htmlFor="property-rollup-op">
        <Select
          id="property-rollup-op"
          data-testid="property-rollup-op"
          value={field.op}
          options={OPS.map((op) => ({ value: op, label: t(`rollupOps.${op}`) }))}
          onChange={(op) => onChange(op === 'count' ? withProp({ ...field, op }, 'field', undefined) : { ...field, op })}
        />
      </PropertyItem>
      {field.op !== 'count' && (
        <PropertyItem
          label={t('rollupField')}
          htmlFor="property-rollup-field"
          required
          problems={problemsFor(problems, 'rollupField')}
          help={childTable && !childEntity ? t('relatedNotLoaded') : undefined}
        >
          <Select
            id="property-rollup-field"
            data-testid="property-rollup-field"
            placeholder={t('rollupFieldPlaceholder')}
            value={field.field}
            disabled={!childEntity}
            options={numericFields.map((candidate) => ({ value: candidate.id, label: label(candidate.label) }))}
            onChange={pickField}
          />
        </PropertyItem>
      )}
      <ResultTypeInputs field={field} types={['number', 'money']} labels={{ resultType: t('rollupResultType'), scale: t('rollupScale') }} locked={locked} onChange={onChange} />
    </>
  );
}
