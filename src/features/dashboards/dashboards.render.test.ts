import { createElement as h, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it } from 'vitest';
import type { WidgetResultDto } from '@/engine/dashboard/dashboard-dto';
import { messages } from '@/i18n/messages';
import { DashboardCards } from './dashboard-list';
import { KpiWidget } from './kpi-widget';
import { ordersColumn, regionColumn, salesColumn, salesDashboard, widgetData } from './test-data';
import { WidgetCard } from './widget-card';
import type { WidgetState } from './use-dashboard-data';

function render(node: ReactNode, locale: 'en' | 'zh-CN' = 'en'): string {
  return renderToStaticMarkup(h(NextIntlClientProvider, { locale, timeZone: 'UTC', messages: messages[locale], children: node }));
}

const widget = (key: string) => salesDashboard.widgets.find((candidate) => candidate.key === key)!;
const ok = (key: string, data: ReturnType<typeof widgetData>): WidgetResultDto => ({ key, ok: true, data });
const card = (key: string, state: WidgetState, locale: 'en' | 'zh-CN' = 'en') => render(h(WidgetCard, { widget: widget(key), state, height: 300, onRetry: () => {} }), locale);

describe('KPI widget', () => {
  const rate = { key: 'rate', role: 'measure' as const, label: { 'zh-CN': '复购率', en: 'Rate' }, type: 'decimal' as const };
  const aov = { ...salesColumn, key: 'aov', label: { 'zh-CN': '客单价', en: 'AOV' } };
  const data = widgetData({
    columns: [rate, aov],
    rows: [{ rate: '0.2500', aov: '150.00' }],
    previous: { rate: '0.2000', aov: '0' },
    previousRange: { from: '2026-02-15', to: '2026-02-28' },
  });

  it('shows each value with its change against the previous period', () => {
    const markup = render(h(KpiWidget, { widget: widget('repurchase'), data }));
    expect(markup).toMatch(/data-testid="kpi-repurchase-rate-value"[^>]*>25%</);
    expect(markup).toMatch(/data-testid="kpi-repurchase-rate-change" data-direction="up"[^>]*>.*Up \+25%/);
    expect(markup).toMatch(/data-testid="kpi-repurchase-aov-value"[^>]*>CN¥150.00</);
    // From zero there is no percentage, but the rise still shows.
    expect(markup).toContain('Up +∞');
    expect(markup).toContain('vs Feb 15, 2026 – Feb 28, 2026');
  });

  it('speaks Chinese and says when there is nothing to compare with', () => {
    const zh = render(h(KpiWidget, { widget: widget('repurchase'), data: { ...data, rows: [{ rate: '0.1000', aov: '150.00' }], previous: null, previousRange: null } }), 'zh-CN');
    expect(zh).toContain('¥150.00');
    expect(zh).toContain('没有可对比的上一周期');
    const down = render(h(KpiWidget, { widget: widget('repurchase'), data: { ...data, rows: [{ rate: '0.1000', aov: '150.00' }] } }), 'zh-CN');
    expect(down).toMatch(/data-direction="down"[^>]*>.*下降 -50%/);
  });
});

describe('widget card states', () => {
  it('shows a skeleton until the first data arrives', () => {
    const markup = card('by_region', { result: undefined, loading: true, error: undefined });
    expect(markup).toContain('data-testid="widget-loading-by_region"');
    expect(markup).toContain('ant-skeleton');
    expect(markup).toContain('By region');
  });

  it('says there is no data in the range', () => {
    const markup = card('by_region', { result: ok('by_region', widgetData({ columns: [regionColumn, ordersColumn], rows: [] })), loading: false, error: undefined }, 'zh-CN');
    expect(markup).toContain('data-testid="widget-empty-by_region"');
    expect(markup).toContain('该范围内没有数据');
  });

  it('shows a widget’s own error with a retry, leaving the rest of the dashboard alone', () => {
    const failed: WidgetResultDto = { key: 'by_region', ok: false, error: { code: 'forbidden', message: 'You may not read customers' } };
    const markup = card('by_region', { result: failed, loading: false, error: undefined });
    expect(markup).toContain('data-testid="widget-error-by_region"');
    expect(markup).toContain('You may not read customers');
    expect(markup).toContain('Retry');
  });

  it('draws the chart box and a table with its rows when there is data', () => {
    const chart = card('by_region', { result: ok('by_region', widgetData({ columns: [regionColumn, ordersColumn], rows: [{ region: 'east', orders: 3 }] })), loading: false, error: undefined });
    expect(chart).toContain('data-testid="widget-chart-by_region"');
    const table = render(
      h(WidgetCard, {
        widget: widget('by_status'),
        state: { result: ok('by_status', widgetData({ columns: [regionColumn, ordersColumn], rows: [{ region: 'north', orders: 1234 }], truncated: true })), loading: false, error: undefined },
        height: 300,
        onRetry: () => {},
        recordsHref: () => '/r/orders?filter=x',
      }),
    );
    expect(table).toContain('North');
    expect(table).toContain('1,234');
    expect(table).toContain('href="/r/orders?filter=x"');
    expect(table).toContain('By status *');
  });
});

describe('dashboard list', () => {
  it('links each dashboard, or explains that there is none', () => {
    const list = render(h(DashboardCards, { dashboards: [{ key: 'sales-overview', name: { 'zh-CN': '销售概览', en: 'Sales overview' }, description: null, version: 1, widgetCount: 9 }] }), 'zh-CN');
    expect(list).toContain('href="/dashboards/sales-overview"');
    expect(list).toContain('销售概览');
    expect(render(h(DashboardCards, { dashboards: [] }))).toContain('There is no dashboard you can open yet');
  });
});
