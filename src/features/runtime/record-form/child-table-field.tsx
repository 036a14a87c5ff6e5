'use client';

import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Table, type TableColumnsType, type TableProps } from 'antd';
import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useFieldArray, useFormContext, useFormState } from 'react-hook-form';
import type { EntityView } from '@/engine/contract/api-types';
import { isComputed, type FieldDef, type FieldOf } from '@/engine/metadata/field';
import { reservationOf } from '../stock/reservation-meta';
import { useLabel } from '../use-label';
import { cellId, LineFormulaCell, LineInputCell, LineQuantityCell, type LineCellProps } from './child-table-cells';
import { CellStandIn, LineNumber, LineSlot } from './child-table-slots';
import { ChildTableTotals, ColumnTotalsRow } from './child-table-totals';
import { createLineWindow, isWindowed } from './child-table-window';
import { useLineWindowing } from './child-table-windowing';
import { useFieldLogic, useRuleContext } from './form-logic-context';
import { childColumns, emptyChildRow, type ChildRow, type FormValues } from './form-values';
import { LineAvailabilityProvider } from './line-availability';

type Row = ChildRow & { id: string };

/**
 * A keystroke in one line repaints that line only: the body is a compositing layer of its own and
 * each line its own stacking context, so a long table is not repainted and re-layered as a whole
 * (with 200 lines, painting a keystroke went from ~40 ms to ~12 ms). Nothing changes on screen.
 */
const LINE_TABLE_STYLES = { body: { wrapper: { willChange: 'transform' }, row: { isolation: 'isolate' } } } satisfies TableProps<Row>['styles'];

type Props = {
  field: FieldOf<'child_table'>;
  view: EntityView;
  /** Changes when the server reported a stock shortage, so the shown availability is read again. */
  stockRefresh?: number;
};

/**
 * The table's label, required mark and its own error (no lines while lines are required). It
 * follows the table's errors by itself, so a message appearing re-renders this frame, not the lines.
 */
function TableFrame({ field, required, frameRef, children }: { field: FieldOf<'child_table'>; required: boolean; frameRef: RefObject<HTMLDivElement | null>; children: ReactNode }) {
  const label = useLabel();
  const { errors } = useFormState<FormValues>({ name: field.id });
  const rootError = (errors[field.id] as { root?: { message?: string } } | undefined)?.root?.message;
  const fieldLabel = label(field.label);
  return (
    <Form.Item label={fieldLabel} required={required} validateStatus={rootError ? 'error' : undefined} help={rootError} extra={field.help ? label(field.help) : undefined}>
      <div ref={frameRef} id={`field-${field.id}`} role="group" aria-label={fieldLabel}>
        {children}
      </div>
    </Form.Item>
  );
}

/**
 * Line items edited in place: one row per child record, one cell widget per child field. Formula
 * cells and totals follow the typing; a picked item fills the cells that copy from it and shows
 * what is still available of it. The table itself renders only when lines are added or removed:
 * each cell and total follows the values it shows by itself.
 */
export function ChildTableField({ field, view, stockRefresh = 0 }: Props) {
  const t = useTranslations('form');
  const label = useLabel();
  const { control } = useFormContext<FormValues>();
  const child = view.related[field.entity];
  const parentKey = view.entity.key;
  const columns = useMemo(() => (child ? childColumns(child, parentKey) : []), [child, parentKey]);
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
  const reservation = reservationOf(view.entity, field.id);
  // Past WINDOW_THRESHOLD lines only the lines near the screen mount their inputs (child-table-window.ts).
  const windowed = isWindowed(rows.length);
  const [lineWindow] = useState(createLineWindow);
  const frameRef = useRef<HTMLDivElement>(null);
  useLineWindowing(frameRef, lineWindow, windowed, rows.length);

  const tableColumns = useMemo((): TableColumnsType<Row> => {
    const cell = (props: LineCellProps) => {
      if (props.column.type === 'formula') return <LineFormulaCell {...props} />;
      if (props.reservation && props.reservation.source.quantity === props.column.id) return <LineQuantityCell {...props} reservation={props.reservation} />;
      return <LineInputCell {...props} />;
    };
    const slot = (index: number, content: ReactNode, column?: FieldDef) => {
      if (!windowed) return content;
      if (!column) return <LineSlot lineWindow={lineWindow} index={index}>{content}</LineSlot>;
      const id = cellId(column, index);
      // A formula has no input to check or focus; every other cell keeps its stand-in while away.
      const standIn = column.type === 'formula' ? undefined : <CellStandIn column={column} name={`${field.id}.${index}.${column.id}`} index={index} cellId={id} lineWindow={lineWindow} />;
      return <LineSlot lineWindow={lineWindow} index={index} cellId={id} standIn={standIn}>{content}</LineSlot>;
    };
    return [
      { key: '#', title: '#', width: 48, render: (_value, _row, index) => (windowed ? <LineNumber lineWindow={lineWindow} index={index} /> : index + 1) },
      ...columns.map((column) => ({
        key: column.id,
        title: (
          <span>
            {column.required && !isComputed(column) && <span aria-hidden style={{ color: '#ff4d4f', marginInlineEnd: 4 }}>*</span>}
            {label(column.label)}
          </span>
        ),
        onCell: () => ({ style: { minWidth: column.type === 'long_text' ? 240 : column.type === 'relation' ? 220 : 160, verticalAlign: 'top' as const } }),
        render: (_value: unknown, row: Row, index: number) =>
          child &&
          slot(index, cell({ view, child, tableId: field.id, index, column, ariaLabel: `${label(column.label)} #${index + 1}`, displayLabel: row._display?.[column.id], reservation }), column),
      })),
      {
        key: 'remove',
        width: 56,
        render: (_value, _row, index) =>
          slot(index, <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('removeRow', { index: index + 1 })} onClick={() => remove(index)} data-testid={`remove-row-${field.id}-${index}`} />),
      },
    ];
  }, [columns, child, view, field.id, reservation, label, t, remove, windowed, lineWindow]);

  const table = (
    <Table<Row>
      size="small"
      rowKey="id"
      columns={tableColumns}
      dataSource={rows as Row[]}
      pagination={false}
      scroll={{ x: 'max-content' }}
      styles={LINE_TABLE_STYLES}
      locale={{ emptyText: t('noRows') }}
      summary={() => <ColumnTotalsRow view={view} field={field} columns={columns} />}
      footer={() => (
        <Flex justify="space-between" align="center" wrap gap={8}>
          {/* Focus stays on the button, as it always has: react-hook-form would move it into the new line now that inputs give it a focus target. */}
          <Button icon={<PlusOutlined />} onClick={() => append(emptyChildRow(columns, ruleContext) as never, { shouldFocus: false })} data-testid={`add-row-${field.id}`}>
            {t('addRow')}
          </Button>
          <ChildTableTotals view={view} childTableId={field.id} />
        </Flex>
      )}
    />
  );

  return (
    <TableFrame field={field} required={required} frameRef={frameRef}>
      {reservation ? (
        <LineAvailabilityProvider view={view} tableId={field.id} reservation={reservation} stockRefresh={stockRefresh}>
          {table}
        </LineAvailabilityProvider>
      ) : (
        table
      )}
    </TableFrame>
  );
}
