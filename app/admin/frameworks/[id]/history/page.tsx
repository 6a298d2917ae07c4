import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { pickComparison } from '@/app/admin/_components/revisions/comparison';
import { RevisionList } from '@/app/admin/_components/revisions/revision-list';
import { RevisionComparison } from '@/app/admin/_components/revisions/revision-comparison';
import { requireRole } from '@/lib/auth/guards';
import { parsePositiveInt } from '@/lib/forms/ids';
import { getFrameworkForEdit, type FrameworkContent } from '@/lib/data/framework-editing';
import { getRevision, listRevisions } from '@/lib/data/revisions';
import { FRAMEWORK_LABELS } from '@/lib/validation/framework-fields';
import { restoreFrameworkRevisionAction } from '../../actions';
import { asFieldMap } from '../../form-values';
import '../../frameworks.css';

export const metadata: Metadata = { title: 'Framework history' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string; restored?: string; refused?: string }> };

export default async function FrameworkHistoryPage({ params, searchParams }: Props) {
  await requireRole('admin', 'editor');
  const id = parsePositiveInt((await params).id);
  if (id === null) notFound();
  const framework = await getFrameworkForEdit(id);
  if (!framework) notFound();
  const query = await searchParams;
  const revisions = await listRevisions('framework', id);
  const pair = pickComparison(revisions, query);
  const [from, to] = pair
    ? await Promise.all([getRevision<FrameworkContent>('framework', id, pair.from.id), getRevision<FrameworkContent>('framework', id, pair.to.id)])
    : [null, null];
  const path = `/admin/frameworks/${id}/history`;
  return (
    <>
      <p>
        <Link href={`/admin/frameworks/${id}`}>← Edit {framework.name}</Link>
      </p>
      <h1>History of {framework.name}</h1>
      {query.restored !== undefined && (
        <p className="notice notice-success" role="status">
          Version {query.restored} was restored as version {framework.version}. Readers see it on their next page load.
        </p>
      )}
      {query.refused === 'slug-taken' && (
        <p className="notice notice-error" role="alert">
          Not restored: that version&apos;s slug is now used by another framework. Change its slug in the editor instead.
        </p>
      )}
      {revisions.length === 0 ? (
        <p>No revisions yet: this framework has not been saved in the editor since it was imported. The first save keeps the imported text as version {framework.version}.</p>
      ) : (
        <RevisionList
          revisions={revisions}
          currentVersion={framework.version}
          selected={pair ? { fromId: pair.from.id, toId: pair.to.id } : null}
          comparePath={path}
          restoreAction={restoreFrameworkRevisionAction}
          restoreFields={{ id: String(id) }}
        />
      )}
      {from && to && (
        <RevisionComparison from={{ version: from.version, fields: asFieldMap(from.content) }} to={{ version: to.version, fields: asFieldMap(to.content) }} labels={FRAMEWORK_LABELS} />
      )}
    </>
  );
}
