'use client';

import { useCallback } from 'react';
import { useLabel } from '@/features/runtime/use-label';
import type { DisplayName } from './inbox-types';

/** A workflow or node name in the reader's language, whether the server sent one text or both. */
export function useDisplayName(): (name: DisplayName | null | undefined) => string {
  const label = useLabel();
  return useCallback((name) => (typeof name === 'string' ? name : name ? label(name) : ''), [label]);
}
