'use client';

import { Table, type TableColumnsType } from 'antd';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import type { InboxBox, TaskItem } from './inbox-types';
import { StatusTag } from './status-tag';
import { taskHref } from './task-href';
import { DueTime, formatTime } from './task-time';
import { useDisplayName } from './use-display-name';

export type TaskListProps = {
  box: InboxBox;
  items: TaskItem[];
  loading: boolean;
  selected: string[];
  onSelect: (ids: string[]) => void;
};

/** The inbox on a wide screen: one row per task, the record's title leading to the task. */
export function TaskTable({ box, items, loading, selected, onSelect }: TaskListProps) {
  const t = useTranslations('inbox.list');
  const name = useDisplayName();
  const columns: TableColumnsType<TaskItem> = [
    {
      key: 'record',
      title: t('record'),
      render: (_, item) => (
        <Link href={taskHref(item, box)} data-testid={`inbox-open-${item.id}`}>
          {item.recordTitle || item.recordId}
        </Link>
      ),
    },
    { key: 'workflow', title: t('workflow'), render: (_, item) => name(item.workflowName) },
    { key: 'node', title: box === 'initiated' ? t('currentNode') : t('node'), render: (_, item) => name(item.nodeName) || '-' },
    { key: 'initiator', title: t('initiator'), render: (_, item) => item.initiator.name },
    { key: 'createdAt', title: box === 'initiated' ? t('startedAt') : t('receivedAt'), render: (_, item) => formatTime(item.createdAt) },
  ];
  if (box === 'todo') columns.push({ key: 'dueAt', title: t('dueAt'), render: (_, item) => <DueTime dueAt={item.dueAt} pending /> });
  if (box === 'done') columns.push({ key: 'completedAt', title: t('completedAt'), render: (_, item) => formatTime(item.completedAt) });
  if (box !== 'todo') columns.push({ key: 'status', title: t('status'), render: (_, item) => <StatusTag status={item.status} /> });

  return (
    <Table<TaskItem>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      rowSelection={box === 'todo' ? { selectedRowKeys: selected, onChange: (keys) => onSelect(keys.map(String)), getCheckboxProps: (item) => ({ 'aria-label': t('selectTask', { title: item.recordTitle ?? item.recordId }) }) } : undefined}
      locale={{ emptyText: t(`empty.${box}`) }}
      data-testid="inbox-table"
    />
  );
}
