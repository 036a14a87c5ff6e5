'use client';

import { useFormContext, useWatch, type Control } from 'react-hook-form';
import type { EntityView } from '@/engine/contract/api-types';
import { findField, type EntityDef } from '@/engine/metadata/entity';
import type { FormValues } from './form-values';
import { liveRowsMemo } from './live-values';

type Row = Record<string, unknown>;
type Memo = { child: EntityDef | undefined; live: (rows: unknown) => Row[] };

// One memo per form and table, shared by the total, the column totals and every stock hint: they
// all read the same rows on a keystroke, and only the first of them computes the changed line.
const memos = new WeakMap<Control<FormValues>, Map<string, Memo>>();

function sharedLiveRows(control: Control<FormValues>, childTableId: string, child: EntityDef | undefined): (rows: unknown) => Row[] {
  let tables = memos.get(control);
  if (!tables) memos.set(control, (tables = new Map()));
  let memo = tables.get(childTableId);
  if (!memo || memo.child !== child) tables.set(childTableId, (memo = { child, live: liveRowsMemo(child) }));
  return memo.live;
}

function childEntityOf(view: EntityView, childTableId: string): EntityDef | undefined {
  const table = findField(view.entity, childTableId);
  return table?.type === 'child_table' ? view.related[table.entity] : undefined;
}

/**
 * A value derived from a child table's rows as typed so far, formulas computed (the order total, a
 * line's demand for its item). The caller re-renders only when that value changes, not on every
 * keystroke in the table.
 */
export function useLiveRowsValue<T>(view: EntityView, childTableId: string, derive: (rows: Row[]) => T): T {
  const { control } = useFormContext<FormValues>();
  const live = sharedLiveRows(control, childTableId, childEntityOf(view, childTableId));
  return useWatch({ control, name: childTableId, compute: (rows: unknown): T => derive(live(rows)) });
}
