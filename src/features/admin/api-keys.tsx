'use client';

import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { apiFetch, toApiError } from '@/features/runtime/api-client';
import { useApiQuery } from '@/features/runtime/use-api-query';
import type { ApiKeyRow } from './api-key-types';
import { CreateApiKeyModal } from './create-api-key-modal';

const when = (value: string | null) => (value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '-');

export function ApiKeys() {
  const t = useTranslations('apiKeys');
  const { message } = App.useApp();
  const keys = useApiQuery<{ data: ApiKeyRow[] }>('/api/v1/admin/api-keys');
  const [creating, setCreating] = useState(false);

  async function revoke(key: ApiKeyRow) {
    try {
      await apiFetch(`/api/v1/admin/api-keys/${encodeURIComponent(key.id)}`, { method: 'DELETE' });
      message.success(t('revoked', { name: key.name }));
      keys.reload();
    } catch (error) {
      message.error(toApiError(error).message);
    }
  }

  const columns: TableColumnsType<ApiKeyRow> = [
    { key: 'name', dataIndex: 'name', title: t('name') },
    { key: 'prefix', dataIndex: 'prefix', title: t('prefix'), render: (prefix: string) => <Typography.Text code>{prefix}…</Typography.Text> },
    { key: 'username', dataIndex: 'username', title: t('user') },
    { key: 'createdAt', dataIndex: 'createdAt', title: t('createdAt'), render: when },
    { key: 'lastUsedAt', dataIndex: 'lastUsedAt', title: t('lastUsedAt'), render: when },
    {
      key: 'status',
      title: t('status'),
      render: (_value, key) => (key.revokedAt ? <Tag>{t('statusRevoked')}</Tag> : <Tag color="green">{t('statusActive')}</Tag>),
    },
    {
      key: 'actions',
      title: t('actions'),
      render: (_value, key) =>
        key.revokedAt ? null : (
          <Popconfirm title={t('revokeConfirm', { name: key.name })} okText={t('revoke')} okButtonProps={{ danger: true }} cancelText={t('cancel')} onConfirm={() => revoke(key)}>
            <Button danger size="small">
              {t('revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="api-key-create">
          {t('create')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      {keys.error && <Alert type="error" showIcon title={keys.error.message} action={<Button size="small" onClick={keys.reload}>{t('retry')}</Button>} />}
      <Table<ApiKeyRow> rowKey="id" columns={columns} dataSource={keys.latest?.data ?? []} loading={keys.loading} pagination={false} scroll={{ x: 'max-content' }} />
      <CreateApiKeyModal open={creating} onClose={() => setCreating(false)} onCreated={keys.reload} />
    </Flex>
  );
}
