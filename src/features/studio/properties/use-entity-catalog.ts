'use client';

import { useCallback, useMemo } from 'react';
import type { EntityView } from '@/engine/contract/api-types';
import type { EntityDef } from '@/engine/metadata/entity';
import type { ApiError } from '@/features/runtime/api-client';
import { useApiQuery } from '@/features/runtime/use-api-query';

export type EntityCatalog = {
  /** Entities a relation can point at: the published ones, plus this one while it is new. */
  entities: EntityDef[];
  lookup: (key: string) => EntityDef | undefined;
  /** This entity as last published; undefined when it never was (or the list is not loaded). */
  published: EntityDef | undefined;
  ready: boolean;
  error: ApiError | undefined;
};

/**
 * Entities as the server knows them. The one being designed, and any entity designed alongside it
 * (line items), are taken from the draft instead, so the panel sees unsaved changes.
 */
const NO_DRAFTS: readonly EntityDef[] = [];

export function useEntityCatalog(current: EntityDef, drafts: readonly EntityDef[] = NO_DRAFTS): EntityCatalog {
  const query = useApiQuery<{ data: EntityView[] }>('/api/v1/entities');
  const views = query.latest?.data;
  const publishedList = useMemo(() => (views ?? []).map((view) => view.entity), [views]);
  const lookup = useCallback(
    (key: string) => (key === current.key ? current : (drafts.find((entity) => entity.key === key) ?? publishedList.find((entity) => entity.key === key))),
    [current, drafts, publishedList],
  );
  const entities = useMemo(
    () => (publishedList.some((entity) => entity.key === current.key) ? publishedList : [...publishedList, current]),
    [publishedList, current],
  );
  return {
    entities,
    lookup,
    published: publishedList.find((entity) => entity.key === current.key),
    ready: views !== undefined,
    error: query.error,
  };
}
