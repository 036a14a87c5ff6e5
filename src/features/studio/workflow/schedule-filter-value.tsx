'use client';

import { DatePicker, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslations } from 'next-intl';
import type { EntityDef } from '@/engine/metadata/entity';
import type { FieldDef } from '@/engine/metadata/field';
import { DateRange, NumberRange } from '@/features/runtime/record-list/range-inputs';
import { filterKind, type FilterCondition } from '@/features/runtime/record-list/filter-spec';
import { useLabel } from '@/features/runtime/use-label';
import { RelationSelect } from '@/features/runtime/widgets/relation-select';

type Props = {
  field: FieldDef;
  condition: FilterCondition;
  /** The entity a relation field points at, for its record picker. */
  target: EntityDef | undefined;
  id: string;
  ariaLabel: string;
  invalid: boolean;
  /** `typing` marks keystrokes, so one typed value is one undo step. */
  onChange: (value: unknown, typing?: boolean) => void;
};

const list = (value: unknown): string[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]).map(String);
const day = (value: unknown) => (typeof value === 'string' && value ? dayjs(value) : null);

/** The value input that fits the field and the operator, in the shape the filter spec takes. */
export function ScheduleFilterValue({ field, condition, target, id, ariaLabel, invalid, onChange }: Props) {
  const t = useTranslations('workflows.settings.filter');
  const label = useLabel();
  const { op, value } = condition;
  const kind = filterKind(field);
  const common = { id, 'data-testid': id, 'aria-label': ariaLabel, status: invalid ? ('warning' as const) : undefined, style: { minWidth: 180, flex: 1 } };
  const options = field.type === 'single_select' || field.type === 'multi_select' ? field.options.map((option) => ({ value: option.value, label: label(option.label) || option.value })) : undefined;

  if (op === 'isNull') {
    const choices = [{ value: 'true', label: t('isEmpty') }, { value: 'false', label: t('notEmpty') }];
    return <Select<string> {...common} value={String(value !== false)} options={choices} onChange={(next) => onChange(next === 'true')} />;
  }
  if (op === 'in' || (op === 'contains' && kind === 'tags')) {
    // Free values are typed as tags; a select field offers its options.
    return <Select<string[]> {...common} mode={options ? 'multiple' : 'tags'} placeholder={t('values')} value={list(value)} options={options} onChange={(next) => onChange(next)} />;
  }
  if (op === 'between') {
    const range = (Array.isArray(value) ? value : [null, null]) as [unknown, unknown];
    const emptyless = (next: [unknown, unknown]) => onChange(next.map((end) => end ?? null));
    if (kind === 'number') return <NumberRange id={id} data-testid={id} label={ariaLabel} value={range} onChange={emptyless} />;
    if (kind === 'date') return <DateRange id={id} data-testid={id} label={ariaLabel} value={range} onChange={emptyless} />;
    return (
      <DatePicker.RangePicker
        {...common}
        showTime
        allowEmpty={[true, true]}
        value={[day(range[0]), day(range[1])]}
        onChange={(dates) => onChange([dates?.[0]?.toISOString() ?? null, dates?.[1]?.toISOString() ?? null])}
      />
    );
  }
  switch (kind) {
    case 'number':
      return <InputNumber<string> {...common} stringMode placeholder={t('value')} value={value === undefined || value === null ? null : String(value)} onChange={(next) => onChange(next ?? undefined, true)} />;
    case 'date':
      return <DatePicker {...common} value={day(value)} onChange={(date) => onChange(date ? date.format('YYYY-MM-DD') : undefined)} />;
    case 'datetime':
      return <DatePicker {...common} showTime value={day(value)} onChange={(date) => onChange(date ? date.toISOString() : undefined)} />;
    case 'boolean':
      return <Select<string> {...common} value={typeof value === 'boolean' ? String(value) : undefined} options={[{ value: 'true', label: t('yes') }, { value: 'false', label: t('no') }]} onChange={(next) => onChange(next === 'true')} />;
    case 'select':
      return <Select<string> {...common} showSearch={{ optionFilterProp: 'label' }} placeholder={t('value')} value={typeof value === 'string' ? value : undefined} options={options} onChange={(next) => onChange(next)} />;
    case 'relation':
      return field.type === 'relation' ? (
        <div style={common.style}>
          <RelationSelect id={id} data-testid={id} ariaLabel={ariaLabel} targetKey={field.entity} target={target} value={typeof value === 'string' ? value : undefined} onChange={(next) => onChange(next ?? undefined)} />
        </div>
      ) : null;
    default:
      return <Input {...common} maxLength={500} placeholder={t('value')} value={typeof value === 'string' ? value : ''} onChange={(event) => onChange(event.target.value, true)} />;
  }
}
