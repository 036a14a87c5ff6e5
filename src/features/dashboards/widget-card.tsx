'use client';

import { WarningOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Skeleton, Tooltip, Typography } from 'antd';
import type { EChartsType } from 'echarts/core';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { Widget } from '@/engine/dashboard';
import { useLabel } from '@/features/runtime/use-label';
import type { WidgetState } from './use-dashboard-data';
import { WidgetBody, type WidgetBodyProps } from './widget-body';
import { WidgetMenu } from './widget-menu';

/** A small card's header; the body gets the rest of the widget's grid cell. */
const HEADER_HEIGHT = 40;

type Props = Pick<WidgetBodyProps, 'onPoint' | 'recordsHref'> & { widget: Widget; state: WidgetState; height: number; onRetry: () => void };

/** One widget with its own loading, empty and error states, so one failure leaves the others readable. */
export function WidgetCard({ widget, state, height, onRetry, onPoint, recordsHref }: Props) {
  const t = useTranslations('dashboards.widget');
  const label = useLabel();
  const [chart, setChart] = useState<EChartsType | null>(null);
  const title = label(widget.title);
  const { result, loading, error } = state;
  const data = result?.ok ? result.data : undefined;
  const failure = error?.message ?? (result && !result.ok ? result.error.message : undefined);
  const bodyHeight = height - HEADER_HEIGHT;
  const empty = data && data.rows.length === 0 && widget.visual.type !== 'kpi';

  let body;
  if (failure !== undefined && !loading) {
    body = (
      <Flex vertical align="center" justify="center" gap={8} style={{ height: '100%', textAlign: 'center' }} data-testid={`widget-error-${widget.key}`}>
        <Typography.Text type="danger">
          <WarningOutlined /> {t('error')}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>{failure}</Typography.Text>
        <Button size="small" onClick={onRetry}>{t('retry')}</Button>
      </Flex>
    );
  } else if (!data) {
    body = (
      <div data-testid={`widget-loading-${widget.key}`} aria-busy="true">
        <Skeleton active title={false} paragraph={{ rows: Math.max(1, Math.min(6, Math.floor(bodyHeight / 40))) }} />
      </div>
    );
  } else if (empty) {
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('empty')} style={{ margin: 'auto' }} data-testid={`widget-empty-${widget.key}`} />;
  } else {
    body = <WidgetBody widget={widget} data={data} height={bodyHeight} onPoint={onPoint} onInstance={setChart} recordsHref={recordsHref} />;
  }

  return (
    <Card
      size="small"
      title={
        <Tooltip title={data?.truncated ? t('truncated', { count: data.rows.length }) : undefined}>
          <span>{title}{data?.truncated ? ' *' : ''}</span>
        </Tooltip>
      }
      extra={<WidgetMenu widgetKey={widget.key} title={title} data={data} chart={empty ? null : chart} />}
      style={{ height, display: 'flex', flexDirection: 'column' }}
      styles={{ body: { flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', opacity: loading && data ? 0.6 : 1, transition: 'opacity 0.2s' } }}
      data-testid={`widget-${widget.key}`}
      data-loading={loading ? 'true' : 'false'}
    >
      {body}
    </Card>
  );
}
