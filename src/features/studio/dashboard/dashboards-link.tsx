'use client';

import { DashboardOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import Link from 'next/link';

/** The studio landing page's way into the dashboard designer. */
export function DashboardsLink() {
  const t = useTranslations('dashboardStudio.nav');
  return (
    <Card size="small" data-testid="studio-dashboards-link">
      <Flex justify="space-between" align="center" gap={16} wrap>
        <Flex vertical>
          <Typography.Text strong>
            <DashboardOutlined /> {t('studioLink')}
          </Typography.Text>
          <Typography.Text type="secondary">{t('studioLinkHelp')}</Typography.Text>
        </Flex>
        <Link href="/studio/dashboards" data-testid="studio-open-dashboards">
          {t('dashboards')}
        </Link>
      </Flex>
    </Card>
  );
}
