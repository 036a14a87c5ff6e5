'use client';

import { DatePicker, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslations } from 'next-intl';
import type { FieldDef } from '@/engine/metadata/field';
import { valueKindOf, type ConditionOperator, type ConditionValue } from '@/engine/rules/builder';
import { useLabel } from '@/features/runtime/use-label';

const DATE_FORMAT = 'YYYY-MM-DD';

type Props = {
  field: FieldDef;
  operator: ConditionOperator;
  value: ConditionValue | undefined;
  /** `typing` marks keystrokes, so one typed value is one undo step. */
  onChange: (value: ConditionValue | undefined, typing?: boolean) => void;
  id: string;
  testId: string;
  ariaLabel: string;
  invalid: boolean;
};

/** The value input that fits the field and operator: options for selects, numbers, dates, yes/no. */
export function ConditionValueInput({ field, operator, value, onChange, id, testId, ariaLabel, invalid }: Props) {
  const t = useTranslations('studio.rules');
  const label = useLabel();
  const kind = valueKindOf(field, operator);
  const status = invalid ? 'warning' : undefined;
  const common = { id, 'data-testid': testId, 'aria-label': ariaLabel, status, style: { minWidth: 160, flex: 1 } } as const;
  const options = field.type === 'single_select' || field.type === 'multi_select' ? field.options.map((option) => ({ value: option.value, label: label(option.label) || option.value })) : [];

  switch (kind) {
    case 'none':
      return null;
    case 'number':
      return (
        <InputNumber<number>
          {...common}
          placeholder={t('pickValue')}
          value={typeof value === 'number' ? value : null}
          onChange={(next) => onChange(next ?? undefined, true)}
        />
      );
    case 'days':
      return (
        <InputNumber<number>
          {...common}
          min={0}
          max={3650}
          precision={0}
          suffix={t('days')}
          value={typeof value === 'number' ? value : null}
          onChange={(next) => onChange(next ?? undefined, true)}
        />
      );
    case 'date':
      return (
        <DatePicker
          {...common}
          format={DATE_FORMAT}
          value={typeof value === 'string' && value ? dayjs(value, DATE_FORMAT) : null}
          onChange={(date) => onChange(date ? date.format(DATE_FORMAT) : undefined)}
        />
      );
    case 'boolean':
      // Select values are text or numbers, so yes/no travel as "true"/"false".
      return (
        <Select<string>
          {...common}
          showSearch={{ optionFilterProp: 'label' }}
          value={typeof value === 'boolean' ? String(value) : undefined}
          options={[{ value: 'true', label: t('yes') }, { value: 'false', label: t('no') }]}
          onChange={(next) => onChange(next === 'true')}
        />
      );
    case 'option':
      return (
        <Select<string>
          {...common}
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('pickValue')}
          value={typeof value === 'string' ? value : undefined}
          options={options}
          onChange={(next) => onChange(next)}
        />
      );
    case 'options':
      return (
        <Select<string[]>
          {...common}
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('pickValue')}
          value={Array.isArray(value) ? value : []}
          options={options}
          onChange={(next) => onChange(next)}
        />
      );
    case 'text':
      return (
        <Input
          {...common}
          maxLength={1000}
          placeholder={t('pickValue')}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.target.value, true)}
        />
      );
  }
}
