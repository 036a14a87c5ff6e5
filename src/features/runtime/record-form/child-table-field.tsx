'use client';

import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Table, type TableColumnsType } from 'antd';
import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import type { EntityView, RecordDto } from '@/engine/contract/api-types';
import { isComputed, type FieldDef, type FieldOf } from '@/engine/metadata/field';
import { copiedTargetFields, copySiblings, demandByKey, reservationOf } from '../stock/reservation-meta';
import { useAvailability } from '../stock/use-availability';
import { useLabel } from '../use-label';
import { ComputedWidget } from '../widgets/computed-widget';
import type { RelationExtras } from '../widgets/relation-select';
import { ChildTableTotals, ColumnTotalsRow } from './child-table-totals';
import { FieldControl } from './field-control';
import { useFieldLogic, useRuleContext } from './form-logic-context';
import { childColumns, emptyChildRow, type ChildRow, type FormValues } from './form-values';
import { LineStockHint } from './line-stock-hint';
import { useLiveRows } from './use-live-rows';

type Row = ChildRow & { id: string };
type Props = {
  field: FieldOf<'child_table'>;
  view: EntityView;
  /** Changes when the server reported a stock shortage, so the shown availability is read again. */
  stockRefresh?: number;
};

const ignore = () => undefined;

/**
 * Line items edited in place: one row per child record, one cell widget per child field. Formula
 * cells and totals follow the typing; a picked item fills the cells that copy from it and shows
 * what is still available of it.
 */
export function ChildTableField({ field, view, stockRefresh = 0 }: Props) {
  const t = useTranslations('form');
  const label = useLabel();
  const { control, formState, setValue } = useFormContext<FormValues>();
  const child = view.related[field.entity];
  const columns = child ? childColumns(child, view.entity.key) : [];
  const { required } = useFieldLogic(field, field.id);
  const ruleContext = useRuleContext();
  // useFieldArray keeps the rules it was first given; "required when" changes with other fields, so the check reads the latest.
  const requiredNow = useRef(required);
  useEffect(() => {
    requiredNow.current = required;
  }, [required]);
  const { fields: rows, append, remove } = useFieldArray({
    control,
    name: field.id as never,
    rules: { validate: (value: unknown) => !requiredNow.current || (Array.isArray(value) && value.length > 0) || t('atLeastOneRow') },
  });
  const live = useLiveRows(view, field.id);
  const reservation = reservationOf(view.entity, field.id);
  const availability = useAvailability(reservation?.target, reservation ? live.map((row) => String(row[reservation.source.key] ?? '')) : []);
  const demand = reservation ? demandByKey(live, reservation) : new Map<string, number>();
  const reloadAvailability = availability.reload;
  useEffect(() => {
    if (stockRefresh > 0) reloadAvailability();
  }, [stockRefresh, reloadAvailability]);

  const rootError = (formState.errors[field.id] as { root?: { message?: string }; message?: string } | undefined)?.root?.message;
  const fieldLabel = label(field.label);

  function relationExtras(column: FieldOf<'relation'>, index: number): RelationExtras {
    const siblings = child ? copySiblings(child, column.id) : [];
    return {
      extraFields: child ? copiedTargetFields(child, column.id, view.related[column.entity]) : [],
      stockTarget: reservation?.source.key === column.id ? reservation.target : undefined,
      // Display only: the server takes its own snapshot when it saves the line.
      onRecordPicked: siblings.length
        ? (record: RecordDto | null) =>
            siblings.forEach((sibling) => {
              const path: string = `${field.id}.${index}.${sibling.id}`;
              setValue(path, record?.[sibling.copyFrom.field] ?? null, { shouldDirty: true });
            })
        : undefined,
    };
  }

  function cell(column: FieldDef, row: Row, index: number) {
    const id = `field-${column.id}-${index}`;
    const ariaLabel = `${label(column.label)} #${index + 1}`;
    if (column.type === 'formula') return <ComputedWidget id={id} field={column} value={live[index]?.[column.id]} onChange={ignore} ariaLabel={ariaLabel} />;
    const key = reservation ? String(live[index]?.[reservation.source.key] ?? '') : '';
    const hint = key && reservation?.source.quantity === column.id ? <LineStockHint available={availability.get(key)} requested={demand.get(key) ?? 0} testId={`stock-hint-${index}`} /> : undefined;
    return (
      <FieldControl
        compact
        field={column}
        name={`${field.id}.${index}.${column.id}`}
        id={id}
        ariaLabel={ariaLabel}
        target={column.type === 'relation' ? view.related[column.entity] : undefined}
        displayLabel={row._display?.[column.id]}
        relation={column.type === 'relation' ? relationExtras(column, index) : undefined}
        hint={hint}
      />
    );
  }

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
      onCell: () => ({ style: { minWidth: column.type === 'long_text' ? 240 : column.type === 'relation' ? 220 : 160, verticalAlign: 'top' as const } }),
      render: (_value: unknown, row: Row, index: number) => cell(column, row, index),
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
    <Form.Item label={fieldLabel} required={required} validateStatus={rootError ? 'error' : undefined} help={rootError} extra={field.help ? label(field.help) : undefined}>
      <div id={`field-${field.id}`} role="group" aria-label={fieldLabel}>
        <Table<Row>
          size="small"
          rowKey="id"
          columns={tableColumns}
          dataSource={rows as Row[]}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('noRows') }}
          summary={() => <ColumnTotalsRow field={field} columns={columns} rows={live} />}
          footer={() => (
            <Flex justify="space-between" align="center" wrap gap={8}>
              <Button icon={<PlusOutlined />} onClick={() => append(emptyChildRow(columns, ruleContext) as never)} data-testid={`add-row-${field.id}`}>
                {t('addRow')}
              </Button>
              <ChildTableTotals view={view} childTableId={field.id} rows={live} />
            </Flex>
          )}
        />
      </div>
    </Form.Item>
  );
}
