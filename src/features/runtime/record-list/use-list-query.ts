'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import { readListQuery, toSearchParams, type ListQuery } from './list-query';

export function useListQuery(): [ListQuery, (next: Partial<ListQuery>) => void] {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const query = useMemo(() => readListQuery(new URLSearchParams(params.toString())), [params]);

  const update = useCallback(
    (next: Partial<ListQuery>) => {
      const search = toSearchParams({ ...query, ...next }).toString();
      router.push(search ? `${pathname}?${search}` : pathname, { scroll: false });
    },
    [query, router, pathname],
  );
  return [query, update];
}
