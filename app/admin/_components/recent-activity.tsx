import Link from 'next/link';
import { DateTime } from './date-time';
import { listRecentActivity } from '@/lib/data/audit';
import type { Role } from '@/lib/data/users';

/** The dashboard's latest audit entries; account administration is shown to admins only, like the audit log. */
export async function RecentActivity({ role }: { role: Role }) {
  const isAdmin = role === 'admin';
  const entries = await listRecentActivity(10, isAdmin ? {} : { excludeTargetTypes: ['user'] });
  return (
    <section aria-labelledby="recent-activity">
      <h2 id="recent-activity">Recent activity</h2>
      {entries.length === 0 ? (
        <p className="meta">Nothing has happened yet.</p>
      ) : (
        <ul>
          {entries.map((entry) => (
            <li key={entry.id}>
              <DateTime date={entry.createdAt} /> · {entry.actorName ?? 'System'} ·{' '}
              <code>{entry.action}</code> {entry.targetLabel}
            </li>
          ))}
        </ul>
      )}
      {isAdmin && (
        <p>
          <Link href="/admin/audit">The whole audit log</Link>
        </p>
      )}
    </section>
  );
}
