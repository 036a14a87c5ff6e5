'use client';

import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import type { EntityView } from '@/engine/contract/api-types';
import { useApiQuery } from '@/features/runtime/use-api-query';
import { useLabel } from '@/features/runtime/use-label';
import { CreateWorkflowModal } from './create-workflow-modal';
import { WORKFLOWS_PATH, type WorkflowSummary } from './workflow-api';

export function WorkflowList() {
  const t = useTranslations('workflows');
  const label = useLabel();
  const workflows = useApiQuery<{ data: WorkflowSummary[] }>(WORKFLOWS_PATH);
  const entities = useApiQuery<{ data: EntityView[] }>('/api/v1/entities');
  const [creating, setCreating] = useState(false);
  const entityViews = entities.latest?.data ?? [];
  const entityName = (key: string) => {
    const view = entityViews.find((candidate) => candidate.entity.key === key);
    return view ? label(view.entity.label) : key;
  };
  const rows = workflows.latest?.data ?? [];

  return (
    <Flex vertical gap={16} data-testid="wf-list">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('list.title')}
        </Typography.Title>
        <Flex gap={8} align="center">
          <Link href="/studio">{t('list.backToStudio')}</Link>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="wf-create">
            {t('list.create')}
          </Button>
        </Flex>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('list.intro')}
      </Typography.Paragraph>
      {workflows.error && (
        <Alert
          type="error"
          showIcon
          title={t('list.loadError')}
          description={workflows.error.message}
          action={
            <Button size="small" onClick={workflows.reload}>
              {t('designer.retry')}
            </Button>
          }
        />
      )}
      <Table<WorkflowSummary>
        rowKey="key"
        loading={workflows.loading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 720 }}
        locale={{ emptyText: <Empty description={t('list.empty')} /> }}
        columns={[
          {
            key: 'name',
            title: t('list.name'),
            render: (_, row) => (
              <Link href={`/studio/workflows/${row.key}`} data-testid={`wf-open-${row.key}`}>
                {label(row.name)}
              </Link>
            ),
          },
          { key: 'key', title: t('list.key'), dataIndex: 'key' },
          { key: 'entity', title: t('list.entity'), render: (_, row) => entityName(row.entity) },
          { key: 'trigger', title: t('list.trigger'), render: (_, row) => t(`settings.triggers.${row.trigger.kind}`) },
          {
            key: 'status',
            title: t('list.status'),
            render: (_, row) => (
              <Flex gap={4} wrap>
                {row.publishedVersion !== null ? <Tag color="green">{t('list.published', { version: row.publishedVersion })}</Tag> : <Tag>{t('list.unpublished')}</Tag>}
                {row.hasDraft && <Tag color="orange">{t('list.draft')}</Tag>}
              </Flex>
            ),
          },
          { key: 'updated', title: t('list.updatedAt'), render: (_, row) => (row.updatedAt ? dayjs(row.updatedAt).format('YYYY-MM-DD HH:mm') : '—') },
        ]}
      />
      <CreateWorkflowModal open={creating} entities={entityViews} takenKeys={rows.map((row) => row.key)} onClose={() => setCreating(false)} />
    </Flex>
  );
}
