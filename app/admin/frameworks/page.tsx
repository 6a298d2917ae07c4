import type { Metadata } from 'next';
import { adminFrameworkPaths } from '@/lib/paths';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { listFrameworksForAdmin } from '@/lib/data/framework-editing';
import { formatRevisionTime } from '../_components/revisions/format';
import './frameworks.css';

// Rendered whole on request, blocking, as every admin page is (app/admin/layout.tsx); Next's dev-only instant-navigation check does not apply.
export const instant = false;

export const metadata: Metadata = { title: 'Frameworks' };

export default async function AdminFrameworksPage() {
  await requireRole('admin', 'editor');
  const frameworks = await listFrameworksForAdmin();
  return (
    <>
      <div className="admin-heading">
        <h1>Frameworks</h1>
        <p className="admin-actions">
          <Link href={adminFrameworkPaths.create()} className="button">
            New framework
          </Link>
          <Link href="/admin/frameworks/ranking" className="button">
            Edit the ranking
          </Link>
        </p>
      </div>
      <div className="table-scroll">
        <table className="admin-table">
          <caption className="visually-hidden">Every framework, in the order of the Top 10 post, then the others by name</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Language</th>
              <th scope="col">Status</th>
              <th scope="col">Rank in the Top 10</th>
              <th scope="col">Last update</th>
              <th scope="col">History</th>
            </tr>
          </thead>
          <tbody>
            {frameworks.map((framework) => (
              <tr key={framework.id}>
                <th scope="row">
                  <Link href={adminFrameworkPaths.edit(framework.id)}>{framework.name}</Link>
                </th>
                <td>{framework.language}</td>
                <td>{framework.status === 'published' ? 'Published' : 'Draft'}</td>
                <td>{framework.rank === null ? 'Not ranked' : `#${framework.rank}`}</td>
                <td>
                  <time dateTime={framework.updatedAt.toISOString()}>{formatRevisionTime(framework.updatedAt)}</time>
                </td>
                <td>
                  <Link href={adminFrameworkPaths.history(framework.id)}>
                    History<span className="visually-hidden"> of {framework.name}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
