import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { CreateUserForm } from './create-user-form';

// Rendered whole on request, blocking, as every admin page is (app/admin/layout.tsx); Next's dev-only instant-navigation check does not apply.
export const instant = false;

export const metadata: Metadata = { title: 'New user' };

export default async function NewUserPage() {
  await requireRole('admin');
  return (
    <>
      <p>
        <Link href="/admin/users">← All users</Link>
      </p>
      <h1>New user</h1>
      <CreateUserForm />
    </>
  );
}
