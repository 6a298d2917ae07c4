import type { TypedFields } from '@/lib/validation/working-copy';

/** Bookkeeping fields a form posts that are not the author's text. */
const NOT_TEXT = new Set(['id', 'version', 'intent', 'stay', 'overwriteVersion']);

/** The author's text in a form: each field once, or every value of a list field, in order. */
export function typedFields(data: FormData, lists: readonly string[]): TypedFields {
  // An emptied list posts nothing at all; it is still a field, with no items.
  const fields: TypedFields = Object.fromEntries(lists.map((name) => [name, []]));
  for (const name of new Set(data.keys())) {
    if (NOT_TEXT.has(name) || name.startsWith('$ACTION')) continue;
    const values = data.getAll(name).filter((value): value is string => typeof value === 'string');
    fields[name] = lists.includes(name) ? values : (values[0] ?? '');
  }
  return fields;
}

/** One string per state of the text, to tell "changed since saved" by comparing two. */
export function snapshotOf(fields: TypedFields): string {
  return JSON.stringify(Object.keys(fields).sort().map((name) => [name, fields[name]]));
}

export function sameValue(a: TypedFields[string] | undefined, b: TypedFields[string] | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The event list fields listen for: they own their items in React state, so they set them themselves. */
export const APPLY_EVENT = 'editor:apply';

/**
 * Puts text back into a form: a working copy, a copy from this browser, or a
 * value the server settled (a slug made from the title). Values go in through
 * the elements' native setters followed by an input event, which is what React
 * and the form's own listeners see when a person types.
 */
export function applyFields(form: HTMLFormElement, fields: TypedFields, lists: readonly string[]): void {
  for (const [name, value] of Object.entries(fields)) {
    if (lists.includes(name)) continue;
    const text = Array.isArray(value) ? (value[0] ?? '') : value;
    for (const element of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`[name="${CSS.escape(name)}"]`)) {
      if (element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox')) {
        element.checked = element.value === text;
      } else {
        const prototype = Object.getPrototypeOf(element) as object;
        Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(element, text);
      }
      element.dispatchEvent(new Event(element instanceof HTMLSelectElement || element.type === 'radio' ? 'change' : 'input', { bubbles: true }));
    }
  }
  form.dispatchEvent(new CustomEvent(APPLY_EVENT, { detail: fields }));
}
