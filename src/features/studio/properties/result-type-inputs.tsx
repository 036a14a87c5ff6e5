'use client';

import { InputNumber, Select } from 'antd';
import { useTranslations } from 'next-intl';
import type { FieldOf } from '@/engine/metadata/field';
import { withProp } from './field-edit';
import { PropertyItem } from './property-item';

type Computed = FieldOf<'formula'> | FieldOf<'rollup'>;
type Props<F extends Computed> = {
  field: F;
  types: readonly F['resultType'][];
  labels: { resultType: string; scale: string };
  /** The result type and scale fix the column, so they are locked once published. */
  locked: boolean;
  onChange: (field: F, coalesceKey?: string) => void;
};

/** A computed field's result type, and its decimal places when the result is a plain number. */
export function ResultTypeInputs<F extends Computed>({ field, types, labels, locked, onChange }: Props<F>) {
  const t = useTranslations('studio.fieldProps');
  const lockedHelp = locked ? t('lockedAfterPublish') : undefined;
  return (
    <>
      <PropertyItem label={labels.resultType} htmlFor="property-result-type" help={lockedHelp}>
        <Select
          id="property-result-type"
          data-testid="property-result-type"
          disabled={locked}
          value={field.resultType}
          options={types.map((type) => ({ value: type, label: t(`resultTypes.${type as 'number'}`) }))}
          onChange={(resultType: F['resultType']) => onChange(withProp({ ...field, resultType }, 'scale', resultType === 'number' ? (field.scale ?? 2) : undefined))}
        />
      </PropertyItem>
      {field.resultType === 'number' && (
        <PropertyItem label={labels.scale} htmlFor="property-scale" help={lockedHelp}>
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
    </>
  );
}
