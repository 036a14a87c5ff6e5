'use client';

import { useCallback, useSyncExternalStore } from 'react';

const storageKey = (entity: string) => `lowcode.columns.${entity}`;
const CHANGE_EVENT = 'lowcode-columns-change';

function subscribe(onChange: () => void) {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

function read(entity: string): string | null {
  try {
    return window.localStorage.getItem(storageKey(entity));
  } catch {
    return null; // storage disabled (private mode): fall back to the form's columns
  }
}

/**
 * The user's column choice per entity, kept in localStorage. Ids that are no longer available are
 * dropped, so removing a field from the entity never leaves a ghost column.
 */
export function useVisibleColumns(entity: string, available: string[], defaults: string[]): [string[], (columns: string[] | null) => void] {
  // The server render has no storage: it and the first client render use the defaults.
  const stored = useSyncExternalStore(subscribe, () => read(entity), () => null);
  let columns = defaults;
  if (stored) {
    try {
      const parsed = JSON.parse(stored) as unknown;
      if (Array.isArray(parsed)) columns = available.filter((id) => parsed.includes(id));
    } catch {
      // A corrupt entry behaves like no entry.
    }
  }
  const save = useCallback(
    (next: string[] | null) => {
      try {
        if (next) window.localStorage.setItem(storageKey(entity), JSON.stringify(next));
        else window.localStorage.removeItem(storageKey(entity));
      } catch {
        // Not persisted; nothing else to do.
      }
      window.dispatchEvent(new Event(CHANGE_EVENT));
    },
    [entity],
  );
  return [columns.length > 0 ? columns : defaults, save];
}
