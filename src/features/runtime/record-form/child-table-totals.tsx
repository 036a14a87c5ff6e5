'use client';

import { Flex, Table, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import type { EntityView } from '@/engine/contract/api-types';
import type { FieldDef, FieldOf } from '@/engine/metadata/field';
import { columnTotal, totalledColumns } from '@/features/studio/child-table/footer-totals';
import { useFieldFormatter } from '../format-value';
import { useLabel } from '../use-label';
import { liveRollup, rollupsOver } from './live-values';
import { useLiveRowsValue } from './use-live-rows';

/** One rollup's live value as text: the only part of the totals that renders as lines are typed. */
function LiveRollupText({ view, childTableId, rollup }: { view: EntityView; childTableId: string; rollup: FieldOf<'rollup'> }) {
  const format = useFieldFormatter();
  return format(rollup, useLiveRowsValue(view, childTableId, (rows) => liveRollup(rollup, rows)));
}

/** The parent's rollups over this table (order total), recomputed as lines are typed. */
export function ChildTableTotals({ view, childTableId }: { view: EntityView; childTableId: string }) {
  const label = useLabel();
  const rollups = rollupsOver(view.entity, childTableId);
  if (rollups.length === 0) return null;
  return (
    <Flex gap={16} wrap>
      {rollups.map((rollup) => (
        <span key={rollup.id} data-testid={`live-total-${rollup.id}`}>
          {label(rollup.label)}: <Typography.Text strong><LiveRollupText view={view} childTableId={childTableId} rollup={rollup} /></Typography.Text>
        </span>
      ))}
    </Flex>
  );
}

/**
 * A footer row under the table with the sum of each column the designer marked for a total
 * (`footerTotals` on the child_table field), beneath that column. Nothing when none is marked.
 * Cell 0 is the row-number column; the last one, the remove buttons.
 */
export function ColumnTotalsRow({ view, field, columns }: { view: EntityView; field: FieldOf<'child_table'>; columns: FieldDef[] }) {
  const t = useTranslations('childTableFooter');
  const format = useFieldFormatter();
  const totalled = totalledColumns(field, columns);
  const totals = useLiveRowsValue(view, field.id, (rows) => (totalled.length === 0 ? null : Object.fromEntries(totalled.map((column) => [column.id, columnTotal(column, rows)]))));
  if (!totals) return null;
  return (
    <Table.Summary.Row>
      <Table.Summary.Cell index={0}>
        <Typography.Text strong>{t('total')}</Typography.Text>
      </Table.Summary.Cell>
      {columns.map((column, index) => (
        <Table.Summary.Cell key={column.id} index={index + 1}>
          {Object.hasOwn(totals, column.id) && (
            <Typography.Text strong data-testid={`column-total-${field.id}-${column.id}`}>
              {format(column, totals[column.id])}
            </Typography.Text>
          )}
        </Table.Summary.Cell>
      ))}
      <Table.Summary.Cell index={columns.length + 1} />
    </Table.Summary.Row>
  );
}
