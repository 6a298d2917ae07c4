import type { Metadata } from 'next';
import { adminFrameworkPaths } from '@/lib/paths';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { FrameworkForm } from '../_components/framework-form';
import { initialFrameworkState } from '../form-state';
import '../frameworks.css';

// Rendered whole on request, blocking, as every admin page is (app/admin/layout.tsx); Next's dev-only instant-navigation check does not apply.
export const instant = false;

export const metadata: Metadata = { title: 'New framework' };

export default async function NewFrameworkPage() {
  await requireRole('admin', 'editor');
  return (
    <>
      <p>
        <Link href={adminFrameworkPaths.list()}>← All frameworks</Link>
      </p>
      <h1>New framework</h1>
      <FrameworkForm initial={initialFrameworkState()} />
    </>
  );
}
