import Link from 'next/link';
import type { FieldMap } from '@/lib/diff/fields';
import type { RevisionSummary } from '@/lib/data/revisions';
import { RevisionComparison } from './revision-comparison';
import { FieldsDiff } from './revision-diff';
import { RevisionList } from './revision-list';

/** What restoring one revision would do, shown before anything is written. */
export interface RestoreReview {
  revisionId: number;
  version: number;
  /** The item now, and as it would be after the restore (slug kept). */
  current: FieldMap;
  restored: FieldMap;
  /** When the revision had another address: the author may bring it back too, deliberately. */
  slug: { current: string; revision: string; address: (slug: string) => string } | null;
  /** What a restore leaves as it is, in a sentence. */
  keeps: string;
}

interface HistoryViewProps {
  itemName: string;
  editHref: string;
  historyPath: string;
  revisions: RevisionSummary[];
  currentVersion: number;
  labels: Readonly<Record<string, string>>;
  comparison: { from: { id: number; version: number; fields: FieldMap }; to: { id: number; version: number; fields: FieldMap } } | null;
  review: RestoreReview | null;
  itemId: number;
  restoreAction: (formData: FormData) => Promise<void>;
  /** Shown above the list: a refused restore's reason. */
  error?: string;
  /** Said when the item has no revisions yet. */
  emptyMessage: string;
}

/** The history page of any versioned item: its revisions, a comparison of two, and a restore that shows its changes first. */
export function HistoryView(props: HistoryViewProps) {
  const { itemName, editHref, historyPath, revisions, currentVersion, labels, comparison, review, error } = props;
  return (
    <>
      <p>
        <Link href={editHref}>← Edit “{itemName}”</Link>
      </p>
      <h1>History of “{itemName}”</h1>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {review && <RestoreReviewPanel review={review} labels={labels} itemId={props.itemId} action={props.restoreAction} cancelHref={historyPath} />}
      {revisions.length === 0 ? (
        <p>{props.emptyMessage}</p>
      ) : (
        <RevisionList
          revisions={revisions}
          currentVersion={currentVersion}
          selected={comparison ? { fromId: comparison.from.id, toId: comparison.to.id } : null}
          comparePath={historyPath}
          offersRestore
        />
      )}
      {comparison && <RevisionComparison from={comparison.from} to={comparison.to} labels={labels} />}
    </>
  );
}

function RestoreReviewPanel({ review, labels, itemId, action, cancelHref }: { review: RestoreReview; labels: Readonly<Record<string, string>>; itemId: number; action: (formData: FormData) => Promise<void>; cancelHref: string }) {
  const { slug } = review;
  return (
    <section id="restore-review" aria-labelledby="restore-review-heading" className="restore-review">
      <h2 id="restore-review-heading">Restore version {review.version}?</h2>
      <p>Restoring writes a new version with these changes to what is saved now. Nothing is lost: the current version stays in the history. {review.keeps}</p>
      <FieldsDiff before={review.current} after={review.restored} labels={labels} headingLevel={3} emptyMessage="Restoring it would change nothing: its text is what is saved now." />
      <form action={action} className="form">
        <input type="hidden" name="id" value={itemId} />
        <input type="hidden" name="revisionId" value={review.revisionId} />
        {slug && (
          <label className="choice">
            <input type="checkbox" name="withSlug" /> Also change the address back from {slug.address(slug.current)} to {slug.address(slug.revision)}
            <span className="field-hint"> — left unticked, the address stays as it is.</span>
          </label>
        )}
        <div className="form-actions">
          <button type="submit" className="button">
            Restore version {review.version}
          </button>
          <Link href={cancelHref}>Cancel</Link>
        </div>
      </form>
    </section>
  );
}
