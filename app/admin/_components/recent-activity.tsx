import Link from 'next/link';
import { DateTime } from './date-time';
import { listRecentActivity } from '@/lib/data/audit';
import type { Role } from '@/lib/data/users';

/**
 * The dashboard's latest audit entries. Account administration is shown to
 * admins only, like the audit log; an author sees only what they did, since
 * others' drafts and the moderation queue are not theirs to see.
 */
export async function RecentActivity({ role, userId }: { role: Role; userId: number }) {
  const isAdmin = role === 'admin';
  const filter = isAdmin ? {} : role === 'author' ? { actorId: userId } : { excludeTargetTypes: ['user'] };
  const entries = await listRecentActivity(10, filter);
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
