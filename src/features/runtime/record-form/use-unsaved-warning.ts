'use client';

import { useEffect, useRef } from 'react';

/**
 * While `active`, leaving the page asks first: the browser's own prompt on reload/close, and a
 * confirm on in-app links (client-side navigation never fires beforeunload). The listeners stay
 * for the page's life and read the latest state: `active` flips as typing returns a field to its
 * old value, and re-registering on every such keystroke costs more than the check.
 */
export function useUnsavedWarning(active: boolean, message: string) {
  const latest = useRef({ active, message });
  useEffect(() => {
    latest.current = { active, message };
  }, [active, message]);

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!latest.current.active) return;
      event.preventDefault();
      event.returnValue = ''; // older browsers only prompt when this is set
    };
    const onClick = (event: MouseEvent) => {
      if (!latest.current.active) return;
      const anchor = (event.target as Element | null)?.closest?.('a[href]');
      if (!(anchor instanceof HTMLAnchorElement) || anchor.target === '_blank' || event.metaKey || event.ctrlKey || event.shiftKey) return;
      if (anchor.origin !== window.location.origin || anchor.href === window.location.href) return;
      if (!window.confirm(latest.current.message)) {
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
  }, []);
}
