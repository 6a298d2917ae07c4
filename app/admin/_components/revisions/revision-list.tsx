import Link from 'next/link';
import type { RevisionSummary } from '@/lib/data/revisions';
import { formatRevisionTime } from './format';
import './revisions.css';

interface RevisionListProps {
  /** Newest first, as listRevisions returns them. */
  revisions: RevisionSummary[];
  /** The item's version now: its revision is marked current and cannot be restored. */
  currentVersion: number;
  /** The pair being compared, pre-selected in the radio buttons. */
  selected?: { fromId: number; toId: number } | null;
  /** The history page's own path: the compare form sends `?from=<id>&to=<id>` there (GET, no JavaScript needed). */
  comparePath: string;
  /** Offer each older revision for restoring: its link opens `?restore=<id>`, which shows what restoring would change first. */
  offersRestore?: boolean;
}

/**
 * Any item's revisions (version, who, when): pick two to compare, or restore
 * one. Each restore button is its own form; the radio buttons belong to the
 * compare form through their `form` attribute, since forms cannot nest.
 */
export function RevisionList({ revisions, currentVersion, selected, comparePath, offersRestore = false }: RevisionListProps) {
  const formId = 'revision-compare';
  return (
    <>
      <form id={formId} method="get" action={comparePath} className="revision-compare" />
      <table className="revision-list">
        <caption className="visually-hidden">Revisions, newest first</caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">Version</th>
            <th scope="col">Saved by</th>
            <th scope="col">When</th>
            {offersRestore && <th scope="col">Restore</th>}
          </tr>
        </thead>
        <tbody>
          {revisions.map((revision) => {
            const isCurrent = revision.version === currentVersion;
            return (
              <tr key={revision.id} aria-current={isCurrent ? 'true' : undefined}>
                <td>
                  <input
                    type="radio"
                    name="from"
                    value={revision.id}
                    form={formId}
                    defaultChecked={selected?.fromId === revision.id}
                    aria-label={`Compare from version ${revision.version}`}
                  />
                </td>
                <td>
                  <input type="radio" name="to" value={revision.id} form={formId} defaultChecked={selected?.toId === revision.id} aria-label={`Compare to version ${revision.version}`} />
                </td>
                <th scope="row">
                  Version {revision.version}
                  {isCurrent && <span className="pill">current</span>}
                </th>
                <td>{revision.authorName ?? 'Unknown (imported content)'}</td>
                <td>
                  <time dateTime={revision.createdAt.toISOString()}>{formatRevisionTime(revision.createdAt)}</time>
                </td>
                {offersRestore && (
                  <td>
                    {!isCurrent && (
                      <Link href={`${comparePath}?restore=${revision.id}#restore-review`} className="button button-secondary">
                        Review restoring version {revision.version}
                      </Link>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {revisions.length > 1 && (
        <p>
          <button type="submit" form={formId} className="button">
            Compare selected versions
          </button>
        </p>
      )}
    </>
  );
}
