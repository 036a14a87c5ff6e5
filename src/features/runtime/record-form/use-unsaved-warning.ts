'use client';

import { useEffect } from 'react';

/**
 * While `active`, leaving the page asks first: the browser's own prompt on reload/close, and a
 * confirm on in-app links (client-side navigation never fires beforeunload).
 */
export function useUnsavedWarning(active: boolean, message: string) {
  useEffect(() => {
    if (!active) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = ''; // older browsers only prompt when this is set
    };
    const onClick = (event: MouseEvent) => {
      const anchor = (event.target as Element | null)?.closest?.('a[href]');
      if (!(anchor instanceof HTMLAnchorElement) || anchor.target === '_blank' || event.metaKey || event.ctrlKey || event.shiftKey) return;
      if (anchor.origin !== window.location.origin || anchor.href === window.location.href) return;
      if (!window.confirm(message)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    // Capture phase on document runs before Next's <Link> handler on the React root.
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [active, message]);
}
