'use client';

import type { EChartsType } from 'echarts/core';
import type { Widget } from '@/engine/dashboard';
import type { CellValue, WidgetDataDto } from '@/engine/dashboard/dashboard-dto';
import { isChartVisual } from './chart-options';
import { ChartWidget } from './chart-widget';
import { KpiWidget } from './kpi-widget';
import { PivotWidget } from './pivot-widget';
import { TableWidget } from './table-widget';

export type WidgetBodyProps = {
  widget: Widget;
  data: WidgetDataDto;
  height: number;
  onPoint?: (value: CellValue, text: string) => void;
  onInstance?: (chart: EChartsType | null) => void;
  recordsHref?: (row: Record<string, CellValue>) => string;
};

/** The widget's data drawn the way its visual says. */
export function WidgetBody({ widget, data, height, onPoint, onInstance, recordsHref }: WidgetBodyProps) {
  const { visual } = widget;
  if (visual.type === 'kpi') return <KpiWidget widget={widget} data={data} />;
  if (visual.type === 'table') return <TableWidget widget={widget} data={data} height={height} recordsHref={recordsHref} />;
  if (visual.type === 'pivot') return <PivotWidget widget={widget} data={data} height={height} />;
  if (isChartVisual(visual)) return <ChartWidget widget={widget} visual={visual} data={data} onPoint={onPoint} onInstance={onInstance} />;
  return null;
}
