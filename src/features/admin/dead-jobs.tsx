'use client';

import { ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Flex, Popconfirm, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { apiFetch, toApiError } from '@/features/runtime/api-client';
import { useApiQuery } from '@/features/runtime/use-api-query';
import { DeadJobDetails } from './dead-job-details';
import { deadJobsPath, type DeadJob, type DeadJobList } from './dead-job-types';
import { useQueueLabel } from './queue-label';

/** The dead letters of the job queue: what failed for good, why, and a way to run it again. */
export function DeadJobs() {
  const t = useTranslations('jobs');
  const queueLabel = useQueueLabel();
  const { message } = App.useApp();
  const [queue, setQueue] = useState<string | undefined>(undefined);
  const [expanded, setExpanded] = useState<number[]>([]);
  const [retrying, setRetrying] = useState<number | undefined>(undefined);
  const jobs = useApiQuery<DeadJobList>(deadJobsPath(queue));
  const list = jobs.latest;

  async function retry(job: DeadJob) {
    setRetrying(job.id);
    try {
      await apiFetch<DeadJob>(`/api/v1/admin/jobs/${job.id}/retry`, { method: 'POST' });
      message.success(t('retried', { key: job.key }));
    } catch (error) {
      const failure = toApiError(error);
      // Someone else retried it, or it was cleaned up: not a failure of this click, but the list is stale.
      if (failure.code === 'conflict') message.warning(t('retryConflict', { key: job.key }));
      else if (failure.code === 'not_found') message.warning(t('retryGone', { key: job.key }));
      else message.error(t('retryFailed', { message: failure.message }));
    } finally {
      setRetrying(undefined);
      jobs.reload();
    }
  }

  const toggle = (id: number) => setExpanded((open) => (open.includes(id) ? open.filter((other) => other !== id) : [...open, id]));

  const columns: TableColumnsType<DeadJob> = [
    { key: 'queue', dataIndex: 'queue', title: t('queue'), render: (value: string) => <Tag>{queueLabel(value)}</Tag> },
    { key: 'key', dataIndex: 'key', title: t('key'), render: (value: string) => <Typography.Text code>{value}</Typography.Text> },
    { key: 'attempts', title: t('attempts'), render: (_value, job) => `${job.attempts} / ${job.maxAttempts}` },
    {
      key: 'lastError',
      dataIndex: 'lastError',
      title: t('lastError'),
      render: (value: string | null) => (
        <Typography.Text type="danger" ellipsis={{ tooltip: value }} style={{ maxWidth: 360 }}>
          {value ?? t('noError')}
        </Typography.Text>
      ),
    },
    { key: 'updatedAt', dataIndex: 'updatedAt', title: t('failedAt'), render: (value: string) => dayjs(value).format('YYYY-MM-DD HH:mm:ss') },
    {
      key: 'actions',
      title: t('actions'),
      render: (_value, job) => (
        <Space>
          <Button size="small" onClick={() => toggle(job.id)} aria-expanded={expanded.includes(job.id)} data-testid={`dead-job-toggle-${job.id}`}>
            {expanded.includes(job.id) ? t('hideDetails') : t('details')}
          </Button>
          <Popconfirm
            title={t('retryConfirm', { key: job.key, attempts: job.maxAttempts })}
            okText={t('retryJob')}
            cancelText={t('cancel')}
            okButtonProps={{ 'data-testid': 'dead-job-retry-confirm' } as never}
            onConfirm={() => retry(job)}
          >
            <Button size="small" type="primary" loading={retrying === job.id} data-testid={`dead-job-retry-${job.id}`}>
              {t('retryJob')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <Space wrap>
          <Select<string>
            allowClear
            placeholder={t('allQueues')}
            aria-label={t('queue')}
            value={queue}
            onChange={(value) => setQueue(value || undefined)}
            options={(list?.queues ?? []).map((name) => ({ value: name, label: queueLabel(name) }))}
            style={{ minWidth: 200 }}
            data-testid="dead-jobs-queue"
          />
          <Button icon={<ReloadOutlined />} onClick={jobs.reload} loading={jobs.loading}>
            {t('reload')}
          </Button>
        </Space>
      </Flex>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      {jobs.error && (
        <Alert type="error" showIcon title={t('loadFailed', { message: jobs.error.message })} action={<Button size="small" onClick={jobs.reload}>{t('retryLoad')}</Button>} />
      )}
      <Table<DeadJob>
        rowKey="id"
        columns={columns}
        dataSource={list?.data ?? []}
        loading={jobs.loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        expandable={{ expandedRowKeys: expanded, showExpandColumn: false, expandedRowRender: (job) => <DeadJobDetails job={job} /> }}
        locale={{ emptyText: jobs.error ? ' ' : <Empty description={queue ? t('emptyQueue') : t('empty')} /> }}
        data-testid="dead-jobs-table"
      />
      {list && list.total > list.data.length && <Typography.Text type="secondary">{t('shown', { shown: list.data.length, total: list.total })}</Typography.Text>}
    </Flex>
  );
}
