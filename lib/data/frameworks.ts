import { and, asc, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { frameworks, postFrameworks, posts } from '@/db/schema';
import type { FrameworkDetail, RankedFramework } from './types';
import { isPubliclyVisible } from './visibility';

/** The post whose ranking orders the framework pages (previous / next). */
export const FLAGSHIP_POST_SLUG = 'top-10-backend-frameworks-2024';

/** Every field an editor writes, plus the slug: what reader pages and the editor both read. */
export const frameworkContentColumns = {
  slug: frameworks.slug,
  name: frameworks.name,
  language: frameworks.language,
  firstReleased: frameworks.firstReleased,
  creator: frameworks.creator,
  architecture: frameworks.architecture,
  bestFor: frameworks.bestFor,
  overview: frameworks.overview,
  pros: frameworks.pros,
  cons: frameworks.cons,
  bestUseCasesSummary: frameworks.bestUseCasesSummary,
  bestUseCases: frameworks.bestUseCases,
  keyFeatures: frameworks.keyFeatures,
};

const detailColumns = { ...frameworkContentColumns, updatedAt: frameworks.updatedAt };

/** The frameworks a "Top N" post ranks, in rank order. */
export async function listRankedFrameworks(postId: number): Promise<RankedFramework[]> {
  return db
    .select({ ...detailColumns, position: postFrameworks.position })
    .from(postFrameworks)
    .innerJoin(frameworks, eq(frameworks.id, postFrameworks.frameworkId))
    .where(eq(postFrameworks.postId, postId))
    .orderBy(asc(postFrameworks.position));
}

/**
 * Every framework: first those the flagship post ranks, in its order, then
 * any others by name. This is the order of /frameworks and of previous/next.
 */
export async function listFrameworks(): Promise<FrameworkDetail[]> {
  const rank = sql<number | null>`(
    select pf.position from ${postFrameworks} pf
    join ${posts} p on p.id = pf.post_id
    where pf.framework_id = ${frameworks.id} and p.slug = ${FLAGSHIP_POST_SLUG}
  )`;
  return db
    .select(detailColumns)
    .from(frameworks)
    .orderBy(sql`${rank} asc nulls last`, asc(frameworks.name));
}

export async function getFramework(slug: string): Promise<FrameworkDetail | null> {
  const [row] = await db.select(detailColumns).from(frameworks).where(eq(frameworks.slug, slug));
  return row ?? null;
}

/** Public posts that rank this framework, so its page can link back to them. */
export async function listPostsRankingFramework(slug: string): Promise<Array<{ slug: string; title: string; position: number }>> {
  return db
    .select({ slug: posts.slug, title: posts.title, position: postFrameworks.position })
    .from(postFrameworks)
    .innerJoin(frameworks, eq(frameworks.id, postFrameworks.frameworkId))
    .innerJoin(posts, eq(posts.id, postFrameworks.postId))
    .where(and(eq(frameworks.slug, slug), isPubliclyVisible))
    .orderBy(asc(posts.title));
}
