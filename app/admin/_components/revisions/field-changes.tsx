import type { FieldChange } from '@/lib/diff/fields';
import type { DiffPart } from '@/lib/diff/words';
import './revisions.css';

/**
 * Renders precomputed diffs (see lib/diff/fields.ts). Free of hooks and
 * server-only code, so client forms can show a conflict's diff too.
 */
export function DiffText({ parts }: { parts: DiffPart[] }) {
  return (
    <p className="diff-text">
      {parts.map((part, index) =>
        part.kind === 'added' ? (
          <ins key={index}>
            <span className="visually-hidden">[added: </span>
            {part.text}
            <span className="visually-hidden">]</span>
          </ins>
        ) : part.kind === 'removed' ? (
          <del key={index}>
            <span className="visually-hidden">[removed: </span>
            {part.text}
            <span className="visually-hidden">]</span>
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}

function wordCount(count: number, sign: string) {
  return `${sign}${count} word${count === 1 ? '' : 's'}`;
}

/** One section per changed field: its label, how much changed, and the word diff. */
export function FieldChanges({ changes, headingLevel = 3, emptyMessage = 'No field differs.' }: { changes: FieldChange[]; headingLevel?: 2 | 3 | 4; emptyMessage?: string }) {
  if (changes.length === 0) return <p className="meta">{emptyMessage}</p>;
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="field-changes">
      {changes.map((change) => (
        <section key={change.field} aria-labelledby={`change-${change.field}`} className="field-change">
          <Heading id={`change-${change.field}`}>{change.label}</Heading>
          <p className="meta">
            {wordCount(change.added, '+')}, {wordCount(change.removed, '−')}
          </p>
          <DiffText parts={change.parts} />
        </section>
      ))}
    </div>
  );
}
