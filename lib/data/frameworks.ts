import 'server-only';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { frameworks, postFrameworks, posts } from '@/db/schema';
import type { FrameworkComparison, FrameworkDetail, RankedFramework } from './types';
import { getRedirectTarget } from './slug-redirects';
import { isFrameworkPublic, isPubliclyVisible } from './visibility';

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

/** The frameworks a "Top N" post ranks, in rank order, drafts included (flagged: the post's section shows, no link does). */
export async function listRankedFrameworks(postId: number): Promise<RankedFramework[]> {
  return db
    .select({ ...detailColumns, position: postFrameworks.position, published: sql<boolean>`${frameworks.status} = 'published'` })
    .from(postFrameworks)
    .innerJoin(frameworks, eq(frameworks.id, postFrameworks.frameworkId))
    .where(eq(postFrameworks.postId, postId))
    .orderBy(asc(postFrameworks.position));
}

/**
 * Every public framework: first those the flagship post ranks, in its order,
 * then any others by name. This is the order of previous/next and the sitemap.
 */
export async function listFrameworks(): Promise<FrameworkDetail[]> {
  const { ranked, others } = await listFrameworkComparison();
  return [...ranked, ...others];
}

/**
 * /frameworks: the public frameworks the flagship post ranks, in rank order,
 * and apart from them every other public framework by name. A join, not a
 * correlated subquery (see listFrameworksForAdmin).
 */
export async function listFrameworkComparison(): Promise<FrameworkComparison> {
  const flagshipRanks = db
    .select({ frameworkId: postFrameworks.frameworkId, position: postFrameworks.position })
    .from(postFrameworks)
    .innerJoin(posts, eq(posts.id, postFrameworks.postId))
    .where(and(eq(posts.slug, FLAGSHIP_POST_SLUG), isNull(posts.deletedAt)))
    .as('flagship_ranks');
  const rows = await db
    .select({ ...detailColumns, position: flagshipRanks.position })
    .from(frameworks)
    .leftJoin(flagshipRanks, eq(flagshipRanks.frameworkId, frameworks.id))
    .where(isFrameworkPublic)
    .orderBy(sql`${flagshipRanks.position} asc nulls last`, asc(frameworks.name));
  const detail = ({ position: _position, ...framework }: (typeof rows)[number]): FrameworkDetail => framework;
  return { ranked: rows.filter((row) => row.position !== null).map(detail), others: rows.filter((row) => row.position === null).map(detail) };
}

/** A public framework; a draft is not found. */
export async function getFramework(slug: string): Promise<FrameworkDetail | null> {
  const [row] = await db.select(detailColumns).from(frameworks).where(and(eq(frameworks.slug, slug), isFrameworkPublic));
  return row ?? null;
}

/** The current slug of a public framework once public under `oldSlug` (decision 022). */
export async function getFrameworkSlugRedirectTarget(oldSlug: string): Promise<string | null> {
  return getRedirectTarget('framework', oldSlug);
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
