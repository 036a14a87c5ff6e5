'use client';

import { useMemo } from 'react';
import type { EntityView } from '@/engine/contract/api-types';
import { activeFields, type EntityDef } from '@/engine/metadata/entity';
import type { FieldDef } from '@/engine/metadata/field';
import type { StateAction } from '@/engine/metadata/lifecycle';
import type { ApiError } from '@/features/runtime/api-client';
import { useApiQuery } from '@/features/runtime/use-api-query';
import { DIRECTORY_PATH, type Directory } from './workflow-api';

/** What the pickers of the designer offer: people and roles, and the fields and state actions of the workflow's entity. */
export type WorkflowContext = {
  directory: Directory;
  entity: EntityDef | undefined;
  fields: FieldDef[];
  stateActions: StateAction[];
  /** Entities a counter effect may adjust. */
  entities: EntityDef[];
  ready: boolean;
  errors: ApiError[];
};

const EMPTY_DIRECTORY: Directory = { users: [], roles: [] };

export function useWorkflowContext(entityKey: string): WorkflowContext {
  const directory = useApiQuery<Directory>(DIRECTORY_PATH);
  const entity = useApiQuery<EntityView>(`/api/v1/entities/${encodeURIComponent(entityKey)}`);
  const entities = useApiQuery<{ data: EntityView[] }>('/api/v1/entities');
  const def = entity.latest?.entity;
  const list = entities.latest?.data;
  return useMemo(
    () => ({
      directory: directory.latest ?? EMPTY_DIRECTORY,
      entity: def,
      fields: def ? activeFields(def).filter((field) => field.type !== 'child_table') : [],
      stateActions: def?.lifecycle?.actions ?? [],
      entities: (list ?? []).map((view) => view.entity),
      ready: directory.latest !== undefined && def !== undefined,
      errors: [directory.error, entity.error].filter((error): error is ApiError => error !== undefined),
    }),
    [directory.latest, directory.error, def, entity.error, list],
  );
}
