'use client';

import { Select } from 'antd';
import { useTranslations } from 'next-intl';
import type { FieldFilterDef } from '@/engine/dashboard';
import { relationTarget } from '@/engine/dashboard/field-path';
import type { EntityLookup } from '@/engine/metadata/entity';
import type { FieldDef } from '@/engine/metadata/field';
import { useLabel } from '@/features/runtime/use-label';
import type { FilterScalar } from './cross-filter';

/** The field a filter's path ends on, for its options; undefined when the metadata is not at hand. */
function pathField(filter: FieldFilterDef, lookup: EntityLookup): FieldDef | undefined {
  const entity = lookup(filter.entity);
  if (!entity) return undefined;
  const [first, second] = filter.field.split('.');
  if (second === undefined) return entity.fields.find((field) => field.id === first);
  const target = relationTarget(entity, first, lookup);
  return target.ok ? target.target.fields.find((field) => field.id === second) : undefined;
}

type Props = {
  filters: FieldFilterDef[];
  lookup: EntityLookup;
  values: Record<string, FilterScalar[]>;
  onChange: (key: string, values: FilterScalar[]) => void;
};

/** One picker per field filter of the dashboard: a select's options, yes/no, or typed values. */
export function FieldFilters({ filters, lookup, values, onChange }: Props) {
  const t = useTranslations('dashboards');
  const label = useLabel();
  return filters.map((filter) => {
    const field = pathField(filter, lookup);
    const options =
      field?.type === 'single_select' || field?.type === 'multi_select'
        ? field.options.map((option) => ({ value: option.value, label: label(option.label) }))
        : field?.type === 'boolean'
          ? [{ value: 'true', label: t('widget.yes') }, { value: 'false', label: t('widget.no') }]
          : undefined;
    const toValue = (raw: string): FilterScalar => (field?.type === 'boolean' ? raw === 'true' : raw);
    return (
      <Select<string[]>
        key={filter.key}
        mode={options ? 'multiple' : 'tags'}
        allowClear
        maxTagCount="responsive"
        aria-label={label(filter.label)}
        placeholder={`${label(filter.label)}: ${t('filters.all')}`}
        options={options}
        value={(values[filter.key] ?? []).map(String)}
        onChange={(next) => onChange(filter.key, next.map(toValue))}
        style={{ minWidth: 160 }}
        data-testid={`dashboard-filter-${filter.key}`}
      />
    );
  });
}
