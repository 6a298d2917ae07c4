'use client';

import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { htmlMaxLength } from '@/app/_components/form-field';
import { applyListOperation, listIntent, type ListOperation } from '@/lib/forms/list-intent';
import { APPLY_EVENT } from './editor-session/form-fields';
import './ordered-list-field.css';

interface Props {
  /** Each item posts as one value under this name, in order (FormData.getAll). */
  name: string;
  label: string;
  items: string[];
  error?: string;
  hint?: string;
  maxLength?: number;
}

interface Item {
  key: number;
  text: string;
}

/** Rows enough for the whole item at the field's usual width (about 60 characters a line), for browsers without field-sizing. */
function rowsFor(text: string): number {
  return Math.max(1, Math.ceil(text.length / 60));
}

/**
 * An ordered list of one-line items: add, remove, move up and down.
 * Every button is a submit button named `intent` (lib/forms/list-intent.ts),
 * so without JavaScript the server applies the change and re-renders the form
 * with everything kept; with JavaScript the same change happens in place.
 */
export function OrderedListField({ name, label, items: initial, error, hint, maxLength }: Props) {
  const id = `field-${name}`;
  const nextKey = useRef(initial.length);
  const [items, setItems] = useState<Item[]>(() => initial.map((text, key) => ({ key, text })));
  const [announcement, setAnnouncement] = useState('');
  const focusAfterRender = useRef<string | null>(null);

  // Text put back by the editor session (a working copy, this browser's copy) includes the lists.
  const list = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    const form = list.current?.form;
    if (!form) return;
    const onApply = (event: Event) => {
      const value = (event as CustomEvent<Record<string, string | string[]>>).detail[name];
      if (value === undefined) return;
      const texts = Array.isArray(value) ? value : [value];
      setItems(texts.map((text) => ({ key: nextKey.current++, text })));
    };
    form.addEventListener(APPLY_EVENT, onApply);
    return () => form.removeEventListener(APPLY_EVENT, onApply);
  }, [name]);

  useEffect(() => {
    if (focusAfterRender.current === null) return;
    const target = document.getElementById(focusAfterRender.current);
    focusAfterRender.current = null;
    if (target instanceof HTMLElement) target.focus();
  }, [items]);

  function apply(event: MouseEvent<HTMLButtonElement>, operation: ListOperation) {
    event.preventDefault();
    const blank = { key: nextKey.current, text: '' };
    nextKey.current += 1;
    const next = applyListOperation(items, operation, blank);
    setItems(next);
    // A reorder types nothing, so tell the form it changed (the unsaved-changes guard listens for input).
    event.currentTarget.form?.dispatchEvent(new Event('input', { bubbles: true }));
    if (operation.op === 'add') {
      focusAfterRender.current = `${id}-${next.length - 1}`;
      setAnnouncement(`Added ${label} item ${next.length}.`);
    } else if (operation.op === 'remove') {
      focusAfterRender.current = next.length === 0 ? `${id}-add` : `${id}-${Math.min(operation.index, next.length - 1)}`;
      setAnnouncement(`Removed ${label} item ${operation.index + 1}.`);
    } else {
      const to = operation.op === 'up' ? operation.index - 1 : operation.index + 1;
      // Keep focus on the same button so the item can be moved again; at an end, on the other one.
      const atEnd = (operation.op === 'up' && to === 0) || (operation.op === 'down' && to === next.length - 1);
      focusAfterRender.current = `${id}-${to}-${atEnd ? (operation.op === 'up' ? 'down' : 'up') : operation.op}`;
      setAnnouncement(`Moved ${label} item ${operation.index + 1} to position ${to + 1}.`);
    }
  }

  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset ref={list} className="field ordered-list" aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend>{label}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {items.length === 0 && <p className="field-hint">No items yet.</p>}
      <ol>
        {items.map((item, index) => {
          const position = `${label} item ${index + 1}`;
          return (
            <li key={item.key}>
              <label htmlFor={`${id}-${index}`} className="visually-hidden">
                {position}
              </label>
              {/* A textarea, so a long item shows every word, wrapped: sized to its text by CSS, and by rows where that is not supported. */}
              <textarea
                id={`${id}-${index}`}
                name={name}
                value={item.text}
                rows={rowsFor(item.text)}
                maxLength={htmlMaxLength(maxLength)}
                onKeyDown={(event) => {
                  // An item is one line: Enter adds no line break (a pasted one is refused by name on save, decision 010).
                  if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) event.preventDefault();
                }}
                onChange={(event) => {
                  const text = event.target.value;
                  setItems((current) => current.map((other) => (other.key === item.key ? { ...other, text } : other)));
                }}
              />
              <span className="ordered-list-buttons">
                <button
                  id={`${id}-${index}-up`}
                  type="submit"
                  name="intent"
                  value={listIntent.up(name, index)}
                  formNoValidate
                  disabled={index === 0}
                  className="button"
                  onClick={(event) => apply(event, { op: 'up', index })}
                >
                  <span aria-hidden="true">↑</span>
                  <span className="visually-hidden">Move {position} up</span>
                </button>
                <button
                  id={`${id}-${index}-down`}
                  type="submit"
                  name="intent"
                  value={listIntent.down(name, index)}
                  formNoValidate
                  disabled={index === items.length - 1}
                  className="button"
                  onClick={(event) => apply(event, { op: 'down', index })}
                >
                  <span aria-hidden="true">↓</span>
                  <span className="visually-hidden">Move {position} down</span>
                </button>
                <button type="submit" name="intent" value={listIntent.remove(name, index)} formNoValidate className="button button-secondary" onClick={(event) => apply(event, { op: 'remove', index })}>
                  <span aria-hidden="true">Remove</span>
                  <span className="visually-hidden">Remove {position}</span>
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <button id={`${id}-add`} type="submit" name="intent" value={listIntent.add(name)} formNoValidate className="button" onClick={(event) => apply(event, { op: 'add' })}>
        Add an item<span className="visually-hidden"> to {label}</span>
      </button>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
