import type { SavedInPlace } from '@/app/admin/_components/editor-session/answers';
import type { FieldChange } from '@/lib/diff/fields';
import { emptyFrameworkValues, type FrameworkFormField, type FrameworkFormValues, type FrameworkStatus } from '@/lib/validation/framework-fields';

/** What the framework form shows: the values as typed, messages, and a conflict when one happened. */
export interface FrameworkFormState {
  status: 'idle' | 'error' | 'conflict' | 'saved';
  values: FrameworkFormValues;
  /** Draft or published, as chosen in the form; not part of the content (revisions never store it). */
  publication: FrameworkStatus;
  /** The framework's id; '' for a new one. */
  id: string;
  /** The version the text in the form is based on; sent back on save for the concurrency check. */
  version: string;
  errors: Partial<Record<FrameworkFormField, string>>;
  message?: string;
  conflict?: FrameworkConflict;
  /** Counts round trips without JavaScript, so the form re-mounts with the returned values each time. */
  attempt: number;
  /** A save from the editor's script, which stays on the page. */
  saved?: SavedInPlace;
  /** The database could not be reached: nothing was saved. */
  unavailable?: boolean;
}

export interface FrameworkConflict {
  /** The version someone else saved. */
  version: number;
  savedBy: string | null;
  savedAt: string;
  /** Their change: from the version the editor started from to theirs. */
  changes: FieldChange[];
  /** True when the starting version was unknown and the diff is against the editor's own text instead. */
  comparedWithOwnText: boolean;
}

/** A new framework starts as a draft. */
export function initialFrameworkState(input: { id?: number; version?: number; values?: FrameworkFormValues; publication?: FrameworkStatus } = {}): FrameworkFormState {
  return {
    status: 'idle',
    values: input.values ?? emptyFrameworkValues(),
    publication: input.publication ?? 'draft',
    id: input.id === undefined ? '' : String(input.id),
    version: input.version === undefined ? '' : String(input.version),
    errors: {},
    attempt: 0,
  };
}
