'use client';

import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { Flex, Typography, theme } from 'antd';
import { useLocale, useTranslations } from 'next-intl';
import type { Widget } from '@/engine/dashboard';
import type { WidgetDataDto } from '@/engine/dashboard/dashboard-dto';
import { labelText, type Locale } from '@/engine/metadata/keys';
import { formatChange, formatDayRange, formatMeasure, kpiChange, type KpiChange } from './format';
import { measureColumns, percentMeasures } from './widget-columns';

type FigureProps = { label?: string; value: string; change: KpiChange | null; compared: string | null; testId: string };

export function KpiFigure({ label, value, change, compared, testId }: FigureProps) {
  const t = useTranslations('dashboards.widget');
  const locale = useLocale() as Locale;
  const { token } = theme.useToken();
  const color = change?.direction === 'up' ? token.colorSuccess : change?.direction === 'down' ? token.colorError : token.colorTextSecondary;
  const Icon = change?.direction === 'up' ? ArrowUpOutlined : change?.direction === 'down' ? ArrowDownOutlined : MinusOutlined;
  const changeText = change && (change.direction === 'flat' ? t('flat') : t(change.direction, { change: formatChange(change, locale) }));
  return (
    <Flex vertical gap={4} style={{ minWidth: 120 }} data-testid={testId}>
      {label && <Typography.Text type="secondary">{label}</Typography.Text>}
      <span style={{ fontSize: 28, fontWeight: 600, lineHeight: 1.2, fontVariantNumeric: 'tabular-nums' }} data-testid={`${testId}-value`}>
        {value}
      </span>
      {compared !== null && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {change ? (
            <span style={{ color, marginInlineEnd: 6 }} data-testid={`${testId}-change`} data-direction={change.direction}>
              <Icon aria-hidden /> {changeText}
            </span>
          ) : (
            <span style={{ marginInlineEnd: 6 }}>{t('noComparison')}</span>
          )}
          {compared}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** One figure per measure; with `compare`, each with its change against the previous period. */
export function KpiWidget({ widget, data }: { widget: Widget; data: WidgetDataDto }) {
  const t = useTranslations('dashboards.widget');
  const locale = useLocale() as Locale;
  const measures = measureColumns(data.columns);
  const percent = percentMeasures(widget);
  const row = data.rows[0] ?? {};
  const compare = widget.visual.type === 'kpi' && widget.visual.compare;
  const compared = compare ? (data.previousRange ? t('comparedWith', { range: formatDayRange(data.previousRange, locale) }) : '') : null;
  return (
    <Flex wrap gap={24} align="center" style={{ height: '100%' }}>
      {measures.map((measure) => (
        <KpiFigure
          key={measure.key}
          testId={`kpi-${widget.key}-${measure.key}`}
          label={measures.length > 1 ? labelText(measure.label, locale) : undefined}
          value={formatMeasure(row[measure.key] ?? null, measure, locale, { percent: percent.has(measure.key) })}
          change={compare ? kpiChange(row[measure.key] ?? null, data.previous?.[measure.key]) : null}
          compared={compared}
        />
      ))}
    </Flex>
  );
}
