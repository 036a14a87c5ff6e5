'use client';

import { useSyncExternalStore } from 'react';
import { apiFetch, isAbort, toApiError, type ApiError } from '@/features/runtime/api-client';
import { TASK_COUNTS_PATH } from './inbox-api';
import type { TaskCounts } from './inbox-types';

export type CountsState = { counts?: TaskCounts; error?: ApiError };

// One store for the page: the menu badge and the inbox tabs show the same numbers from one request.
let state: CountsState = {};
let sequence = 0;
let lastFetch = 0;
const listeners = new Set<() => void>();
const SERVER_STATE: CountsState = {};
/** A tab switch back and forth within this time does not ask again. */
const FOCUS_MIN_INTERVAL_MS = 5_000;

function publish(next: CountsState) {
  state = next;
  listeners.forEach((listener) => listener());
}

/** Asks the server again; a slower, older answer never overwrites a newer one. */
export async function refreshTaskCounts(): Promise<void> {
  const mine = ++sequence;
  lastFetch = Date.now();
  try {
    const counts = await apiFetch<TaskCounts>(TASK_COUNTS_PATH);
    if (mine === sequence) publish({ counts });
  } catch (error) {
    if (mine === sequence && !isAbort(error)) publish({ counts: state.counts, error: toApiError(error) });
  }
}

function onFocus() {
  if (document.visibilityState !== 'hidden' && Date.now() - lastFetch > FOCUS_MIN_INTERVAL_MS) void refreshTaskCounts();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (listeners.size === 1) {
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onFocus);
    if (!state.counts || Date.now() - lastFetch > FOCUS_MIN_INTERVAL_MS) void refreshTaskCounts();
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onFocus);
    }
  };
}

/** The caller's task counts, shared by every component that shows them; refreshed on focus and by `refreshTaskCounts`. */
export function useTaskCounts(): CountsState {
  return useSyncExternalStore(subscribe, () => state, () => SERVER_STATE);
}
