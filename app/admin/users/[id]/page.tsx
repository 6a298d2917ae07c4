import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/guards';
import { getUser } from '@/lib/data/user-management';
import { userIdSchema } from '@/lib/validation/user';
import { DateTime } from '@/app/admin/_components/date-time';
import { StatusPill } from '../status-pill';
import { PasswordForm } from './password-form';
import { RoleForm } from './role-form';
import { StatusForm } from './status-form';
import '../users.css';

// Rendered whole on request, blocking, as every admin page is (app/admin/layout.tsx); Next's dev-only instant-navigation check does not apply.
export const instant = false;

export const metadata: Metadata = { title: 'User' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export default async function UserPage({ params, searchParams }: Props) {
  const admin = await requireRole('admin');
  const id = userIdSchema.safeParse((await params).id);
  const user = id.success ? await getUser(id.data) : null;
  if (!user) notFound();
  const isSelf = user.id === admin.id;
  const justCreated = (await searchParams).created === '1';
  return (
    <>
      <p>
        <Link href="/admin/users">← All users</Link>
      </p>
      <h1>
        {user.name}
        {isSelf && <span className="meta"> (you)</span>}
      </h1>
      {justCreated && (
        <p className="notice notice-success" role="status">
          {user.name} can now sign in at /login as {user.email}.
        </p>
      )}
      <dl className="user-facts">
        <dt>E-mail</dt>
        <dd>{user.email}</dd>
        <dt>Role</dt>
        <dd>{user.role}</dd>
        <dt>Status</dt>
        <dd>
          <StatusPill user={user} />
        </dd>
        <dt>Created</dt>
        <dd>
          <DateTime date={user.createdAt} />
        </dd>
      </dl>
      <div className="user-panels">
        <section aria-labelledby="role-heading">
          <h2 id="role-heading">Role</h2>
          {isSelf ? <p>You cannot change your own role: another admin can, so the site is never left without one.</p> : <RoleForm id={user.id} role={user.role} />}
        </section>
        <section aria-labelledby="status-heading">
          <h2 id="status-heading">{user.disabled ? 'Enable the account' : 'Disable the account'}</h2>
          {isSelf ? (
            <p>You cannot disable your own account.</p>
          ) : (
            <>
              <p>{user.disabled ? 'They can sign in again with their password.' : 'They are refused at once, on their next request, and cannot sign in until enabled again.'}</p>
              <StatusForm id={user.id} disabled={user.disabled} />
            </>
          )}
        </section>
        <section aria-labelledby="password-heading">
          <h2 id="password-heading">Reset the password</h2>
          <p>{isSelf ? 'Your other sessions end, and this one too: you sign in again with the new password.' : 'Every session of theirs ends; they sign in again with the new password.'}</p>
          <PasswordForm id={user.id} />
        </section>
      </div>
    </>
  );
}
