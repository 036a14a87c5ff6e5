'use client';

import { Checkbox, Divider, Flex, Form, InputNumber, Select, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import type { DashboardFilters, VisualType, Widget } from '@/engine/dashboard';
import type { EntityDef } from '@/engine/metadata/entity';
import { useLabel } from '@/features/runtime/use-label';
import { LabelInputs } from '../workflow/label-inputs';
import { ScheduleFilterEditor } from '../workflow/schedule-filter-editor';
import { setDataset, setDateField, setSort, setVisual, setWidgetEntity, visualOfType } from './dashboard-document';
import { DimensionRows } from './dimension-rows';
import { fieldOptions, isDate } from './field-options';
import { fieldLabel, MeasureRows } from './measure-rows';
import { WidgetPreview } from './widget-preview';

const VISUALS: VisualType[] = ['kpi', 'line', 'bar', 'stacked_bar', 'pie', 'donut', 'table', 'pivot'];

type Props = { widget: Widget; entities: EntityDef[]; filters: DashboardFilters; onChange: (widget: Widget) => void };

/** Everything about one widget, picked from lists: data (entity, measures, dimensions, filter, sort, top N), look, live preview. */
export function WidgetPanel({ widget, entities, filters, onChange }: Props) {
  const t = useTranslations('dashboardStudio.panel');
  const tg = useTranslations('dashboardStudio.grid');
  const label = useLabel();
  const lookup = (key: string) => entities.find((entity) => entity.key === key);
  const entity = lookup(widget.dataset.entity);
  const fields = fieldOptions(entity, lookup);
  const { visual, dataset } = widget;
  const sortKeys = [...dataset.dimensions.map((dimension) => ({ value: dimension.key, label: fieldLabel(label, fields.find((option) => option.path === dimension.field) ?? { path: dimension.field, label: { 'zh-CN': dimension.field }, valueType: 'text' }) })), ...dataset.measures.map((measure) => ({ value: measure.key, label: label(measure.label) }))];
  const sort = dataset.sort[0];

  return (
    <Form layout="vertical" component="div" data-testid="dd-panel">
      <LabelInputs id="dd-widget-title" label={t('title')} value={widget.title} onChange={(title) => onChange({ ...widget, title })} />
      <Form.Item label={t('entity')} style={{ marginBottom: 12 }}>
        <Select<string>
          data-testid="dd-entity"
          aria-label={t('entity')}
          value={widget.dataset.entity}
          showSearch={{ optionFilterProp: 'label' }}
          options={entities.map((candidate) => ({ value: candidate.key, label: label(candidate.label) }))}
          onChange={(key) => onChange(setWidgetEntity(widget, key))}
        />
      </Form.Item>
      <Form.Item label={t('visual')} style={{ marginBottom: 12 }}>
        <Flex gap={8} align="center" wrap>
          <Select<VisualType> data-testid="dd-visual" aria-label={t('visual')} value={visual.type} style={{ width: 160 }} options={VISUALS.map((value) => ({ value, label: tg(`visual.${value}`) }))} onChange={(type) => onChange(setVisual(widget, visualOfType(type)))} />
          {visual.type === 'kpi' && <Checkbox checked={visual.compare} onChange={(event) => onChange(setVisual(widget, { type: 'kpi', compare: event.target.checked }))}>{t('compare')}</Checkbox>}
          {(visual.type === 'bar' || visual.type === 'stacked_bar') && (
            <Checkbox checked={Boolean(visual.horizontal)} onChange={(event) => onChange(setVisual(widget, { type: visual.type, horizontal: event.target.checked }))}>{t('horizontal')}</Checkbox>
          )}
        </Flex>
      </Form.Item>
      <MeasureRows widget={widget} fields={fields} onChange={onChange} />
      <Divider style={{ margin: '12px 0' }} />
      <DimensionRows widget={widget} fields={fields} onChange={onChange} />
      <Divider style={{ margin: '12px 0' }} />
      <Form.Item label={t('dateField')} tooltip={t('dateFieldHelp')} style={{ marginBottom: 12 }}>
        <Select<string>
          data-testid="dd-date-field"
          aria-label={t('dateField')}
          allowClear
          placeholder={t('noDateField')}
          value={widget.dateField}
          options={fields.filter(isDate).map((option) => ({ value: option.path, label: fieldLabel(label, option) }))}
          onChange={(field) => onChange(setDateField(widget, field ?? undefined))}
        />
      </Form.Item>
      <ScheduleFilterEditor entity={entity} entities={entities} filter={dataset.filter} onChange={(filter) => onChange(setDataset(widget, { filter }))} />
      <Flex gap={8} wrap>
        <Form.Item label={t('sort')} style={{ marginBottom: 12, flex: 1, minWidth: 160 }}>
          <Flex gap={4}>
            <Select<string> data-testid="dd-sort" aria-label={t('sort')} allowClear placeholder={t('defaultSort')} value={sort?.key} options={sortKeys} style={{ flex: 1, minWidth: 0 }} onChange={(key) => onChange(setSort(widget, key ?? undefined, sort?.direction ?? 'desc'))} />
            {sort && (
              <Select<'asc' | 'desc'> aria-label={t('direction')} value={sort.direction} style={{ width: 90 }} options={[{ value: 'desc', label: t('desc') }, { value: 'asc', label: t('asc') }]} onChange={(direction) => onChange(setSort(widget, sort.key, direction))} />
            )}
          </Flex>
        </Form.Item>
        <Form.Item label={t('limit')} style={{ marginBottom: 12, width: 120 }}>
          <InputNumber data-testid="dd-limit" aria-label={t('limit')} min={1} max={1000} precision={0} value={dataset.limit ?? null} placeholder={t('all')} onChange={(limit) => onChange(setDataset(widget, { limit: limit ?? undefined }))} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Divider style={{ margin: '12px 0' }} />
      <Typography.Text strong>{t('preview')}</Typography.Text>
      <WidgetPreview widget={widget} filters={filters} />
    </Form>
  );
}
