import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/guards';
import { TermListPage } from '@/app/admin/_taxonomy/term-pages';
import { deleteCategoryAction, mergeCategoryAction, saveCategoryAction } from './actions';

// Rendered whole on request, blocking, as every admin page is (app/admin/layout.tsx); Next's dev-only instant-navigation check does not apply.
export const instant = false;

export const metadata: Metadata = { title: 'Categories' };

export default async function CategoriesPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  await requireRole('admin', 'editor');
  return <TermListPage kind="category" actions={{ save: saveCategoryAction, merge: mergeCategoryAction, remove: deleteCategoryAction }} done={(await searchParams).done} />;
}
