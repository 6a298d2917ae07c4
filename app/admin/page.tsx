import type { Metadata } from 'next';
import { requireRole, STAFF } from '@/lib/auth/guards';
import { getDashboardCounts } from '@/lib/data/dashboard';
import { env, siteUrlIsSet } from '@/lib/env';
import { SITE_URL_WARNING } from '@/lib/server/site-url.mjs';
import { RecentActivity } from './_components/recent-activity';

// Rendered whole on request, blocking, as every admin page is (app/admin/layout.tsx); Next's dev-only instant-navigation check does not apply.
export const instant = false;

export const metadata: Metadata = { title: 'Dashboard' };

export default async function AdminDashboard() {
  const user = await requireRole(...STAFF);
  const counts = await getDashboardCounts();
  const tiles = [
    ['Published posts', counts.published],
    ['Scheduled posts', counts.scheduled],
    ['Drafts', counts.drafts],
    ['In the trash', counts.trashed],
    ['Open quote requests', counts.openQuotes],
    ['Comments awaiting moderation', counts.pendingComments],
  ] as const;
  return (
    <>
      <h1>Welcome, {user.name}</h1>
      {env.NODE_ENV === 'production' && !siteUrlIsSet && user.role === 'admin' && (
        <p className="notice notice-error" role="alert">
          {SITE_URL_WARNING}
        </p>
      )}
      <dl className="dashboard-tiles">
        {tiles.map(([label, value]) => (
          <div key={label} className="post-card">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <RecentActivity role={user.role} userId={user.id} />
    </>
  );
}
