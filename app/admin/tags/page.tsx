import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/guards';
import { TermListPage } from '@/app/admin/_taxonomy/term-pages';
import { deleteTagAction, mergeTagAction, saveTagAction } from './actions';

// Rendered whole on request, blocking, as every admin page is (app/admin/layout.tsx); Next's dev-only instant-navigation check does not apply.
export const instant = false;

export const metadata: Metadata = { title: 'Tags' };

export default async function TagsPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  await requireRole('admin', 'editor');
  return <TermListPage kind="tag" actions={{ save: saveTagAction, merge: mergeTagAction, remove: deleteTagAction }} done={(await searchParams).done} />;
}
