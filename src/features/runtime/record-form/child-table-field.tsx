'use client';

import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Table, type TableColumnsType } from 'antd';
import { useTranslations } from 'next-intl';
import { useFieldArray, useFormContext } from 'react-hook-form';
import type { EntityView } from '@/engine/contract/api-types';
import { isComputed, type FieldOf } from '@/engine/metadata/field';
import { useLabel } from '../use-label';
import { FieldControl } from './field-control';
import { childColumns, emptyChildRow, type ChildRow, type FormValues } from './form-values';

type Row = ChildRow & { id: string };

/** Line items edited in place: one row per child record, one cell widget per child field. */
export function ChildTableField({ field, view }: { field: FieldOf<'child_table'>; view: EntityView }) {
  const t = useTranslations('form');
  const label = useLabel();
  const { control, formState } = useFormContext<FormValues>();
  const child = view.related[field.entity];
  const columns = child ? childColumns(child, view.entity.key) : [];
  const { fields: rows, append, remove } = useFieldArray({
    control,
    name: field.id as never,
    rules: field.required ? { validate: (value: unknown) => (Array.isArray(value) && value.length > 0) || t('atLeastOneRow') } : undefined,
  });
  const rootError = (formState.errors[field.id] as { root?: { message?: string }; message?: string } | undefined)?.root?.message;
  const fieldLabel = label(field.label);

  const tableColumns: TableColumnsType<Row> = [
    { key: '#', title: '#', width: 48, render: (_value, _row, index) => index + 1 },
    ...columns.map((column) => ({
      key: column.id,
      title: (
        <span>
          {column.required && !isComputed(column) && <span aria-hidden style={{ color: '#ff4d4f', marginInlineEnd: 4 }}>*</span>}
          {label(column.label)}
        </span>
      ),
      onCell: () => ({ style: { minWidth: column.type === 'long_text' ? 240 : 160, verticalAlign: 'top' as const } }),
      render: (_value: unknown, row: Row, index: number) => (
        <FieldControl
          compact
          field={column}
          name={`${field.id}.${index}.${column.id}`}
          id={`field-${column.id}-${index}`}
          ariaLabel={`${label(column.label)} #${index + 1}`}
          target={column.type === 'relation' ? view.related[column.entity] : undefined}
          displayLabel={row._display?.[column.id]}
        />
      ),
    })),
    {
      key: 'remove',
      width: 56,
      render: (_value, _row, index) => (
        <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('removeRow', { index: index + 1 })} onClick={() => remove(index)} data-testid={`remove-row-${field.id}-${index}`} />
      ),
    },
  ];

  return (
    <Form.Item label={fieldLabel} required={field.required} validateStatus={rootError ? 'error' : undefined} help={rootError} extra={field.help ? label(field.help) : undefined}>
      <div id={`field-${field.id}`} role="group" aria-label={fieldLabel}>
        <Table<Row>
          size="small"
          rowKey="id"
          columns={tableColumns}
          dataSource={rows as Row[]}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('noRows') }}
          footer={() => (
            <Button icon={<PlusOutlined />} onClick={() => append(emptyChildRow(columns) as never)} data-testid={`add-row-${field.id}`}>
              {t('addRow')}
            </Button>
          )}
        />
      </div>
    </Form.Item>
  );
}
