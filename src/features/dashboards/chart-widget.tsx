'use client';

import type { ECElementEvent, EChartsType } from 'echarts/core';
import { useCallback, useMemo } from 'react';
import type { Widget } from '@/engine/dashboard';
import type { CellValue, WidgetDataDto } from '@/engine/dashboard/dashboard-dto';
import { chartModel, type ChartVisual } from './chart-options';
import { EChart } from './echart';
import { useDimensionContext } from './use-dimension-context';
import { additiveMeasures, percentMeasures } from './widget-columns';

type Props = {
  widget: Widget;
  visual: ChartVisual;
  data: WidgetDataDto;
  /** A click on a bar or slice, with the raw value of the first dimension and its label. */
  onPoint?: (value: CellValue, text: string) => void;
  onInstance?: (chart: EChartsType | null) => void;
};

export function ChartWidget({ widget, visual, data, onPoint, onInstance }: Props) {
  const ctx = useDimensionContext();
  const model = useMemo(() => chartModel(visual, data, { ...ctx, percent: percentMeasures(widget), additive: additiveMeasures(widget) }), [visual, data, ctx, widget]);
  const onClick = useCallback(
    (event: ECElementEvent) => {
      const value = model?.points[event.dataIndex];
      if (value !== undefined && onPoint) onPoint(value, event.name);
    },
    [model, onPoint],
  );
  if (!model) return null;
  return <EChart option={model.option} onClick={onPoint ? onClick : undefined} onInstance={onInstance} data-testid={`widget-chart-${widget.key}`} />;
}
