import type { FieldMap } from '@/lib/diff/fields';
import { FieldsDiff } from './revision-diff';

/** The "Changes from version A to version B" section of any item's history page. */
export function RevisionComparison({ from, to, labels }: { from: { version: number; fields: FieldMap }; to: { version: number; fields: FieldMap }; labels: Readonly<Record<string, string>> }) {
  return (
    <section aria-labelledby="comparison-heading" className="revision-comparison">
      <h2 id="comparison-heading">
        Changes from version {from.version} to version {to.version}
      </h2>
      <FieldsDiff before={from.fields} after={to.fields} labels={labels} headingLevel={3} emptyMessage="These two versions have the same content." />
    </section>
  );
}
