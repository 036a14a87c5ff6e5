'use client';

import { memo, useMemo, type ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { EntityView, RecordDto } from '@/engine/contract/api-types';
import type { EntityDef } from '@/engine/metadata/entity';
import type { FieldDef } from '@/engine/metadata/field';
import type { Reservation } from '@/engine/metadata/lifecycle';
import { copiedTargetFields, copySiblings } from '../stock/reservation-meta';
import { ComputedWidget } from '../widgets/computed-widget';
import type { RelationExtras } from '../widgets/relation-select';
import { FieldControl } from './field-control';
import type { FormValues } from './form-values';
import { LineStockHintFor } from './line-availability';
import { liveChildRows } from './live-values';

/**
 * The cells of one child-table line. Each is memoised on plain props and subscribes to its own
 * line only, so a keystroke renders the cell typed into and the cells that read it (its line's
 * formulas, its item's stock hints), never the whole table.
 */
export type LineCellProps = {
  view: EntityView;
  child: EntityDef;
  tableId: string;
  index: number;
  column: FieldDef;
  ariaLabel: string;
  displayLabel?: string | null;
  reservation?: Reservation;
};

const ignore = () => undefined;
/** The id of a line cell's input: `field-qty-11` for the quantity of line 12. */
export const cellId = (column: FieldDef, index: number) => `field-${column.id}-${index}`;

/** A formula of the line, computed by the engine as its values are typed. */
export const LineFormulaCell = memo(function LineFormulaCell({ child, tableId, index, column, ariaLabel }: LineCellProps) {
  const value = useWatch<FormValues>({ name: `${tableId}.${index}`, compute: (row: unknown) => liveChildRows(child, [row])[0]?.[column.id] });
  return <ComputedWidget id={cellId(column, index)} field={column} value={value} onChange={ignore} ariaLabel={ariaLabel} />;
});

function useRelationExtras({ view, child, tableId, index, column, reservation }: LineCellProps): RelationExtras | undefined {
  const { setValue } = useFormContext<FormValues>();
  return useMemo(() => {
    if (column.type !== 'relation') return undefined;
    const siblings = copySiblings(child, column.id);
    return {
      extraFields: copiedTargetFields(child, column.id, view.related[column.entity]),
      stockTarget: reservation?.source.key === column.id ? reservation.target : undefined,
      // Display only: the server takes its own snapshot when it saves the line.
      onRecordPicked: siblings.length
        ? (record: RecordDto | null) =>
            siblings.forEach((sibling) => {
              const path: string = `${tableId}.${index}.${sibling.id}`;
              setValue(path, record?.[sibling.copyFrom.field] ?? null, { shouldDirty: true });
            })
        : undefined,
    };
  }, [view, child, tableId, index, column, reservation, setValue]);
}

/** An input of the line, bound to react-hook-form with its own validation and error message. */
export const LineInputCell = memo(function LineInputCell(props: LineCellProps & { hint?: ReactNode }) {
  const { view, tableId, index, column, ariaLabel, displayLabel, hint } = props;
  const relation = useRelationExtras(props);
  return (
    <FieldControl
      compact
      field={column}
      name={`${tableId}.${index}.${column.id}`}
      id={cellId(column, index)}
      ariaLabel={ariaLabel}
      target={column.type === 'relation' ? view.related[column.entity] : undefined}
      displayLabel={displayLabel}
      relation={relation}
      hint={hint}
    />
  );
});

/** The line's reserved quantity: its input with what is still available of the line's item below it. */
export const LineQuantityCell = memo(function LineQuantityCell(props: LineCellProps & { reservation: Reservation }) {
  const { view, tableId, index, reservation } = props;
  const key = useWatch<FormValues>({ name: `${tableId}.${index}.${reservation.source.key}` });
  const stockKey = key === null || key === undefined ? '' : String(key);
  const hint = stockKey ? <LineStockHintFor view={view} tableId={tableId} reservation={reservation} stockKey={stockKey} testId={`stock-hint-${index}`} /> : undefined;
  return <LineInputCell {...props} hint={hint} />;
});
