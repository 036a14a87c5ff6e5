'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import type { StudioDoc } from '../studio-document';
import { parsePreviewMessage, readyMessage } from './preview-message';

export type PreviewDocument =
  | { status: 'standalone' }
  | { status: 'waiting' }
  | { status: 'invalid' }
  /** `revision` counts the documents received: each one starts the form afresh. */
  | { status: 'ready'; doc: StudioDoc; revision: number };

const noSubscription = () => () => {};

/**
 * The document the designer around this frame sends. Messages count only from the parent window
 * of this same origin; a page opened on its own has no designer to listen to.
 */
export function usePreviewDocument(entityKey: string): PreviewDocument {
  // The server cannot tell whether it renders into a frame: it assumes one and shows the wait.
  const framed = useSyncExternalStore(noSubscription, () => window.parent !== window, () => true);
  const [received, setReceived] = useState<PreviewDocument>({ status: 'waiting' });

  useEffect(() => {
    if (window.parent === window) return;
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin || event.source !== window.parent) return;
      const parsed = parsePreviewMessage(event.data, entityKey);
      if (parsed.kind === 'invalid') setReceived({ status: 'invalid' });
      if (parsed.kind === 'document') setReceived((previous) => ({ status: 'ready', doc: parsed.doc, revision: previous.status === 'ready' ? previous.revision + 1 : 1 }));
    };
    window.addEventListener('message', onMessage);
    window.parent.postMessage(readyMessage(), window.location.origin);
    return () => window.removeEventListener('message', onMessage);
  }, [entityKey]);

  return framed ? received : { status: 'standalone' };
}
