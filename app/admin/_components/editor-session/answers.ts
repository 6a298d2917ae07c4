import type { TypedFields } from '@/lib/validation/working-copy';

/** What an editor form's save action says, with JavaScript, when it saved (it redirects without JavaScript). */
export interface SavedInPlace {
  itemId: number;
  version: number;
  /** The editor's address, for a new item: the browser's address bar moves there. */
  editHref: string;
  /** Fields the server settled, e.g. a slug made from the title; the editor takes them unless typed over meanwhile. */
  settled: TypedFields;
}

/** How one save from the editor went, as the session bar reports it. */
export type SaveAnswer =
  | ({ outcome: 'saved'; message: string } & SavedInPlace)
  /** Refused (a field, a conflict): the form shows why. `version` is the one a deliberate second save is based on. */
  | { outcome: 'refused'; version?: number }
  /** The server or its database could not be reached: nothing was saved. */
  | { outcome: 'offline' };

export type AutosaveAnswer = { ok: true; keptAt: string } | { ok: false; offline: boolean; message: string };

export type DiscardAnswer = { ok: true } | { ok: false; message: string };

/** A form field that says the save came from the editor's script, which stays on the page. */
export const STAY_FIELD = 'stay';
