'use client';

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { StudioDoc } from '../studio-document';
import type { StudioAction } from '../studio-reducer';

type Scope = {
  doc: StudioDoc;
  /** The document as loaded: its child columns are stored, so deleting one only hides it. */
  loaded: StudioDoc;
  dispatch: (action: StudioAction) => void;
};

const ChildTableContext = createContext<Scope | null>(null);

/**
 * Gives the child-table designers inside field cards the document and the studio's dispatch,
 * without threading them through every canvas layer.
 */
export function ChildTableScope({ doc, loaded, dispatch, children }: Scope & { children: ReactNode }) {
  const value = useMemo(() => ({ doc, loaded, dispatch }), [doc, loaded, dispatch]);
  return <ChildTableContext.Provider value={value}>{children}</ChildTableContext.Provider>;
}

export function useChildTableScope(): Scope | null {
  return useContext(ChildTableContext);
}
