import 'server-only';
import { and, desc, eq, ilike, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { categories, posts, users } from '@/db/schema';
import type { PostStatus } from '@/lib/validation/post';
import { searchTsquery } from './tsquery';

/** What the list shows as a post's state: scheduled means "not yet live", whatever the stored status says. */
export type PostState = 'draft' | 'scheduled' | 'published' | 'trash';
export const POST_STATES: readonly PostState[] = ['draft', 'scheduled', 'published', 'trash'];

export interface AdminPostFilter {
  state?: PostState;
  categoryId?: number;
  authorId?: number;
  query?: string;
  page: number;
}

export interface AdminPostRow {
  id: number;
  title: string;
  slug: string;
  state: PostState;
  status: PostStatus;
  publishedAt: Date | null;
  authorId: number;
  authorName: string;
  categoryName: string;
  updatedAt: Date;
}

export const ADMIN_POSTS_PER_PAGE = 20;

const stateSql = sql<PostState>`case
  when ${posts.deletedAt} is not null then 'trash'
  when ${posts.status} = 'draft' then 'draft'
  when ${posts.publishedAt} > now() then 'scheduled'
  else 'published' end`;

function stateCondition(state: PostState | undefined): SQL | undefined {
  switch (state) {
    case 'trash':
      return isNotNull(posts.deletedAt);
    case 'draft':
      return and(isNull(posts.deletedAt), eq(posts.status, 'draft'));
    case 'scheduled':
      return and(isNull(posts.deletedAt), sql`${posts.status} <> 'draft' and ${posts.publishedAt} > now()`);
    case 'published':
      return and(isNull(posts.deletedAt), sql`${posts.status} <> 'draft' and ${posts.publishedAt} <= now()`);
    default:
      // "All" means everything but the trash, as in every mail client.
      return isNull(posts.deletedAt);
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (match) => `\\${match}`);
}

/** Most recently updated first. */
export async function listAdminPosts(filter: AdminPostFilter): Promise<{ items: AdminPostRow[]; total: number }> {
  const conditions = [stateCondition(filter.state)];
  if (filter.categoryId) conditions.push(eq(posts.categoryId, filter.categoryId));
  if (filter.authorId) conditions.push(eq(posts.authorId, filter.authorId));
  // NUL cannot reach PostgreSQL, and no stored title holds one.
  const query = filter.query?.replaceAll('\u0000', '').trim();
  if (query) {
    const tsquery = searchTsquery(query);
    const inTitle = ilike(posts.title, `%${escapeLike(query)}%`);
    conditions.push(tsquery ? or(inTitle, sql`${posts.searchVector} @@ ${tsquery}`)! : inTitle);
  }
  const rows = await db
    .select({
      id: posts.id,
      title: posts.title,
      slug: posts.slug,
      state: stateSql,
      status: posts.status,
      publishedAt: posts.publishedAt,
      authorId: posts.authorId,
      authorName: users.name,
      categoryName: categories.name,
      updatedAt: posts.updatedAt,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .innerJoin(categories, eq(categories.id, posts.categoryId))
    .where(and(...conditions))
    .orderBy(desc(posts.updatedAt), desc(posts.id))
    .limit(ADMIN_POSTS_PER_PAGE)
    .offset((filter.page - 1) * ADMIN_POSTS_PER_PAGE);
  return { items: rows.map(({ total: _total, ...row }) => row), total: rows[0]?.total ?? 0 };
}

/** Choices for the category and author filters and the editor's category menu. */
export async function listCategoryChoices(): Promise<Array<{ id: number; name: string }>> {
  return db.select({ id: categories.id, name: categories.name }).from(categories).orderBy(categories.name);
}

export async function listAuthorChoices(): Promise<Array<{ id: number; name: string }>> {
  return db
    .selectDistinct({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(posts, eq(posts.authorId, users.id))
    .orderBy(users.name);
}
