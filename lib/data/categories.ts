import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { categories, posts } from '@/db/schema';
import type { CategoryCount } from './types';
import { isPubliclyVisible } from './visibility';

/** Every category with its number of public posts, including empty ones. */
export async function listCategoryCounts(): Promise<CategoryCount[]> {
  return db
    .select({
      slug: categories.slug,
      name: categories.name,
      description: categories.description,
      postCount: sql<number>`count(${posts.id})::int`,
    })
    .from(categories)
    .leftJoin(posts, and(eq(posts.categoryId, categories.id), isPubliclyVisible))
    .groupBy(categories.id)
    .orderBy(asc(categories.name));
}

export async function getCategory(slug: string): Promise<{ slug: string; name: string; description: string } | null> {
  const [row] = await db
    .select({ slug: categories.slug, name: categories.name, description: categories.description })
    .from(categories)
    .where(eq(categories.slug, slug));
  return row ?? null;
}
