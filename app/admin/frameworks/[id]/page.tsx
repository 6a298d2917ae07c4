import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/guards';
import { parsePositiveInt } from '@/lib/forms/ids';
import { getFrameworkForEdit } from '@/lib/data/framework-editing';
import { paths } from '@/lib/paths';
import { formatRevisionTime } from '../../_components/revisions/format';
import { FeatureImageForm } from '@/app/admin/_components/feature-image-form';
import { getFrameworkLogoMediaId } from '@/lib/data/feature-images';
import { listMediaChoices } from '@/lib/data/media';
import { setFrameworkLogoAction } from '../actions';
import { FrameworkForm } from '../_components/framework-form';
import { initialFrameworkState } from '../form-state';
import { toFormValues } from '../form-values';
import '../frameworks.css';

export const metadata: Metadata = { title: 'Edit framework' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function EditFrameworkPage({ params, searchParams }: Props) {
  await requireRole('admin', 'editor');
  const id = parsePositiveInt((await params).id);
  if (id === null) notFound();
  const framework = await getFrameworkForEdit(id);
  if (!framework) notFound();
  const { saved } = await searchParams;
  const [logoId, mediaChoices] = await Promise.all([getFrameworkLogoMediaId(framework.id), listMediaChoices()]);
  return (
    <>
      <p>
        <Link href="/admin/frameworks">← All frameworks</Link>
      </p>
      <h1>Edit {framework.name}</h1>
      <p className="meta">
        Version {framework.version}, last saved {formatRevisionTime(framework.updatedAt)} · <Link href={paths.framework(framework.slug)}>View on the site</Link> ·{' '}
        <Link href={`/admin/frameworks/${framework.id}/history`}>History</Link>
      </p>
      {saved !== undefined && (
        <p className="notice notice-success" role="status">
          Saved. Readers see the change on their next page load.
        </p>
      )}
      {/* Keyed by version: after a save the form starts again from what is stored. */}
      <FrameworkForm key={framework.version} initial={initialFrameworkState({ id: framework.id, version: framework.version, values: toFormValues(framework) })} submitLabel="Save framework" />
      <FeatureImageForm action={setFrameworkLogoAction} targetId={framework.id} label="Logo" currentId={logoId} choices={mediaChoices} />
    </>
  );
}
