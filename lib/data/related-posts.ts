import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { categories, posts, relatedPosts } from '@/db/schema';
import { recomputeAllRelated, recomputeRelatedAround, RELATED_SHOWN } from './related-scoring';
import { isPubliclyVisible } from './visibility';


export interface RelatedPost {
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: Date;
  categoryName: string;
}

/** After these posts changed: the slugs of the posts whose related list changed with them. */
export function refreshRelatedPostsAround(postIds: number[]): Promise<string[]> {
  return recomputeRelatedAround(db, postIds);
}

/** After a change that moves many posts at once (a tag merged into another): every list again. */
export function refreshAllRelatedPosts(): Promise<string[]> {
  return recomputeAllRelated(db);
}

/** A post's related posts that readers may see, best first. */
export async function listRelatedPosts(postId: number, limit = RELATED_SHOWN): Promise<RelatedPost[]> {
  return db
    .select({
      slug: posts.slug,
      title: posts.title,
      excerpt: posts.excerpt,
      publishedAt: sql<Date>`${posts.publishedAt}`.mapWith(posts.publishedAt),
      categoryName: categories.name,
    })
    .from(relatedPosts)
    .innerJoin(posts, eq(posts.id, relatedPosts.relatedId))
    .innerJoin(categories, eq(categories.id, posts.categoryId))
    .where(and(eq(relatedPosts.postId, postId), isPubliclyVisible))
    .orderBy(asc(relatedPosts.position))
    .limit(limit);
}
