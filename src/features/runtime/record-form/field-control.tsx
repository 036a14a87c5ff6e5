'use client';

import { Form } from 'antd';
import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { Controller, useFormContext } from 'react-hook-form';
import type { EntityDef } from '@/engine/metadata/entity';
import { isComputed, type FieldDef } from '@/engine/metadata/field';
import { useLabel } from '../use-label';
import { FieldWidget } from '../widgets/field-widget';
import type { RelationExtras } from '../widgets/relation-select';
import type { FormValues } from './form-values';

type Props = {
  field: FieldDef;
  /** react-hook-form path: `customer`, or `lines.0.qty` inside a child table. */
  name: string;
  id: string;
  target?: EntityDef;
  displayLabel?: string | null;
  /** Inside a table cell the column header is the label; the input gets an aria-label instead. */
  ariaLabel?: string;
  compact?: boolean;
  relation?: RelationExtras;
  /** Shown under the input instead of the help text (e.g. the quantity still available). */
  hint?: ReactNode;
};

const hasValue = (value: unknown) => value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);

/** One field bound to react-hook-form, with its label, required mark, help text and error message. */
export function FieldControl({ field, name, id, target, displayLabel, ariaLabel, compact, relation, hint }: Props) {
  const t = useTranslations('form');
  const label = useLabel();
  const { control } = useFormContext<FormValues>();
  const required = !!field.required && !isComputed(field);
  // A switch always has a value, so "required" cannot fail for it on the client.
  const rules = required && field.type !== 'boolean' ? { validate: (value: unknown) => hasValue(value) || t('required', { field: label(field.label) }) } : undefined;

  return (
    <Controller
      control={control}
      name={name}
      rules={rules}
      render={({ field: input, fieldState }) => (
        <Form.Item
          label={compact ? undefined : label(field.label)}
          htmlFor={id}
          required={required}
          validateStatus={fieldState.error ? 'error' : undefined}
          help={fieldState.error?.message}
          extra={hint ?? (!compact && field.help ? label(field.help) : undefined)}
          style={compact ? { marginBottom: 0 } : undefined}
        >
          <FieldWidget
            id={id}
            field={field}
            value={input.value}
            onChange={input.onChange}
            onBlur={input.onBlur}
            invalid={!!fieldState.error}
            ariaLabel={ariaLabel}
            target={target}
            displayLabel={displayLabel}
            relation={relation}
          />
        </Form.Item>
      )}
    />
  );
}
