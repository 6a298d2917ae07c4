import type { AutosaveAnswer, DiscardAnswer } from '@/app/admin/_components/editor-session/answers';
import { discardWorkingCopy, keepWorkingCopy } from '@/lib/data/working-copies';
import type { RevisionKind } from '@/lib/data/revisions';
import { keepTextWhenDatabaseIsDown } from '@/lib/forms/form-state';
import { parsePositiveInt } from '@/lib/forms/ids';
import { parseWorkingCopyFields } from '@/lib/validation/working-copy';

/** The item an autosave or discard is for, once the action has checked the session and the role: whose copy, and its name for the audit log. */
export interface WorkingCopyTarget {
  kind: RevisionKind;
  itemId: number;
  userId: number;
  label: string;
}

/** What an autosave answers while the database cannot be reached: the editor keeps the text and tries again later. */
export const autosaveOffline = (message: string): AutosaveAnswer => ({ ok: false, offline: true, message });
/** What "Discard changes" answers then: nothing was discarded. */
export const discardOffline = (message: string): DiscardAnswer => ({ ok: false, message });

/**
 * The body of every autosave action: `authorize` runs first (session, role,
 * the item may be edited by this person; it throws Next's redirect, 403 or
 * 404 otherwise), then the fields are checked for text PostgreSQL cannot
 * store and kept. A database outage answers "offline", never a 500.
 */
export function autosaveWorkingCopy(
  formData: FormData,
  authorize: () => Promise<WorkingCopyTarget>,
  fields: Readonly<Record<string, string>>,
  lists: readonly string[] = [],
): Promise<AutosaveAnswer> {
  return keepTextWhenDatabaseIsDown(
    async (): Promise<AutosaveAnswer> => {
      const { label, ...owner } = await authorize();
      const baseVersion = parsePositiveInt(formData.get('version'));
      if (baseVersion === null) return { ok: false, offline: false, message: 'Not autosaved: the editor did not say which version it is based on. Reload the page.' };
      const parsed = parseWorkingCopyFields(formData, fields, lists);
      if (!parsed.ok) return { ok: false, offline: false, message: `Not autosaved: ${parsed.message}` };
      const keptAt = await keepWorkingCopy(owner, baseVersion, parsed.fields, label);
      return { ok: true, keptAt: keptAt.toISOString() };
    },
    autosaveOffline,
  );
}

/** The body of every "Discard changes" action: after `authorize`, the person's working copy goes. */
export function discardWorkingCopyFor(authorize: () => Promise<WorkingCopyTarget>): Promise<DiscardAnswer> {
  return keepTextWhenDatabaseIsDown(
    async (): Promise<DiscardAnswer> => {
      const { label, ...owner } = await authorize();
      await discardWorkingCopy(owner, label);
      return { ok: true };
    },
    discardOffline,
  );
}
