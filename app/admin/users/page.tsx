import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { listUsers } from '@/lib/data/user-management';
import { DateTime } from '@/app/admin/_components/date-time';
import { StatusPill } from './status-pill';
import './users.css';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage() {
  const admin = await requireRole('admin');
  const users = await listUsers();
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
                <td>
                  <DateTime date={user.createdAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
