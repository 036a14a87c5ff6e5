'use client';

import { Badge, Flex } from 'antd';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useTaskCounts } from './task-counts-store';

/** The menu entry of the inbox: its name and the number of tasks waiting for me. */
export function InboxNavLabel() {
  const t = useTranslations('inbox.nav');
  const todo = useTaskCounts().counts?.todo ?? 0;
  return (
    <Link href="/inbox" aria-label={todo > 0 ? t('labelWithCount', { count: todo }) : undefined}>
      <Flex component="span" justify="space-between" align="center" gap={8}>
        <span>{t('label')}</span>
        {todo > 0 && <Badge count={todo} overflowCount={99} aria-hidden data-testid="nav-inbox-count" />}
      </Flex>
    </Link>
  );
}
