'use client';

import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { AGGREGATE_OPS, type AggregateOp, type Measure, type Widget } from '@/engine/dashboard';
import { useLabel } from '@/features/runtime/use-label';
import { addMeasure, removeMeasure, replaceMeasure } from './dashboard-document';
import { isNumeric, type FieldOption } from './field-options';

type Props = { widget: Widget; fields: FieldOption[]; onChange: (widget: Widget) => void };

const NEEDS_NUMBER = new Set<AggregateOp>(['sum', 'avg']);

export function fieldLabel(label: ReturnType<typeof useLabel>, option: FieldOption): string {
  return option.via ? `${label(option.via)} › ${label(option.label)}` : label(option.label);
}

/** Each measure as op + field + label; ratios and group counts (written by templates) are shown but not edited here. */
export function MeasureRows({ widget, fields, onChange }: Props) {
  const t = useTranslations('dashboardStudio.panel');
  const label = useLabel();
  const { measures } = widget.dataset;
  return (
    <Flex vertical gap={8} data-testid="dd-measures">
      <Typography.Text strong>{t('measures')}</Typography.Text>
      {measures.map((measure, index) => {
        const set = (patch: Partial<Measure>) => onChange(replaceMeasure(widget, index, { ...measure, ...patch } as Measure));
        const simple = measure.op !== 'ratio' && measure.op !== 'count_groups';
        const op = measure.op as AggregateOp;
        const choices = NEEDS_NUMBER.has(op) ? fields.filter(isNumeric) : fields;
        return (
          <Flex key={measure.key} vertical gap={4} style={{ padding: 8, border: '1px solid var(--ant-color-border-secondary, #f0f0f0)', borderRadius: 6 }} data-testid={`dd-measure-${index}`}>
            <Flex gap={4}>
              {simple ? (
                <>
                  <Select<AggregateOp>
                    aria-label={t('op')}
                    data-testid={`dd-measure-op-${index}`}
                    value={op}
                    style={{ width: 120 }}
                    options={AGGREGATE_OPS.map((value) => ({ value, label: t(`ops.${value}`) }))}
                    onChange={(next) => set({ op: next, ...(next === 'count' ? { field: undefined } : { field: 'field' in measure ? measure.field : undefined }) } as Partial<Measure>)}
                  />
                  <Select<string>
                    aria-label={t('field')}
                    data-testid={`dd-measure-field-${index}`}
                    value={'field' in measure ? measure.field : undefined}
                    allowClear={op === 'count'}
                    placeholder={op === 'count' ? t('allRecords') : t('pickField')}
                    showSearch={{ optionFilterProp: 'label' }}
                    style={{ flex: 1, minWidth: 0 }}
                    status={op !== 'count' && !('field' in measure && measure.field) ? 'error' : undefined}
                    options={choices.map((option) => ({ value: option.path, label: fieldLabel(label, option) }))}
                    onChange={(field) => set({ field: field ?? undefined } as Partial<Measure>)}
                  />
                </>
              ) : (
                <Typography.Text type="secondary" style={{ flex: 1 }}>{t(`ops.${measure.op}`)}</Typography.Text>
              )}
              <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('remove')} disabled={measures.length <= 1} onClick={() => onChange(removeMeasure(widget, index))} />
            </Flex>
            <Flex gap={4}>
              <Input aria-label={`${t('label')} (zh-CN)`} data-testid={`dd-measure-label-zh-${index}`} placeholder="中文" value={measure.label['zh-CN']} onChange={(event) => set({ label: { ...measure.label, 'zh-CN': event.target.value } })} status={measure.label['zh-CN'] ? undefined : 'error'} />
              <Input aria-label={`${t('label')} (en)`} data-testid={`dd-measure-label-en-${index}`} placeholder="English" value={measure.label.en ?? ''} onChange={(event) => set({ label: { 'zh-CN': measure.label['zh-CN'], ...(event.target.value ? { en: event.target.value } : {}) } })} />
            </Flex>
          </Flex>
        );
      })}
      <Button size="small" icon={<PlusOutlined />} onClick={() => onChange(addMeasure(widget))} data-testid="dd-add-measure" style={{ alignSelf: 'flex-start' }} disabled={measures.length >= 20}>
        {t('addMeasure')}
      </Button>
    </Flex>
  );
}
