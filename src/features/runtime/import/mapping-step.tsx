'use client';

import { Checkbox, Form, Radio, Select, Table } from 'antd';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type { ImportPreview } from '@/engine/contract/import-export';
import type { EntityView } from '@/engine/contract/api-types';
import { childTables, importTargets, uniqueFields, writesThroughRecordService } from '@/engine/spreadsheet/import-targets';
import { useLabel } from '../use-label';
import type { ImportSettings } from './import-api';

type Props = { view: EntityView; preview: ImportPreview; settings: ImportSettings; onChange: (settings: ImportSettings) => void };

/** Step 2: which field each column fills, plus grouping, the key for updates and what to do with bad rows. */
export function MappingStep({ view, preview, settings, onChange }: Props) {
  const t = useTranslations('import');
  const label = useLabel();
  const { entity } = view;
  const targets = useMemo(() => importTargets(entity, (key) => view.related[key]), [entity, view.related]);
  const options = [
    { value: '', label: t('skip') },
    ...targets.map((target) => ({ value: target.key, label: target.childTable ? `${label(target.childTable.label)} · ${label(target.field.label)}` : label(target.field.label) })),
  ];
  const used = new Set(Object.values(settings.mapping).filter(Boolean));
  const keyFields = writesThroughRecordService(entity) ? [] : uniqueFields(entity).filter((field) => used.has(field.id));
  const set = (patch: Partial<ImportSettings>) => onChange({ ...settings, ...patch });

  const rows = preview.headers.map((header, index) => ({ header, sample: preview.previewRows[0]?.cells[index] ?? '' }));
  return (
    <Form layout="vertical">
      <Table
        size="small"
        rowKey="header"
        pagination={false}
        scroll={{ y: 320 }}
        dataSource={rows}
        data-testid="import-mapping"
        columns={[
          { key: 'header', title: t('column'), dataIndex: 'header', width: '30%' },
          { key: 'sample', title: t('sample'), dataIndex: 'sample', ellipsis: true },
          {
            key: 'target',
            title: t('target'),
            width: '40%',
            render: (_: unknown, row: { header: string }) => (
              <Select
                aria-label={`${t('target')}: ${row.header}`}
                style={{ width: '100%' }}
                showSearch={{ optionFilterProp: 'label' }}
                value={settings.mapping[row.header] ?? ''}
                // A field already taken by another column is not offered twice.
                options={options.map((option) => ({ ...option, disabled: option.value !== '' && option.value !== settings.mapping[row.header] && used.has(option.value) }))}
                onChange={(value: string) => set({ mapping: { ...settings.mapping, [row.header]: value || null } })}
              />
            ),
          },
        ]}
      />
      {childTables(entity).length > 0 && (
        <Form.Item label={t('groupBy')} help={t('groupByHelp')} style={{ marginTop: 16 }}>
          <Select
            data-testid="import-group-by"
            value={settings.groupBy ?? ''}
            options={[{ value: '', label: t('groupByNone') }, ...preview.headers.map((header) => ({ value: header, label: header }))]}
            onChange={(value: string) => set({ groupBy: value || null })}
          />
        </Form.Item>
      )}
      {keyFields.length > 0 && (
        <Form.Item label={t('keyField')} help={t('keyFieldHelp')} style={{ marginTop: 16 }}>
          <Select
            data-testid="import-key-field"
            value={settings.keyField ?? ''}
            options={[{ value: '', label: t('keyFieldNone') }, ...keyFields.map((field) => ({ value: field.id, label: label(field.label) }))]}
            onChange={(value: string) => set({ keyField: value || null })}
          />
        </Form.Item>
      )}
      <Form.Item label={t('mode')} style={{ marginTop: 16 }}>
        <Radio.Group value={settings.mode} onChange={(event) => set({ mode: event.target.value })} data-testid="import-mode">
          <Radio value="all_or_nothing">{t('modeAll')}</Radio>
          <Radio value="valid_rows">{t('modeValid')}</Radio>
        </Radio.Group>
      </Form.Item>
      {Boolean(entity.reservations?.length) && (
        <Form.Item help={t('reserveStockHelp')}>
          <Checkbox checked={settings.reserveStock} onChange={(event) => set({ reserveStock: event.target.checked })} data-testid="import-reserve-stock">
            {t('reserveStock')}
          </Checkbox>
        </Form.Item>
      )}
    </Form>
  );
}
