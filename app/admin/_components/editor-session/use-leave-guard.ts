'use client';

import { useCallback, useEffect, useRef } from 'react';

const MESSAGE = 'You have unsaved changes. Leave this page and lose them?';

/**
 * While `active`, asks before the page goes: closing the tab or reloading
 * (beforeunload), and clicking a link elsewhere in the app, which a
 * client-side navigation would otherwise let through silently.
 * `release()` lets one deliberate departure through (Discard changes).
 */
export function useLeaveGuard(active: boolean, formId: string): { release: () => void } {
  const released = useRef(false);
  useEffect(() => {
    if (!active) return;
    const form = document.getElementById(formId);
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (released.current) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = MESSAGE;
    };
    const onClick = (event: MouseEvent) => {
      if (released.current || event.defaultPrevented) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!link || form?.contains(link) || link.getAttribute('target') === '_blank') return;
      if (window.confirm(MESSAGE)) {
        released.current = true;
      } else {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    // Capture phase, so the check runs before Next's <Link> starts navigating.
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [active, formId]);
  const release = useCallback(() => {
    released.current = true;
  }, []);
  return { release };
}
