'use client';

import { Card, Descriptions, Flex, Table, type TableColumnsType } from 'antd';
import type { EntityView, RecordDto } from '@/engine/contract/api-types';
import { findField } from '@/engine/metadata/entity';
import type { FieldDef, FieldOf } from '@/engine/metadata/field';
import type { FormSection } from '@/engine/metadata/form';
import { childColumns } from '../record-form/form-values';
import { useFieldFormatter } from '../format-value';
import { lifecycleField } from '../lifecycle/state-meta';
import { StateTag } from '../lifecycle/state-tag';
import { useLabel } from '../use-label';

/** The record laid out like its form: one Descriptions block per section, child tables as tables. */
export function RecordSections({ view, record }: { view: EntityView; record: RecordDto }) {
  return (
    <Flex vertical gap={16}>
      {view.form.sections.map((section) => (
        <SectionView key={section.id} section={section} view={view} record={record} />
      ))}
    </Flex>
  );
}

function SectionView({ section, view, record }: { section: FormSection; view: EntityView; record: RecordDto }) {
  const label = useLabel();
  const format = useFieldFormatter();
  const fields = section.fields.map((id) => findField(view.entity, id)).filter((field): field is FieldDef => !!field && !field.removed);
  const plain = fields.filter((field) => field.type !== 'child_table');
  const tables = fields.filter((field): field is FieldOf<'child_table'> => field.type === 'child_table');
  const columns = Math.min(Math.max(section.columns, 1), 4);
  const stateField = lifecycleField(view.entity);

  return (
    <Card size="small" title={section.title ? label(section.title) : undefined}>
      <Flex vertical gap={16}>
        {plain.length > 0 && (
          <Descriptions
            bordered
            size="small"
            column={{ xs: 1, sm: 1, md: columns, lg: columns, xl: columns, xxl: columns }}
            items={plain.map((field) => ({
              key: field.id,
              label: label(field.label),
              children: field.id === stateField?.id ? <StateTag field={stateField} value={record[field.id]} /> : format(field, record[field.id], record),
            }))}
          />
        )}
        {tables.map((field) => (
          <ChildTableView key={field.id} field={field} view={view} rows={Array.isArray(record[field.id]) ? (record[field.id] as RecordDto[]) : []} />
        ))}
      </Flex>
    </Card>
  );
}

/** Line items read-only: on the detail page, and in the edit form while they may not change. */
export function ChildTableView({ field, view, rows, showTitle = true }: { field: FieldOf<'child_table'>; view: EntityView; rows: RecordDto[]; showTitle?: boolean }) {
  const label = useLabel();
  const format = useFieldFormatter();
  const child = view.related[field.entity];
  const columns: TableColumnsType<RecordDto> = (child ? childColumns(child, view.entity.key) : []).map((column) => ({
    key: column.id,
    dataIndex: column.id,
    title: label(column.label),
    align: column.type === 'money' || column.type === 'number' || ((column.type === 'formula' && column.resultType !== 'text') || column.type === 'rollup') ? 'right' : undefined,
    render: (value: unknown, row: RecordDto) => format(column, value, row),
  }));
  return (
    <section aria-label={label(field.label)}>
      {showTitle && <h4 style={{ margin: '0 0 8px' }}>{label(field.label)}</h4>}
      <Table<RecordDto> size="small" rowKey="id" columns={columns} dataSource={rows} pagination={false} scroll={{ x: 'max-content' }} />
    </section>
  );
}
