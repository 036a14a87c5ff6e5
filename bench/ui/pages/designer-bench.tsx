'use client';

import { useMemo, useSyncExternalStore } from 'react';
import { StudioWorkspace } from '@/features/studio/studio-workspace';
import { designerDraft } from '../fixtures/designer-draft';

const ignore = () => undefined;
const subscribeToNothing = () => ignore;

/** The real designer on a synthetic 150-field draft; rendered in the browser only (false on the server and while hydrating). */
export function DesignerBench() {
  const draft = useMemo(() => designerDraft(), []);
  const inBrowser = useSyncExternalStore(subscribeToNothing, () => true, () => false);
  return <main style={{ padding: 24 }}>{inBrowser && <StudioWorkspace entityKey={draft.entity.key} draft={draft} onReload={ignore} />}</main>;
}
