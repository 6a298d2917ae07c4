import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';

export interface DashboardCounts {
  drafts: number;
  scheduled: number;
  published: number;
  trashed: number;
  openQuotes: number;
  pendingComments: number;
}

/** One round trip for every number on the admin dashboard. */
export async function getDashboardCounts(): Promise<DashboardCounts> {
  const [row] = await db.execute<{ drafts: number; scheduled: number; published: number; trashed: number; open_quotes: number; pending_comments: number }>(sql`
    select
      count(*) filter (where deleted_at is null and status = 'draft')::int as drafts,
      count(*) filter (where deleted_at is null and status <> 'draft' and published_at > now())::int as scheduled,
      count(*) filter (where deleted_at is null and status <> 'draft' and published_at <= now())::int as published,
      count(*) filter (where deleted_at is not null)::int as trashed,
      (select count(*)::int from quote_requests where handled_at is null) as open_quotes,
      (select count(*)::int from comments where status = 'pending') as pending_comments
    from posts`);
  return {
    drafts: row?.drafts ?? 0,
    scheduled: row?.scheduled ?? 0,
    published: row?.published ?? 0,
    trashed: row?.trashed ?? 0,
    openQuotes: row?.open_quotes ?? 0,
    pendingComments: row?.pending_comments ?? 0,
  };
}
