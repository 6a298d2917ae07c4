import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/guards';
import { TermListPage } from '@/app/admin/_taxonomy/term-pages';
import { deleteCategoryAction, mergeCategoryAction, saveCategoryAction } from './actions';

export const metadata: Metadata = { title: 'Categories' };

export default async function CategoriesPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  await requireRole('admin', 'editor');
  return <TermListPage kind="category" actions={{ save: saveCategoryAction, merge: mergeCategoryAction, remove: deleteCategoryAction }} done={(await searchParams).done} />;
}
