import { FieldChanges } from '@/app/admin/_components/revisions/field-changes';
import type { PostConflict } from './conflict';

/** The other person's change, so the author can merge it by hand before saving again. */
export function ConflictPanel({ conflict }: { conflict: PostConflict }) {
  return (
    <section className="conflict-panel" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">Their change (now version {conflict.currentVersion})</h2>
      <FieldChanges changes={conflict.changes} headingLevel={3} emptyMessage="They saved the same text you started from." />
    </section>
  );
}
