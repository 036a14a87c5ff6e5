'use client';

import { ApartmentOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import Link from 'next/link';

/** The studio landing page's way into the workflow designer. */
export function WorkflowsLink() {
  const t = useTranslations('workflows.nav');
  return (
    <Card size="small" data-testid="studio-workflows-link">
      <Flex justify="space-between" align="center" gap={16} wrap>
        <Flex vertical>
          <Typography.Text strong>
            <ApartmentOutlined /> {t('studioLink')}
          </Typography.Text>
          <Typography.Text type="secondary">{t('studioLinkHelp')}</Typography.Text>
        </Flex>
        <Link href="/studio/workflows" data-testid="studio-open-workflows">
          {t('workflows')}
        </Link>
      </Flex>
    </Card>
  );
}
