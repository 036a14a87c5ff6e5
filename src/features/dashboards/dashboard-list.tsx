'use client';

import { DashboardOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Row, Skeleton, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import type { DashboardSummaryDto } from '@/engine/dashboard/dashboard-dto';
import { ApiErrorResult } from '@/features/runtime/api-error-result';
import { useApiQuery } from '@/features/runtime/use-api-query';
import { useLabel } from '@/features/runtime/use-label';

export function DashboardCards({ dashboards }: { dashboards: DashboardSummaryDto[] }) {
  const t = useTranslations('dashboards');
  const label = useLabel();
  if (dashboards.length === 0) return <Empty description={t('empty')} data-testid="dashboards-empty" />;
  return (
    <Row gutter={[16, 16]} data-testid="dashboards-list">
      {dashboards.map((dashboard) => (
        <Col key={dashboard.key} xs={24} sm={12} lg={8}>
          <Link href={`/dashboards/${encodeURIComponent(dashboard.key)}`} data-testid={`dashboard-link-${dashboard.key}`}>
            <Card size="small" hoverable>
              <Card.Meta avatar={<DashboardOutlined style={{ fontSize: 24 }} />} title={label(dashboard.name)} description={dashboard.description ? label(dashboard.description) : undefined} />
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
}

/** The dashboards the signed-in user may open (the server leaves out the others). */
export function DashboardList() {
  const t = useTranslations('dashboards');
  const list = useApiQuery<{ data: DashboardSummaryDto[] }>('/api/v1/dashboards');
  return (
    <div>
      <Typography.Title level={3}>{t('title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      {list.error ? <ApiErrorResult error={list.error} onRetry={list.reload} /> : list.data ? <DashboardCards dashboards={list.data.data} /> : <Skeleton active />}
    </div>
  );
}
