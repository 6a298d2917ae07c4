import { characterCount, LONE_SURROGATE, NUL } from './text';

/** A form's fields as typed: one value each, or every value of a list field. */
export type TypedFields = Record<string, string | string[]>;

/** More than any post or framework the editor allows, so a working copy never refuses text a save would take. */
const MAX_CHARACTERS = 400_000;

export type WorkingCopyParse = { ok: true; fields: TypedFields } | { ok: false; field: string; message: string };

/**
 * The fields of an autosave, kept exactly as typed: it may be half-written
 * (an empty title is fine), but it must be text PostgreSQL stores unchanged.
 * A NUL byte or a lone surrogate is refused, naming the field.
 */
export function parseWorkingCopyFields(formData: FormData, fields: Readonly<Record<string, string>>, lists: readonly string[] = []): WorkingCopyParse {
  const parsed: TypedFields = {};
  let total = 0;
  for (const [name, label] of Object.entries(fields)) {
    const values = formData.getAll(name).filter((value): value is string => typeof value === 'string');
    for (const value of values) {
      if (NUL.test(value)) return { ok: false, field: name, message: `${label} contains a NUL character, which cannot be stored.` };
      if (LONE_SURROGATE.test(value)) return { ok: false, field: name, message: `${label} contains invalid Unicode (a lone surrogate).` };
      total += characterCount(value);
    }
    parsed[name] = lists.includes(name) ? values : (values[0] ?? '');
  }
  if (total > MAX_CHARACTERS) return { ok: false, field: '', message: `The text is too long to keep as a working copy (${total.toLocaleString('en-US')} characters).` };
  return { ok: true, fields: parsed };
}
