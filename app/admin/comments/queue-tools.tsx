'use client';

import { useEffect, useRef } from 'react';
import { useHasScript } from '@/app/_components/use-has-script';

/** Typing in a field must never moderate a comment. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * With JavaScript: "Select all on this page", and the queue's keyboard
 * shortcuts (j/k to move, a/s/t to approve, mark as spam or trash the
 * comment in focus), which press that comment's own button. Without it the
 * queue works the same, by ticking and pressing.
 */
export function QueueTools() {
  const scripted = useHasScript();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const form = root.current?.closest('form');
    if (!form) return;
    const items = () => [...form.querySelectorAll<HTMLElement>('[data-queue-item]')];
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const list = items();
      const current = list.findIndex((item) => item.contains(document.activeElement));
      const key = event.key.toLowerCase();
      if (key === 'j' || key === 'k') {
        event.preventDefault();
        const next = current === -1 ? 0 : Math.min(list.length - 1, Math.max(0, current + (key === 'j' ? 1 : -1)));
        list[next]?.focus();
        list[next]?.scrollIntoView({ block: 'nearest' });
        return;
      }
      const button = current === -1 ? null : list[current]!.querySelector<HTMLButtonElement>(`button[data-shortcut="${key}"]`);
      if (!button) return;
      event.preventDefault();
      form.requestSubmit(button);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [scripted]);

  if (!scripted) return null;
  return (
    <div ref={root} className="queue-tools">
      <label className="choice">
        <input
          type="checkbox"
          onChange={(event) => {
            for (const box of event.currentTarget.form?.querySelectorAll<HTMLInputElement>('input[name="ids"]') ?? []) box.checked = event.currentTarget.checked;
          }}
        />{' '}
        Select all on this page
      </label>
      <p className="field-hint" id="queue-shortcuts">
        Keyboard: <kbd>j</kbd> and <kbd>k</kbd> move to the next and previous comment; <kbd>a</kbd> approves it, <kbd>s</kbd> marks it as spam, <kbd>t</kbd> moves it to the trash.
      </p>
    </div>
  );
}
