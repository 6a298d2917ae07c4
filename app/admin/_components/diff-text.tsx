import type { DiffPart } from '@/lib/diff/words';

/**
 * A word diff as text with <ins>/<del>, which screen readers announce as
 * insertions and deletions; colour is only a second cue.
 */
export function DiffText({ parts }: { parts: DiffPart[] }) {
  return (
    <div className="diff-text">
      {parts.map((part, index) =>
        part.kind === 'added' ? (
          <ins key={index}>{part.text}</ins>
        ) : part.kind === 'removed' ? (
          <del key={index}>{part.text}</del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </div>
  );
}
