import { diffFields, fieldText, type FieldChange } from '@/lib/diff/fields';
import { contentOf, type EditablePost, type PostContent } from '@/lib/data/post-editing';
import { POST_LABELS, postFieldMap } from './field-map';

/** What the refused author is shown: the other person's change, field by field. */
export interface PostConflict {
  currentVersion: number;
  savedAt: string;
  changes: FieldChange[];
}

/**
 * The change made since the version the author started from. When that
 * version's revision is unknown (content older than revisions), every stored
 * field is shown as it now stands.
 */
export function describeConflict(base: PostContent | null, current: EditablePost, categoryNames: ReadonlyMap<number, string>): PostConflict {
  const now = postFieldMap(contentOf(current), categoryNames);
  const changes = base
    ? diffFields(postFieldMap(base, categoryNames), now, POST_LABELS)
    : Object.entries(POST_LABELS).map(([field, label]) => ({ field, label, parts: [{ kind: 'same' as const, text: fieldText(now[field]) }], added: 0, removed: 0 }));
  return { currentVersion: current.version, savedAt: current.updatedAt.toISOString(), changes };
}
