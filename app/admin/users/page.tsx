import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { listUsers } from '@/lib/data/user-management';
import { getSiteSecurity } from '@/lib/data/two-factor';
import { setRequireTwoFactorAction } from './security-actions';
import { DateTime } from '@/app/admin/_components/date-time';
import { StatusPill } from './status-pill';
import './users.css';

// Rendered whole on request, blocking, as every admin page is (app/admin/layout.tsx); Next's dev-only instant-navigation check does not apply.
export const instant = false;

export const metadata: Metadata = { title: 'Users' };

type Props = { searchParams: Promise<{ 'two-factor'?: string }> };

export default async function UsersPage({ searchParams }: Props) {
  const admin = await requireRole('admin');
  const [users, security] = await Promise.all([listUsers(), getSiteSecurity()]);
  const withoutTwoFactor = users.filter((user) => user.role !== 'author' && user.canSignIn && !user.disabled && !user.hasTwoFactor);
  return (
    <>
      <div className="users-heading">
        <h1>Users</h1>
        <Link href="/admin/users/new" className="button">
          New user
        </Link>
      </div>
      <div className="table-scroll">
        <table className="users-table">
          <caption className="visually-hidden">Everyone with an account, by name</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">E-mail</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Two-factor</th>
              <th scope="col">Created</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <th scope="row">
                  <Link href={`/admin/users/${user.id}`}>{user.name}</Link>
                  {user.id === admin.id && <span className="meta"> (you)</span>}
                </th>
                <td>{user.email}</td>
                <td>{user.role}</td>
                <td>
                  <StatusPill user={user} />
                </td>
                <td>{user.hasTwoFactor ? 'On' : 'Off'}</td>
                <td>
                  <DateTime date={user.createdAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 id="two-factor-policy">Two-factor sign-in</h2>
      {(await searchParams)['two-factor'] === 'saved' && (
        <p className="notice notice-success" role="status">
          Saved.
        </p>
      )}
      <form action={setRequireTwoFactorAction} className="form">
        <div className="field">
          <label>
            <input type="checkbox" name="required" defaultChecked={security.requireTwoFactorForEditors} /> Require two-factor sign-in for admins and editors
          </label>
          <span className="field-hint">
            Nobody is signed out: whoever has not set it up is asked to at their next page in the admin, and can do nothing else until they have.
            {withoutTwoFactor.length > 0 && ` Not set up yet: ${withoutTwoFactor.map((user) => user.name).join(', ')}.`}
          </span>
        </div>
        <div>
          <button type="submit" className="button">
            Save
          </button>
        </div>
      </form>
    </>
  );
}
