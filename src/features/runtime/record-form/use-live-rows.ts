'use client';

import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import type { EntityView } from '@/engine/contract/api-types';
import { findField } from '@/engine/metadata/entity';
import type { FormValues } from './form-values';
import { liveChildRows } from './live-values';

/** A child table's rows as typed so far, formulas computed; re-renders the caller on every edit. */
export function useLiveRows(view: EntityView, childTableId: string): Array<Record<string, unknown>> {
  const rows = useWatch<FormValues>({ name: childTableId });
  const table = findField(view.entity, childTableId);
  const child = table?.type === 'child_table' ? view.related[table.entity] : undefined;
  return useMemo(() => liveChildRows(child, rows), [child, rows]);
}
