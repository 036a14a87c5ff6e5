'use client';

import { useCallback, useEffect, useState } from 'react';
import { apiFetch, isAbort, toApiError, type ApiError } from './api-client';

type Settled<T> = { key: string; data?: T; error?: ApiError };

export type ApiQuery<T> = {
  data: T | undefined;
  /** The last successful data, also while a newer request is in flight (keeps tables from flashing empty). */
  latest: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
};

/** GETs `path` whenever it changes (null = do not fetch); a stale response never overwrites a newer one. */
export function useApiQuery<T>(path: string | null): ApiQuery<T> {
  const [nonce, setNonce] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const [latest, setLatest] = useState<T | undefined>(undefined);
  const key = path === null ? null : `${nonce} ${path}`;

  useEffect(() => {
    if (key === null || path === null) return;
    const controller = new AbortController();
    apiFetch<T>(path, { signal: controller.signal }).then(
      (data) => {
        setSettled({ key, data });
        setLatest(data);
      },
      (error: unknown) => {
        if (!isAbort(error)) setSettled({ key, error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [key, path]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  const current = settled && settled.key === key ? settled : undefined;
  return { data: current?.data, latest, error: current?.error, loading: key !== null && !current, reload };
}
