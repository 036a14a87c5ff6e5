'use client';

import type { RecordPage } from '@/engine/contract/api-types';
import { recordsPath } from '../api-client';
import { useApiQuery } from '../use-api-query';
import { availableOf, type StockTarget } from './reservation-meta';

export type Availability = {
  /** Available quantity by key; a key without a stock record has 0 (the server treats it so). Undefined while unknown. */
  get: (key: string) => number | undefined;
  reload: () => void;
};

const MAX_KEYS = 500; // the list API's largest page

/** Reads the reservation target's records for `keys` in one request (`in` filter). */
export function useAvailability(target: StockTarget | undefined, keys: string[]): Availability {
  const wanted = [...new Set(keys.filter(Boolean))].sort().slice(0, MAX_KEYS);
  let path: string | null = null;
  if (target && wanted.length > 0) {
    const filter = JSON.stringify({ and: [{ field: target.key, op: 'in', value: wanted }] });
    path = `${recordsPath(target.entity)}?${new URLSearchParams({ filter, pageSize: String(MAX_KEYS) })}`;
  }
  const query = useApiQuery<RecordPage>(path);
  const page = query.data ?? query.latest;
  const rows = new Map((page?.data ?? []).map((row) => [String(row[target?.key ?? '']), row]));
  return {
    get: (key) => {
      const row = rows.get(key);
      if (row && target) return availableOf(row, target);
      // Only a finished answer for this exact key set may say "none"; an older one simply lacks the key.
      return query.data && wanted.includes(key) ? 0 : undefined;
    },
    reload: query.reload,
  };
}
