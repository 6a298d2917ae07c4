'use client';

import { useEffect } from 'react';

const MESSAGE = 'You have unsaved changes. Leave this page and lose them?';

/**
 * Warns before leaving a form with unsaved edits: closing the tab or reloading
 * (beforeunload), and clicking a link inside the app, which a client-side
 * navigation would otherwise let through silently. Submitting the form clears it.
 */
export function UnsavedChangesGuard({ formId, unsaved = false }: { formId: string; /** True after a refused save: the text on screen is still not stored. */ unsaved?: boolean }) {
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    let dirty = unsaved;
    const markDirty = () => {
      dirty = true;
    };
    const markClean = () => {
      dirty = false;
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!dirty) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = MESSAGE;
    };
    const onClick = (event: MouseEvent) => {
      if (!dirty || event.defaultPrevented) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!link || form.contains(link) || link.getAttribute('target') === '_blank') return;
      if (!window.confirm(MESSAGE)) {
        event.preventDefault();
        event.stopPropagation();
      } else {
        dirty = false;
      }
    };
    form.addEventListener('input', markDirty);
    form.addEventListener('submit', markClean);
    window.addEventListener('beforeunload', onBeforeUnload);
    // Capture phase, so the check runs before Next's <Link> starts navigating.
    document.addEventListener('click', onClick, true);
    return () => {
      form.removeEventListener('input', markDirty);
      form.removeEventListener('submit', markClean);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [formId, unsaved]);
  return null;
}
