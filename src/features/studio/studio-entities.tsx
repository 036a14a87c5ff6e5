'use client';

import { Alert, Card, Flex, List, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import type { EntityView } from '@/engine/contract/api-types';
import { useApiQuery } from '@/features/runtime/use-api-query';
import { useLabel } from '@/features/runtime/use-label';

export function StudioEntities() {
  const t = useTranslations('studio');
  const label = useLabel();
  const entities = useApiQuery<{ data: EntityView[] }>('/api/v1/entities');
  // Line-item entities are designed through their parent's form, so only top-level ones are listed.
  const topLevel = (entities.data?.data ?? []).filter((view) => !view.entity.parent);

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      {entities.error && <Alert type="error" showIcon title={entities.error.message} />}
      <List
        loading={entities.loading}
        dataSource={topLevel}
        locale={{ emptyText: t('empty') }}
        renderItem={(view) => (
          <Card size="small" style={{ marginBottom: 12 }} data-testid={`studio-entity-${view.entity.key}`}>
            <Flex justify="space-between" align="center" gap={16}>
              <Typography.Text strong>
                {label(view.entity.label)} <Typography.Text type="secondary">{view.entity.key}</Typography.Text>
              </Typography.Text>
              <Link href={`/studio/${view.entity.key}`} data-testid={`studio-open-${view.entity.key}`}>
                {t('open')}
              </Link>
            </Flex>
          </Card>
        )}
      />
    </Flex>
  );
}
