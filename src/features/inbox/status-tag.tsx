'use client';

import { Tag } from 'antd';
import { useTranslations } from 'next-intl';

const COLORS: Record<string, string> = {
  pending: 'processing',
  running: 'processing',
  approved: 'success',
  rejected: 'error',
  returned: 'warning',
  transferred: 'default',
  withdrawn: 'default',
  cancelled: 'default',
};

/** A task's or an instance's status; a status this UI does not know yet is shown as sent. */
export function StatusTag({ status }: { status: string }) {
  const t = useTranslations('inbox.status');
  return <Tag color={COLORS[status] ?? 'default'}>{t.has(status as 'pending') ? t(status as 'pending') : status}</Tag>;
}
