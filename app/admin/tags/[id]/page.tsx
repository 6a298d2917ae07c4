import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/guards';
import { TermEditPage } from '@/app/admin/_taxonomy/term-pages';
import { deleteTagAction, mergeTagAction, saveTagAction } from '../actions';

export const metadata: Metadata = { title: 'Tag' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

export default async function TagPage({ params, searchParams }: Props) {
  await requireRole('admin', 'editor');
  const [{ id }, { done }] = await Promise.all([params, searchParams]);
  return <TermEditPage kind="tag" actions={{ save: saveTagAction, merge: mergeTagAction, remove: deleteTagAction }} id={id} done={done} />;
}
