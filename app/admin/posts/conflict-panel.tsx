import { DiffText } from '@/app/admin/_components/diff-text';
import type { PostConflict } from './conflict';

/** The other person's change, so the author can merge it by hand before saving again. */
export function ConflictPanel({ conflict }: { conflict: PostConflict }) {
  return (
    <section className="conflict-panel" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">Their change (now version {conflict.currentVersion})</h2>
      {conflict.changes.length === 0 ? (
        <p>They saved the same text you started from.</p>
      ) : (
        <dl>
          {conflict.changes.map((change) => (
            <div key={change.label}>
              <dt>{change.label}</dt>
              <dd>
                <DiffText parts={change.parts} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
