'use client';

import { Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import type { Widget } from '@/engine/dashboard';
import type { WidgetDataDto } from '@/engine/dashboard/dashboard-dto';
import { labelText } from '@/engine/metadata/keys';
import { formatMeasure } from './format';
import { pivotModel, type PivotRow } from './pivot';
import { TableWidget } from './table-widget';
import { useDimensionContext } from './use-dimension-context';
import { measureColumns, percentMeasures } from './widget-columns';

export function PivotWidget({ widget, data, height }: { widget: Widget; data: WidgetDataDto; height: number }) {
  const ctx = useDimensionContext();
  const model = useMemo(() => pivotModel(data, ctx), [data, ctx]);
  const columns = useMemo(() => {
    if (!model) return [];
    const percent = percentMeasures(widget);
    const single = measureColumns(data.columns).length === 1;
    const cell = (key: string, measure: (typeof model.groups)[number]['columns'][number]['measure']) => ({
      key,
      align: 'right' as const,
      render: (_: unknown, row: PivotRow) => formatMeasure(row.cells[key] ?? null, measure, ctx.locale, { percent: percent.has(measure.key) }),
    });
    const side: TableColumnsType<PivotRow>[number] = { key: '__side', title: labelText(model.rowDimension.label, ctx.locale), dataIndex: 'label', fixed: 'left' };
    // One measure: a column per value across the top; several: a group per value, a column per measure.
    const top: TableColumnsType<PivotRow> = model.groups.map((group) =>
      single
        ? { ...cell(group.columns[0].key, group.columns[0].measure), title: group.title }
        : { key: group.key, title: group.title, children: group.columns.map((column) => ({ ...cell(column.key, column.measure), title: labelText(column.measure.label, ctx.locale) })) },
    );
    return [side, ...top];
  }, [model, widget, data.columns, ctx]);
  // Without a second dimension there is nothing to spread across the top: a plain table says the same.
  if (!model) return <TableWidget widget={widget} data={data} height={height} />;
  return (
    <Table<PivotRow>
      size="small"
      bordered
      rowKey="key"
      columns={columns}
      dataSource={model.rows}
      pagination={false}
      scroll={{ y: Math.max(120, height - 48), x: 'max-content' }}
      data-testid={`widget-pivot-${widget.key}`}
    />
  );
}
