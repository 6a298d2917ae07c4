import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/guards';
import { parsePositiveInt } from '@/lib/forms/ids';
import { getFrameworkForEdit } from '@/lib/data/framework-editing';
import { adminFrameworkPaths, paths } from '@/lib/paths';
import { getWorkingCopy } from '@/lib/data/working-copies';
import { formatRevisionTime } from '../../_components/revisions/format';
import { FeatureImageForm } from '@/app/admin/_components/feature-image-form';
import { getFrameworkLogoMediaId } from '@/lib/data/feature-images';
import { listMediaChoices } from '@/lib/data/media';
import { setFrameworkLogoAction } from '../actions';
import { FrameworkForm } from '../_components/framework-form';
import { initialFrameworkState } from '../form-state';
import { toFormValues } from '../form-values';
import '../frameworks.css';

// Rendered whole on request, blocking, as every admin page is (app/admin/layout.tsx); Next's dev-only instant-navigation check does not apply.
export const instant = false;

export const metadata: Metadata = { title: 'Edit framework' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; merged?: string; created?: string; restored?: string }> };

export default async function EditFrameworkPage({ params, searchParams }: Props) {
  const user = await requireRole('admin', 'editor');
  const id = parsePositiveInt((await params).id);
  if (id === null) notFound();
  const framework = await getFrameworkForEdit(id);
  if (!framework) notFound();
  const { saved, merged, created, restored } = await searchParams;
  const [logoId, mediaChoices, workingCopy] = await Promise.all([
    getFrameworkLogoMediaId(framework.id),
    listMediaChoices(),
    getWorkingCopy({ kind: 'framework', itemId: framework.id, userId: user.id }),
  ]);
  const live = framework.status === 'published';
  const notice = created
    ? live
      ? 'Framework created and published. Readers see it now.'
      : 'Framework created as a draft. Readers see nothing of it until you publish it.'
    : saved
      ? `Saved as version ${saved}.${live ? ' Readers see the change on their next page load.' : ' It is a draft: readers do not see it.'}${merged ? ` Someone else had saved version ${merged} meanwhile; their changes and yours are both in it.` : ''}`
      : restored
        ? `Restored as version ${restored}.${live ? ' Readers see it on their next page load.' : ''}`
        : undefined;
  return (
    <>
      <p>
        <Link href={adminFrameworkPaths.list()}>← All frameworks</Link>
      </p>
      <h1>Edit {framework.name}</h1>
      <p className="meta">
        Version {framework.version}, last saved {formatRevisionTime(framework.updatedAt)} · {live ? 'Published' : 'Draft'} ·{' '}
        {live ? <Link href={paths.framework(framework.slug)}>View on the site</Link> : 'Not on the site yet'} ·{' '}
        <Link href={adminFrameworkPaths.history(framework.id)}>History</Link>
      </p>
      {/* Not keyed by version: a save from the form refreshes this page, and what is typed on screen must stay.
          A restore comes back here with ?restored=, and the form starts again from what is stored. */}
      <FrameworkForm
        key={restored ?? 'editing'}
        initial={initialFrameworkState({ id: framework.id, version: framework.version, values: toFormValues(framework), publication: framework.status })}
        live={live}
        workingCopy={workingCopy && { ...workingCopy, updatedAt: workingCopy.updatedAt.toISOString() }}
        notice={notice}
      />
      <FeatureImageForm action={setFrameworkLogoAction} targetId={framework.id} label="Logo" currentId={logoId} choices={mediaChoices} />
    </>
  );
}
