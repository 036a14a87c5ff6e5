import type { Selection } from './flow-graph';

type SelectChange = { type: string; id?: string; selected?: boolean };

/**
 * The selection after xyflow reports select changes (a click, or Enter on a focused node). One
 * item is selected at a time: a newly selected item wins; deselecting the current one clears it.
 */
export function selectionAfter(current: Selection, kind: 'node' | 'edge', changes: readonly SelectChange[]): Selection | undefined {
  const selects = changes.filter((change) => change.type === 'select' && change.id !== undefined);
  if (selects.length === 0) return undefined;
  const picked = selects.find((change) => change.selected);
  if (picked) return kind === 'node' ? { kind: 'node', key: picked.id! } : { kind: 'edge', id: picked.id! };
  const currentId = current?.kind === 'node' ? current.key : current?.id;
  if (current?.kind === kind && selects.some((change) => change.id === currentId)) return null;
  return undefined;
}
