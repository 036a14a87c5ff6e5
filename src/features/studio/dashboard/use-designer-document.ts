'use client';

import { useCallback, useState } from 'react';
import type { DashboardDef } from '@/engine/dashboard';

const UNDO_DEPTH = 50;

type History = { doc: DashboardDef; past: DashboardDef[]; future: DashboardDef[]; saved: DashboardDef };

/**
 * The document under edit with undo/redo and the last saved version, so "unsaved changes" is a
 * comparison rather than a flag that can drift.
 */
export function useDesignerDocument(initial: DashboardDef) {
  const [history, setHistory] = useState<History>({ doc: initial, past: [], future: [], saved: initial });
  const edit = useCallback((change: (doc: DashboardDef) => DashboardDef) => {
    setHistory((current) => {
      const next = change(current.doc);
      if (next === current.doc) return current;
      return { ...current, doc: next, past: [...current.past.slice(-UNDO_DEPTH + 1), current.doc], future: [] };
    });
  }, []);
  const undo = useCallback(() => setHistory((current) => (current.past.length ? { ...current, doc: current.past.at(-1)!, past: current.past.slice(0, -1), future: [current.doc, ...current.future] } : current)), []);
  const redo = useCallback(() => setHistory((current) => (current.future.length ? { ...current, doc: current.future[0], past: [...current.past, current.doc], future: current.future.slice(1) } : current)), []);
  const markSaved = useCallback((saved: DashboardDef) => setHistory((current) => ({ ...current, saved })), []);
  const replace = useCallback((doc: DashboardDef) => setHistory((current) => ({ ...current, doc, past: [...current.past, current.doc], future: [] })), []);
  const dirty = JSON.stringify(history.doc) !== JSON.stringify(history.saved);
  return { doc: history.doc, dirty, canUndo: history.past.length > 0, canRedo: history.future.length > 0, edit, undo, redo, markSaved, replace };
}
