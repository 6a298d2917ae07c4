import 'server-only';
import { and, eq, gt, isNull, lte, ne, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { frameworks, posts } from '@/db/schema';

/**
 * What readers may see: not trashed, not a draft, and published_at reached.
 * A scheduled post is therefore public from its time on without any job
 * flipping its status.
 */
export const isPubliclyVisible: SQL = and(
  isNull(posts.deletedAt),
  ne(posts.status, 'draft'),
  lte(posts.publishedAt, sql`now()`),
)!;

/** What readers may see of frameworks: published ones only (decision 022). */
export const isFrameworkPublic: SQL = eq(frameworks.status, 'published');

/** The next moment a scheduled post goes live, if any: cached reader pages must end there. */
export async function getNextScheduledPublishAt(): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<Date | null>`min(${posts.publishedAt})`.mapWith(posts.publishedAt) })
    .from(posts)
    .where(and(isNull(posts.deletedAt), ne(posts.status, 'draft'), gt(posts.publishedAt, sql`now()`)));
  return row?.at ?? null;
}
