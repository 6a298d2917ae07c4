import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/guards';
import { TermEditPage } from '@/app/admin/_taxonomy/term-pages';
import { deleteCategoryAction, mergeCategoryAction, saveCategoryAction } from '../actions';

// Rendered whole on request, blocking, as every admin page is (app/admin/layout.tsx); Next's dev-only instant-navigation check does not apply.
export const instant = false;

export const metadata: Metadata = { title: 'Category' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

export default async function CategoryPage({ params, searchParams }: Props) {
  await requireRole('admin', 'editor');
  const [{ id }, { done }] = await Promise.all([params, searchParams]);
  return <TermEditPage kind="category" actions={{ save: saveCategoryAction, merge: mergeCategoryAction, remove: deleteCategoryAction }} id={id} done={done} />;
}
