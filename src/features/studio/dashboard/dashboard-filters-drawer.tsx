'use client';

import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Drawer, Empty, Flex, Input, Select, Switch, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import type { DashboardFilters, DateRangeInput, FieldFilterDef } from '@/engine/dashboard';
import type { EntityDef } from '@/engine/metadata/entity';
import { useLabel } from '@/features/runtime/use-label';
import { addFieldFilter, DEFAULT_RANGE_PRESETS, MAX_FIELD_FILTERS, onEntity, setDateRange, updateFieldFilter } from './dashboard-filters';
import { fieldOptions, isPickable } from './field-options';

type Props = { open: boolean; filters: DashboardFilters; entities: EntityDef[]; onClose: () => void; onChange: (filters: DashboardFilters) => void };

/**
 * The dashboard's own filters: whether it offers a date range and which one it opens with, and the
 * field filters whose values narrow every widget on their entity (clicking a bar or slice on the
 * same field sets them too).
 */
export function DashboardFiltersDrawer({ open, filters, entities, onClose, onChange }: Props) {
  const t = useTranslations('dashboardStudio.filters');
  const range = useTranslations('dashboards.range');
  const label = useLabel();
  const lookup = (key: string) => entities.find((entity) => entity.key === key);
  const presetOf = (input: DateRangeInput | undefined) => (input && input.preset !== 'custom' ? input.preset : 'last_30_days');

  return (
    <Drawer open={open} onClose={onClose} title={t('title')} size={480} data-testid="dd-filters">
      <Flex vertical gap={16}>
        <Card size="small" title={t('dateRange')}>
          <Flex align="center" gap={8} wrap>
            <Switch
              checked={filters.dateRange !== undefined}
              onChange={(on) => onChange(setDateRange(filters, on ? { preset: presetOf(filters.dateRange?.default) } : undefined))}
              aria-label={t('offerRange')}
              data-testid="dd-filters-range"
            />
            <Typography.Text>{t('offerRange')}</Typography.Text>
            {filters.dateRange && (
              <Select
                aria-label={t('defaultRange')}
                data-testid="dd-filters-range-default"
                value={presetOf(filters.dateRange.default)}
                style={{ minWidth: 140 }}
                options={DEFAULT_RANGE_PRESETS.map((preset) => ({ value: preset, label: range(preset) }))}
                onChange={(preset) => onChange(setDateRange(filters, { preset }))}
              />
            )}
          </Flex>
        </Card>
        <Card
          size="small"
          title={t('fields')}
          extra={
            <Button size="small" icon={<PlusOutlined />} disabled={filters.fields.length >= MAX_FIELD_FILTERS || entities.length === 0} onClick={() => onChange(addFieldFilter(filters, entities[0], lookup))} data-testid="dd-filters-add">
              {t('add')}
            </Button>
          }
        >
          <Typography.Paragraph type="secondary">{t('fieldsHelp')}</Typography.Paragraph>
          {filters.fields.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('none')} />}
          <Flex vertical gap={12}>
            {filters.fields.map((filter, index) => (
              <FieldFilterRow
                key={filter.key}
                index={index}
                filter={filter}
                entities={entities}
                lookup={lookup}
                label={label}
                onChange={(next) => onChange(updateFieldFilter(filters, filter.key, next))}
                onRemove={() => onChange({ ...filters, fields: filters.fields.filter((candidate) => candidate.key !== filter.key) })}
              />
            ))}
          </Flex>
        </Card>
      </Flex>
    </Drawer>
  );
}

type RowProps = {
  index: number;
  filter: FieldFilterDef;
  entities: EntityDef[];
  lookup: (key: string) => EntityDef | undefined;
  label: ReturnType<typeof useLabel>;
  onChange: (filter: FieldFilterDef) => void;
  onRemove: () => void;
};

function FieldFilterRow({ index, filter, entities, lookup, label, onChange, onRemove }: RowProps) {
  const t = useTranslations('dashboardStudio.filters');
  const options = fieldOptions(lookup(filter.entity), lookup).filter(isPickable);
  const pick = (path: string) => {
    const option = options.find((candidate) => candidate.path === path);
    onChange({ ...filter, field: path, ...(option ? { label: option.label } : {}) });
  };
  return (
    <Card size="small" title={label(filter.label)} data-testid={`dd-filter-${index}`} extra={<Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('remove')} onClick={onRemove} data-testid={`dd-filter-remove-${index}`} />}>
      <Flex vertical gap={8}>
        <Select
          aria-label={t('entity')}
          data-testid={`dd-filter-entity-${index}`}
          value={filter.entity}
          options={entities.map((entity) => ({ value: entity.key, label: label(entity.label) }))}
          onChange={(entity: string) => onChange(onEntity(filter, lookup(entity), lookup))}
        />
        <Select
          aria-label={t('field')}
          data-testid={`dd-filter-field-${index}`}
          value={filter.field || undefined}
          placeholder={t('field')}
          showSearch={{ optionFilterProp: 'label' }}
          options={options.map((option) => ({ value: option.path, label: option.via ? `${label(option.via)} · ${label(option.label)}` : label(option.label) }))}
          onChange={pick}
        />
        <Flex gap={8}>
          <Input aria-label={t('labelZh')} placeholder={t('labelZh')} value={filter.label['zh-CN']} onChange={(event) => onChange({ ...filter, label: { ...filter.label, 'zh-CN': event.target.value } })} data-testid={`dd-filter-label-zh-${index}`} />
          <Input aria-label={t('labelEn')} placeholder={t('labelEn')} value={filter.label.en ?? ''} onChange={(event) => onChange({ ...filter, label: { ...filter.label, en: event.target.value || undefined } })} />
        </Flex>
      </Flex>
    </Card>
  );
}
