import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { AUDIT_PER_PAGE, listAudit } from '@/lib/data/audit';
import { listUsers } from '@/lib/data/user-management';
import { parsePageNumber } from '@/lib/route-params';
import { userIdSchema } from '@/lib/validation/user';
import { DateTime } from '@/app/admin/_components/date-time';
import { describeDetails } from './describe-details';
import './audit.css';

// Rendered whole on request, blocking, as every admin page is (app/admin/layout.tsx); Next's dev-only instant-navigation check does not apply.
export const instant = false;

export const metadata: Metadata = { title: 'Audit log' };

type Props = { searchParams: Promise<{ page?: string; actor?: string }> };

export default async function AuditPage({ searchParams }: Props) {
  await requireRole('admin');
  const query = await searchParams;
  const page = parsePageNumber(query.page) ?? 1;
  const actor = userIdSchema.safeParse(query.actor);
  const actorId = actor.success ? actor.data : undefined;
  const [{ items, total }, people] = await Promise.all([listAudit(page, { actorId }), listUsers()]);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PER_PAGE));
  const href = (to: number) => `/admin/audit?${new URLSearchParams({ ...(actorId ? { actor: String(actorId) } : {}), page: String(to) })}`;
  return (
    <>
      <h1>Audit log</h1>
      {/* A plain GET form: filtering works without JavaScript and the URL can be shared. */}
      <form method="get" action="/admin/audit" className="audit-filter">
        <div className="field">
          <label htmlFor="audit-actor">Person</label>
          <select id="audit-actor" name="actor" defaultValue={actorId ? String(actorId) : ''}>
            <option value="">Everyone</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name} ({person.email})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Show
        </button>
      </form>
      <p className="meta" role="status">
        {total === 0 ? 'Nothing recorded here yet.' : `${total} entr${total === 1 ? 'y' : 'ies'}, newest first; page ${page} of ${pages}.`}
      </p>
      {items.length > 0 && (
        <div className="table-scroll">
          <table className="audit-table">
            <caption className="visually-hidden">Who did what, and when</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">Target</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {items.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <DateTime date={entry.createdAt} />
                  </td>
                  {/* No actor: a script such as `npm run user:create` (the admin disables accounts, never deletes them). */}
                  <td>{entry.actorName ?? <span className="meta">System</span>}</td>
                  <td>
                    <code>{entry.action}</code>
                  </td>
                  <td>{entry.targetLabel || `${entry.targetType} ${entry.targetId ?? ''}`}</td>
                  <td>{describeDetails(entry.details)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav aria-label="Audit log pages" className="pagination">
          {page > 1 ? <Link href={href(page - 1)}>← Newer</Link> : <span />}
          {page < pages ? <Link href={href(page + 1)}>Older →</Link> : <span />}
        </nav>
      )}
    </>
  );
}
