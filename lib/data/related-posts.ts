import { and, asc, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { categories, posts, relatedPosts } from '@/db/schema';
import { recomputeRelatedPosts, RELATED_SHOWN } from './related-scoring';
import { isPubliclyVisible } from './visibility';


export interface RelatedPost {
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: Date;
  categoryName: string;
}

/** Works out every post's related posts again; the slugs of the posts whose list changed. */
export function refreshRelatedPosts(): Promise<string[]> {
  return recomputeRelatedPosts(db);
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
