'use client';

import { Badge, Flex } from 'antd';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { useApiQuery } from '@/features/runtime/use-api-query';
import { deadJobsPath, type DeadJobList } from './dead-job-types';

/** The admin menu's entry for failed jobs, with how many wait for a retry; refreshed on each navigation. */
export function DeadJobsNavLabel() {
  const t = useTranslations('jobs.nav');
  const pathname = usePathname();
  const dead = useApiQuery<DeadJobList>(deadJobsPath(undefined, 1));
  const { reload } = dead;
  const shownFor = useRef(pathname);
  useEffect(() => {
    if (shownFor.current === pathname) return;
    shownFor.current = pathname;
    reload();
  }, [pathname, reload]);
  const count = dead.latest?.total ?? 0;
  return (
    <Link href="/admin/jobs" aria-label={count > 0 ? t('labelWithCount', { count }) : undefined}>
      <Flex component="span" justify="space-between" align="center" gap={8}>
        <span>{t('label')}</span>
        {count > 0 && <Badge count={count} overflowCount={99} aria-hidden data-testid="nav-dead-jobs-count" />}
      </Flex>
    </Link>
  );
}
