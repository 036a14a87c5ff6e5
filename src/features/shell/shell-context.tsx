'use client';

import { createContext, useContext } from 'react';
import type { EntityView, SessionUserDto } from '@/engine/contract/api-types';
import type { ApiError } from '@/features/runtime/api-client';

export type ShellState = {
  user: SessionUserDto;
  /** Top-level entities the user may read; undefined while loading. */
  entities: EntityView[] | undefined;
  entitiesError: ApiError | undefined;
  reloadEntities: () => void;
};

export const ShellContext = createContext<ShellState | null>(null);

export function useShell(): ShellState {
  const shell = useContext(ShellContext);
  if (!shell) throw new Error('useShell must be used inside <AppShell>');
  return shell;
}

export function isAdmin(user: SessionUserDto): boolean {
  return user.roles.includes('admin');
}
