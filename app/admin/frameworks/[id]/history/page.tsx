import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { pickComparison } from '@/app/admin/_components/revisions/comparison';
import { HistoryView } from '@/app/admin/_components/revisions/history-view';
import { requireRole } from '@/lib/auth/guards';
import { parsePositiveInt } from '@/lib/forms/ids';
import { getFrameworkForEdit, type FrameworkContent } from '@/lib/data/framework-editing';
import { getRevision, listRevisions } from '@/lib/data/revisions';
import { adminFrameworkPaths, paths } from '@/lib/paths';
import { FRAMEWORK_LABELS } from '@/lib/validation/framework-fields';
import { restoreFrameworkRevisionAction } from '../../actions';
import { asFieldMap } from '../../form-values';
import '../../frameworks.css';

// Rendered whole on request, blocking, as every admin page is (app/admin/layout.tsx); Next's dev-only instant-navigation check does not apply.
export const instant = false;

export const metadata: Metadata = { title: 'Framework history' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string; restore?: string; error?: string }> };

export default async function FrameworkHistoryPage({ params, searchParams }: Props) {
  await requireRole('admin', 'editor');
  const id = parsePositiveInt((await params).id);
  if (id === null) notFound();
  const framework = await getFrameworkForEdit(id);
  if (!framework) notFound();
  const query = await searchParams;
  const revisions = await listRevisions('framework', id);
  const pair = pickComparison(revisions, query);
  const restoreId = parsePositiveInt(query.restore ?? null);
  const [from, to, toRestore] = await Promise.all([
    pair && getRevision<FrameworkContent>('framework', id, pair.from.id),
    pair && getRevision<FrameworkContent>('framework', id, pair.to.id),
    restoreId === null ? null : getRevision<Partial<FrameworkContent>>('framework', id, restoreId),
  ]);
  const { slug: revisionSlug, ...restored } = toRestore?.content ?? {};

  return (
    <HistoryView
      itemName={framework.name}
      itemId={id}
      editHref={adminFrameworkPaths.edit(id)}
      historyPath={adminFrameworkPaths.history(id)}
      revisions={revisions}
      currentVersion={framework.version}
      labels={FRAMEWORK_LABELS}
      comparison={from && to ? { from: { ...from, fields: asFieldMap(from.content) }, to: { ...to, fields: asFieldMap(to.content) } } : null}
      review={
        toRestore && toRestore.version !== framework.version
          ? {
              revisionId: toRestore.id,
              version: toRestore.version,
              current: asFieldMap(framework),
              // What restoreFrameworkRevision writes: the revision's fields over what is saved now (fields added since keep theirs).
              restored: asFieldMap({ ...framework, ...restored }),
              slug: revisionSlug && revisionSlug !== framework.slug ? { current: framework.slug, revision: revisionSlug, address: paths.framework } : null,
              keeps: 'Its place in the ranking and its logo stay as they are.',
            }
          : null
      }
      restoreAction={restoreFrameworkRevisionAction}
      error={query.error === 'slug-taken' ? 'Not restored: that version’s address (slug) is now used by another framework. Restore it without the address, or change the slug in the editor.' : undefined}
      emptyMessage={`No revisions yet: this framework has not been saved in the editor since it was imported. The first save keeps the imported text as version ${framework.version}.`}
    />
  );
}
