'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { apiFetch, isAbort, toApiError, type ApiError } from '@/features/runtime/api-client';
import { refreshTaskCounts } from '@/features/inbox/task-counts-store';
import { applyRead, markRead, RECENT_PATH } from './notifications-api';
import type { NotificationPage, ReadRequest } from './notification-types';

export const POLL_INTERVAL_MS = 30_000;

export type NotificationsState = {
  page: NotificationPage | undefined;
  error: ApiError | undefined;
  loading: boolean;
  refresh: () => void;
  /** Marks on the page at once; the server is told, and asked again if it refuses. */
  read: (request: ReadRequest) => Promise<void>;
};

/** The recent notifications and the unread count: asked every 30 s while the page is visible, and on focus. */
export function useNotifications(): NotificationsState {
  const [page, setPage] = useState<NotificationPage>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(true);
  const sequence = useRef(0);
  const unread = useRef<number | undefined>(undefined);

  const refresh = useCallback(() => {
    const mine = ++sequence.current;
    apiFetch<NotificationPage>(RECENT_PATH).then(
      (next) => {
        if (mine !== sequence.current) return;
        // A new notification usually means a new task: the inbox counts follow.
        if (unread.current !== undefined && next.unread > unread.current) void refreshTaskCounts();
        unread.current = next.unread;
        setPage(next);
        setError(undefined);
        setLoading(false);
      },
      (caught: unknown) => {
        if (mine !== sequence.current || isAbort(caught)) return;
        setError(toApiError(caught));
        setLoading(false);
      },
    );
  }, []);

  useEffect(() => {
    refresh();
    const tick = () => {
      if (document.visibilityState !== 'hidden') refresh();
    };
    const timer = window.setInterval(tick, POLL_INTERVAL_MS);
    window.addEventListener('focus', tick);
    document.addEventListener('visibilitychange', tick);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', tick);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [refresh]);

  const read = useCallback(
    async (request: ReadRequest) => {
      // An answer in flight from before would bring the old unread marks back.
      sequence.current++;
      setPage((current) => (current ? applyRead(current, request, new Date()) : current));
      try {
        await markRead(request);
        unread.current = undefined;
      } catch (caught) {
        setError(toApiError(caught));
        refresh();
      }
    },
    [refresh],
  );

  return { page, error, loading, refresh, read };
}
