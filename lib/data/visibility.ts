import { and, isNull, lte, ne, sql, type SQL } from 'drizzle-orm';
import { posts } from '@/db/schema';

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
