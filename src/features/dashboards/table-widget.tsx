'use client';

import { RightOutlined } from '@ant-design/icons';
import { Table, Tooltip, type TableColumnsType } from 'antd';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useMemo } from 'react';
import type { ResultColumn, Widget } from '@/engine/dashboard';
import type { CellValue, WidgetDataDto } from '@/engine/dashboard/dashboard-dto';
import { labelText } from '@/engine/metadata/keys';
import { formatDimension, formatMeasure } from './format';
import { useDimensionContext } from './use-dimension-context';
import { percentMeasures } from './widget-columns';
import { shownColumns } from './widget-table';

type Row = Record<string, CellValue> & { __index: number };

type Props = { widget: Widget; data: WidgetDataDto; height: number; recordsHref?: (row: Record<string, CellValue>) => string };

export function TableWidget({ widget, data, height, recordsHref }: Props) {
  const t = useTranslations('dashboards.widget');
  const ctx = useDimensionContext();
  const rows = useMemo(() => data.rows.map((row, index) => ({ ...row, __index: index })), [data.rows]);
  const columns = useMemo(() => {
    const percent = percentMeasures(widget);
    const cell = (column: ResultColumn, row: Row) =>
      column.role === 'measure' ? formatMeasure(row[column.key] ?? null, column, ctx.locale, { percent: percent.has(column.key) }) : formatDimension(row[column.key] ?? null, column, row, data.columns, ctx);
    const shown: TableColumnsType<Row> = shownColumns(data.columns).map((column) => ({
      key: column.key,
      title: labelText(column.label, ctx.locale),
      align: column.role === 'measure' ? 'right' : 'left',
      render: (_: unknown, row: Row) => cell(column, row),
    }));
    if (recordsHref) {
      shown.push({
        key: '__records',
        width: 40,
        render: (_: unknown, row: Row) => (
          <Tooltip title={t('openRecords')}>
            <Link href={recordsHref(row)} aria-label={t('openRecords')} data-testid={`widget-records-${widget.key}-${row.__index}`}>
              <RightOutlined />
            </Link>
          </Tooltip>
        ),
      });
    }
    return shown;
  }, [widget, data.columns, ctx, recordsHref, t]);
  return (
    <Table<Row>
      size="small"
      rowKey="__index"
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50, size: 'small', showSizeChanger: false } : false}
      scroll={{ y: Math.max(120, height - 48), x: 'max-content' }}
      data-testid={`widget-table-${widget.key}`}
    />
  );
}
