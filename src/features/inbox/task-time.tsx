'use client';

import { Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslations } from 'next-intl';

export function formatTime(iso: string | null | undefined): string {
  return iso && dayjs(iso).isValid() ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '-';
}

/** A due time, marked when it has passed on a task still waiting. */
export function DueTime({ dueAt, pending, now }: { dueAt: string | null; pending: boolean; now?: Date }) {
  const t = useTranslations('inbox.list');
  if (!dueAt) return <>-</>;
  const overdue = pending && dayjs(dueAt).isBefore(now ?? new Date());
  return (
    <Typography.Text type={overdue ? 'danger' : undefined}>
      {formatTime(dueAt)}
      {overdue && ` (${t('overdue')})`}
    </Typography.Text>
  );
}
