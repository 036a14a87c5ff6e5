'use client';

import type { EntityView } from '@/engine/contract/api-types';
import { useApiQuery } from './use-api-query';

export function useEntityView(entityKey: string) {
  return useApiQuery<EntityView>(`/api/v1/entities/${encodeURIComponent(entityKey)}`);
}
