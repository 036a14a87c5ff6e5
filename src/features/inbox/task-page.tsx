'use client';

import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Descriptions, Flex, Skeleton, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { ApiErrorResult } from '@/features/runtime/api-error-result';
import { recordTitle } from '@/features/runtime/record-detail/record-detail';
import { useApiQuery } from '@/features/runtime/use-api-query';
import { taskPath } from './inbox-api';
import type { TaskDetail } from './inbox-types';
import { StatusTag } from './status-tag';
import { TaskForm } from './task-form';
import { DueTime, formatTime } from './task-time';
import { useDisplayName } from './use-display-name';
import { WorkflowTimeline } from './workflow-timeline';

export function TaskPage({ taskId }: { taskId: string }) {
  const t = useTranslations('inbox.task');
  const query = useApiQuery<TaskDetail>(taskPath(taskId));
  const back = (
    <Link href="/inbox">
      <ArrowLeftOutlined /> {t('back')}
    </Link>
  );
  if (query.error) {
    return (
      <Flex vertical gap={12}>
        {back}
        <ApiErrorResult error={query.error} onRetry={query.reload} />
      </Flex>
    );
  }
  // While a reload after a conflict is in flight, the page keeps showing what it had.
  const detail = query.data ?? (query.latest?.task.id === taskId ? query.latest : undefined);
  if (!detail) {
    return (
      <Flex vertical gap={12}>
        {back}
        <Skeleton active paragraph={{ rows: 10 }} />
      </Flex>
    );
  }
  return (
    <Flex vertical gap={16}>
      {back}
      <TaskHeader detail={detail} />
      {/* Keyed by the record's version: a reload after a conflict starts the inputs from the stored values. */}
      <TaskForm key={`${detail.task.id}:${detail.record.version}:${detail.task.status}`} detail={detail} onReload={query.reload} />
      <Card size="small" title={t('history')} data-testid="task-history">
        <WorkflowTimeline history={detail.history} />
      </Card>
    </Flex>
  );
}

function TaskHeader({ detail }: { detail: TaskDetail }) {
  const t = useTranslations('inbox.task');
  const name = useDisplayName();
  const { task, instance, view, record } = detail;
  const pending = task.status === 'pending';
  const entity = view.entity.key;
  return (
    <Flex vertical gap={8}>
      <Flex align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0, overflowWrap: 'anywhere' }}>
          {recordTitle(view, record)}
        </Typography.Title>
        <StatusTag status={task.status} />
      </Flex>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, md: 3 }}
        items={[
          { key: 'workflow', label: t('workflow'), children: `${name(instance.workflowName)} · ${name(task.nodeName)}` },
          { key: 'initiator', label: t('initiator'), children: instance.initiator?.name ?? '-' },
          { key: 'received', label: t('receivedAt'), children: formatTime(task.createdAt) },
          ...(task.dueAt ? [{ key: 'due', label: t('dueAt'), children: <DueTime dueAt={task.dueAt} pending={pending} /> }] : []),
          ...(task.completedAt ? [{ key: 'completed', label: t('completedAt'), children: formatTime(task.completedAt) }] : []),
          { key: 'record', label: t('record'), children: <Link href={`/r/${encodeURIComponent(entity)}/${encodeURIComponent(record.id)}`}>{t('openRecord')}</Link> },
        ]}
      />
    </Flex>
  );
}
