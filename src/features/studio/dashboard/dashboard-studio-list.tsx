'use client';

import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import { useLabel } from '@/features/runtime/use-label';
import { CreateDashboardModal } from './create-dashboard-modal';
import type { DashboardDesignSummaryDto } from './dashboard-studio-api';

/** Every dashboard, drafts included (loaded by the page on the server), and the way to create one. */
export function DashboardStudioList({ dashboards }: { dashboards: DashboardDesignSummaryDto[] }) {
  const t = useTranslations('dashboardStudio.list');
  const label = useLabel();
  const [creating, setCreating] = useState(false);
  return (
    <Flex vertical gap={16} data-testid="dd-list">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <Flex gap={8} align="center">
          <Link href="/studio">{t('backToStudio')}</Link>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="dd-create">
            {t('create')}
          </Button>
        </Flex>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('intro')}
      </Typography.Paragraph>
      <Table<DashboardDesignSummaryDto>
        rowKey="key"
        dataSource={dashboards}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: <Empty description={t('empty')} /> }}
        columns={[
          { key: 'name', title: t('name'), render: (_, row) => <Link href={`/studio/dashboards/${row.key}`} data-testid={`dd-open-${row.key}`}>{label(row.name)}</Link> },
          { key: 'key', title: t('key'), dataIndex: 'key' },
          { key: 'widgets', title: t('widgets'), dataIndex: 'widgetCount' },
          {
            key: 'status',
            title: t('status'),
            render: (_, row) => (
              <Flex gap={4} wrap>
                {row.publishedVersion !== null ? <Tag color="green">{t('published', { version: row.publishedVersion })}</Tag> : <Tag>{t('unpublished')}</Tag>}
                {row.hasDraft && <Tag color="orange">{t('draft')}</Tag>}
              </Flex>
            ),
          },
          { key: 'updated', title: t('updatedAt'), render: (_, row) => dayjs(row.updatedAt).format('YYYY-MM-DD HH:mm') },
        ]}
      />
      <CreateDashboardModal open={creating} takenKeys={dashboards.map((row) => row.key)} onClose={() => setCreating(false)} />
    </Flex>
  );
}
