'use client';

import { DatePicker, Input, InputNumber, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import { useTranslations } from 'next-intl';
import type { FieldDef } from '@/engine/metadata/field';
import { useLabel } from '@/features/runtime/use-label';
import type { ConstantDefault } from './default-value';

type Props = {
  id: string;
  field: FieldDef;
  value: ConstantDefault | undefined;
  onChange: (value: ConstantDefault | null) => void;
};

function asDay(value: ConstantDefault | undefined) {
  if (typeof value !== 'string') return null;
  const day = dayjs(value);
  return day.isValid() ? day : null;
}

/**
 * An input that fits the field's type. Decimals stay text (exact, never a float); whole numbers are
 * numbers; dates are YYYY-MM-DD and date-times ISO instants, as the server stores them.
 */
export function ConstantInput({ id, field, value, onChange }: Props) {
  const t = useTranslations('studio.fieldProps');
  const label = useLabel();
  const common = { id, 'data-testid': 'property-default-value' };
  switch (field.type) {
    case 'number':
    case 'money':
      return (
        <InputNumber<string>
          {...common}
          stringMode
          style={{ width: '100%' }}
          value={value === undefined ? null : String(value)}
          onChange={(text) => onChange(text === null || text === '' ? null : field.type === 'number' && field.integer && /^-?\d+$/.test(text) ? Number(text) : text)}
        />
      );
    case 'date':
      return <DatePicker {...common} style={{ width: '100%' }} value={asDay(value)} onChange={(day) => onChange(day ? day.format('YYYY-MM-DD') : null)} />;
    case 'datetime':
      return <DatePicker {...common} showTime style={{ width: '100%' }} value={asDay(value)} onChange={(day) => onChange(day ? day.toISOString() : null)} />;
    case 'boolean':
      return <Switch {...common} checkedChildren={t('yes')} unCheckedChildren={t('no')} checked={value === true} onChange={(checked) => onChange(checked)} />;
    case 'single_select':
      return (
        <Select
          {...common}
          allowClear
          value={typeof value === 'string' ? value : undefined}
          options={field.options.map((option) => ({ value: option.value, label: label(option.label) }))}
          onChange={(option: string | undefined) => onChange(option ?? null)}
        />
      );
    case 'long_text':
      return <Input.TextArea {...common} maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} value={value === undefined ? '' : String(value)} onChange={(event) => onChange(event.target.value)} />;
    default:
      return <Input {...common} maxLength={1000} value={value === undefined ? '' : String(value)} onChange={(event) => onChange(event.target.value)} />;
  }
}
