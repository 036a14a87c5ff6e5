'use client';

import { Card, Checkbox, Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { StatusTag } from './status-tag';
import { taskHref } from './task-href';
import type { TaskListProps } from './task-table';
import { DueTime, formatTime } from './task-time';
import { useDisplayName } from './use-display-name';

/** The inbox on a phone: one card per task, the same facts as the table's row, stacked. */
export function TaskCards({ box, items, loading, selected, onSelect }: TaskListProps) {
  const t = useTranslations('inbox.list');
  const name = useDisplayName();
  if (loading && items.length === 0) return <Skeleton active />;
  if (items.length === 0) return <Empty description={t(`empty.${box}`)} />;

  function toggle(id: string, checked: boolean) {
    onSelect(checked ? [...selected, id] : selected.filter((other) => other !== id));
  }

  return (
    <Flex vertical gap={8} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0, opacity: loading ? 0.6 : 1 }} data-testid="inbox-cards">
      {items.map((item) => (
        <li key={item.id}>
          <Card size="small">
            <Flex gap={8} align="flex-start">
              {box === 'todo' && <Checkbox checked={selected.includes(item.id)} onChange={(event) => toggle(item.id, event.target.checked)} aria-label={t('selectTask', { title: item.recordTitle ?? item.recordId })} />}
              <Flex vertical gap={2} style={{ minWidth: 0, flex: 1 }}>
                <Flex justify="space-between" gap={8}>
                  <Link href={taskHref(item, box)} style={{ fontWeight: 600, overflowWrap: 'anywhere' }} data-testid={`inbox-open-${item.id}`}>
                    {item.recordTitle || item.recordId}
                  </Link>
                  {box !== 'todo' && <StatusTag status={item.status} />}
                </Flex>
                <Typography.Text type="secondary">
                  {name(item.workflowName)}
                  {item.nodeName ? ` · ${name(item.nodeName)}` : ''}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {item.initiator.name} · {formatTime(item.createdAt)}
                </Typography.Text>
                {box === 'todo' && item.dueAt && (
                  <span>
                    {t('dueAt')}: <DueTime dueAt={item.dueAt} pending />
                  </span>
                )}
              </Flex>
            </Flex>
          </Card>
        </li>
      ))}
    </Flex>
  );
}
