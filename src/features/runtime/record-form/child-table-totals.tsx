'use client';

import { Flex, Table, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import type { EntityView } from '@/engine/contract/api-types';
import type { FieldDef, FieldOf } from '@/engine/metadata/field';
import { columnTotal, totalledColumns } from '@/features/studio/child-table/footer-totals';
import { useFieldFormatter } from '../format-value';
import { useLabel } from '../use-label';
import { liveRollup, rollupsOver } from './live-values';

/** The parent's rollups over this table (order total), recomputed as lines are typed. */
export function ChildTableTotals({ view, childTableId, rows }: { view: EntityView; childTableId: string; rows: Array<Record<string, unknown>> }) {
  const label = useLabel();
  const format = useFieldFormatter();
  const rollups = rollupsOver(view.entity, childTableId);
  if (rollups.length === 0) return null;
  return (
    <Flex gap={16} wrap>
      {rollups.map((rollup) => (
        <span key={rollup.id} data-testid={`live-total-${rollup.id}`}>
          {label(rollup.label)}: <Typography.Text strong>{format(rollup, liveRollup(rollup, rows))}</Typography.Text>
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
export function ColumnTotalsRow({ field, columns, rows }: { field: FieldOf<'child_table'>; columns: FieldDef[]; rows: Array<Record<string, unknown>> }) {
  const t = useTranslations('childTableFooter');
  const format = useFieldFormatter();
  const totalled = new Set(totalledColumns(field, columns).map((column) => column.id));
  if (totalled.size === 0) return null;
  return (
    <Table.Summary.Row>
      <Table.Summary.Cell index={0}>
        <Typography.Text strong>{t('total')}</Typography.Text>
      </Table.Summary.Cell>
      {columns.map((column, index) => (
        <Table.Summary.Cell key={column.id} index={index + 1}>
          {totalled.has(column.id) && (
            <Typography.Text strong data-testid={`column-total-${field.id}-${column.id}`}>
              {format(column, columnTotal(column, rows))}
            </Typography.Text>
          )}
        </Table.Summary.Cell>
      ))}
      <Table.Summary.Cell index={columns.length + 1} />
    </Table.Summary.Row>
  );
}
