import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { ResultColumn, Visual } from '@/engine/dashboard';
import type { CellValue, WidgetDataDto } from '@/engine/dashboard/dashboard-dto';
import { labelText } from '@/engine/metadata/keys';
import { formatDimension, formatMeasure, type DimensionContext } from './format';
import { periodsOf } from './periods';
import { chartNumber, dimensionColumns, measureColumns } from './widget-columns';

export type ChartOption = ComposeOption<LineSeriesOption | BarSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

/** `additive`: measures that are 0, not unknown, for a period without records (counts and sums). */
export type ChartContext = DimensionContext & { percent: Set<string>; additive?: Set<string> };

/**
 * An echarts option and, per category (or slice) index, the raw value of the first dimension, so a
 * click can filter on what the database stores rather than on the label shown.
 */
export type ChartModel = { option: ChartOption; points: CellValue[]; dimension: ResultColumn | null };

export type ChartVisual = Extract<Visual, { type: 'line' | 'bar' | 'stacked_bar' | 'pie' | 'donut' }>;

export function isChartVisual(visual: Visual): visual is ChartVisual {
  return ['line', 'bar', 'stacked_bar', 'pie', 'donut'].includes(visual.type);
}

function valueFormatter(column: ResultColumn, ctx: ChartContext) {
  return (value: unknown) => formatMeasure(value === undefined || Array.isArray(value) ? null : (value as CellValue), column, ctx.locale, { percent: ctx.percent.has(column.key) });
}

/** Categories in the order the server sorted them, each with its label; a date axis gets every period of the range. */
function categories(data: WidgetDataDto, dimension: ResultColumn, ctx: ChartContext, fill = false): { points: CellValue[]; labels: string[] } {
  const points: CellValue[] = [];
  const labels: string[] = [];
  const seen = new Set<CellValue>();
  if (fill && dimension.type === 'date' && dimension.truncate && data.range) {
    for (const period of periodsOf(data.range, dimension.truncate)) {
      seen.add(period);
      points.push(period);
      labels.push(formatDimension(period, dimension, {}, data.columns, ctx));
    }
  }
  for (const row of data.rows) {
    const value = row[dimension.key] ?? null;
    if (seen.has(value)) continue;
    seen.add(value);
    points.push(value);
    labels.push(formatDimension(value, dimension, row, data.columns, ctx));
  }
  return { points, labels };
}

type Series = { name: string; data: Array<number | null>; measure: ResultColumn };

const pairKey = (a: CellValue | undefined, b: CellValue | undefined) => JSON.stringify([a ?? null, b ?? null]);

/** With a second dimension, one series per value of it (first measure); otherwise one per measure. */
function seriesOf(data: WidgetDataDto, points: CellValue[], ctx: ChartContext, stacked: boolean): Series[] {
  const [first, second] = dimensionColumns(data.columns);
  const measures = measureColumns(data.columns);
  // Indexed once: a widget may return thousands of rows and every series looks each point up.
  const byPair = new Map(data.rows.map((row) => [pairKey(row[first.key], second ? row[second.key] : null), row]));
  if (!second) {
    return measures.map((measure) => {
      const missing = ctx.additive?.has(measure.key) ? 0 : null;
      return {
        name: labelText(measure.label, ctx.locale),
        measure,
        data: points.map((point) => {
          const row = byPair.get(pairKey(point, null));
          return row ? chartNumber(row[measure.key]) : missing;
        }),
      };
    });
  }
  const { points: groups, labels } = categories(data, second, ctx);
  const measure = measures[0];
  return groups.map((group, index) => ({
    name: labels[index],
    measure,
    data: points.map((point) => {
      const row = byPair.get(pairKey(point, group));
      // A missing group is zero in a stack (the bars must still add up) and a gap on a line.
      return row ? chartNumber(row[measure.key]) : stacked ? 0 : null;
    }),
  }));
}

function cartesian(visual: Extract<ChartVisual, { type: 'line' | 'bar' | 'stacked_bar' }>, data: WidgetDataDto, ctx: ChartContext): ChartModel {
  const dimension = dimensionColumns(data.columns)[0] ?? null;
  const { points, labels } = dimension ? categories(data, dimension, ctx, true) : { points: [null], labels: [''] };
  const stacked = visual.type === 'stacked_bar';
  const horizontal = visual.type !== 'line' && visual.horizontal === true;
  const series = dimension ? seriesOf(data, points, ctx, stacked) : measureColumns(data.columns).map((measure) => ({ name: labelText(measure.label, ctx.locale), measure, data: [chartNumber(data.rows[0]?.[measure.key])] }));
  const compact = new Intl.NumberFormat(ctx.locale, { notation: 'compact', maximumFractionDigits: 1 });
  const percentAxis = series.every((item) => ctx.percent.has(item.measure.key));
  // Top N lists read from the top: the first category goes at the top of a horizontal chart.
  const categoryAxis = { type: 'category' as const, data: labels, inverse: horizontal, axisLabel: { hideOverlap: true } };
  const valueAxis = { type: 'value' as const, axisLabel: { formatter: (value: number) => (percentAxis ? `${Math.round(value * 100)}%` : compact.format(value)) } };
  return {
    points,
    dimension,
    option: {
      grid: { left: 8, right: 16, top: series.length > 1 ? 36 : 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', confine: true },
      legend: { show: series.length > 1, type: 'scroll', top: 0 },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: series.map((item) =>
        visual.type === 'line'
          ? { type: 'line', name: item.name, data: item.data, smooth: visual.smooth ?? false, showSymbol: item.data.length <= 31, connectNulls: false, ...(visual.area ? { areaStyle: {} } : {}), tooltip: { valueFormatter: valueFormatter(item.measure, ctx) } }
          : { type: 'bar', name: item.name, data: item.data, ...(stacked ? { stack: 'total' } : {}), barMaxWidth: 48, tooltip: { valueFormatter: valueFormatter(item.measure, ctx) } },
      ),
    },
  };
}

function pie(visual: Extract<ChartVisual, { type: 'pie' | 'donut' }>, data: WidgetDataDto, ctx: ChartContext): ChartModel {
  const dimension = dimensionColumns(data.columns)[0] ?? null;
  const measure = measureColumns(data.columns)[0];
  const rows = dimension ? data.rows : data.rows.slice(0, 1);
  const points = rows.map((row) => (dimension ? (row[dimension.key] ?? null) : null));
  const format = valueFormatter(measure, ctx);
  return {
    points,
    dimension,
    option: {
      tooltip: { trigger: 'item', confine: true, valueFormatter: format },
      legend: { type: 'scroll', bottom: 0 },
      series: [
        {
          type: 'pie',
          name: labelText(measure.label, ctx.locale),
          radius: visual.type === 'donut' ? ['45%', '70%'] : '70%',
          center: ['50%', '45%'],
          label: { formatter: '{b}: {d}%' },
          data: rows.map((row) => ({ name: dimension ? formatDimension(row[dimension.key] ?? null, dimension, row, data.columns, ctx) : labelText(measure.label, ctx.locale), value: chartNumber(row[measure.key]) ?? 0 })),
        },
      ],
    },
  };
}

/** What echarts draws for a chart widget; `null` when there is nothing to draw (the empty state). */
export function chartModel(visual: ChartVisual, data: WidgetDataDto, ctx: ChartContext): ChartModel | null {
  if (data.rows.length === 0 || measureColumns(data.columns).length === 0) return null;
  return visual.type === 'pie' || visual.type === 'donut' ? pie(visual, data, ctx) : cartesian(visual, data, ctx);
}
