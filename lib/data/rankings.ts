import 'server-only';
import { and, asc, eq, isNull, notInArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { frameworks, postFrameworks, posts } from '@/db/schema';
import { recordAudit, type Executor } from './audit';

/** A post that ranks frameworks ("Top N"), or could. */
export interface RankingPost {
  id: number;
  slug: string;
  title: string;
}

export interface RankingEntry {
  frameworkId: number;
  slug: string;
  name: string;
  position: number;
  /** A draft is ranked like any other; the ranking page warns that its own page is not public yet. */
  published: boolean;
}

export async function getRankingPost(slug: string): Promise<RankingPost | null> {
  const [row] = await db
    .select({ id: posts.id, slug: posts.slug, title: posts.title })
    .from(posts)
    .where(and(eq(posts.slug, slug), isNull(posts.deletedAt)));
  return row ?? null;
}

/** Posts that rank at least one framework, by title. */
export async function listRankingPosts(): Promise<RankingPost[]> {
  return db
    .selectDistinct({ id: posts.id, slug: posts.slug, title: posts.title })
    .from(posts)
    .innerJoin(postFrameworks, eq(postFrameworks.postId, posts.id))
    .where(isNull(posts.deletedAt))
    .orderBy(asc(posts.title));
}

export async function listRanking(postId: number, executor: Executor = db): Promise<RankingEntry[]> {
  return executor
    .select({ frameworkId: frameworks.id, slug: frameworks.slug, name: frameworks.name, position: postFrameworks.position, published: sql<boolean>`${frameworks.status} = 'published'` })
    .from(postFrameworks)
    .innerJoin(frameworks, eq(frameworks.id, postFrameworks.frameworkId))
    .where(eq(postFrameworks.postId, postId))
    .orderBy(asc(postFrameworks.position), asc(frameworks.name));
}

/** Frameworks the post does not rank yet: what can be added. */
export async function listUnrankedFrameworks(postId: number): Promise<Array<{ id: number; name: string }>> {
  const ranked = db.select({ id: postFrameworks.frameworkId }).from(postFrameworks).where(eq(postFrameworks.postId, postId));
  return db.select({ id: frameworks.id, name: frameworks.name }).from(frameworks).where(notInArray(frameworks.id, ranked)).orderBy(asc(frameworks.name));
}

export type RankingChange =
  | { action: 'move'; frameworkId: number; direction: 'up' | 'down' }
  | { action: 'add'; frameworkId: number }
  | { action: 'remove'; frameworkId: number };

export type RankingChangeResult =
  /** affectedSlugs: the frameworks whose rank changed, entered or left (their pages show the rank). */
  | { status: 'changed'; post: RankingPost; affectedSlugs: string[] }
  /** The change makes no sense now (moving the first one up, adding one already ranked): nothing written. */
  | { status: 'unchanged'; post: RankingPost }
  | { status: 'not-found' };


/**
 * Applies one change to a post's ranking and renumbers it 1..N, under a lock
 * on the post so two editors' changes apply one after the other.
 */
export async function changeRanking(postId: number, change: RankingChange, actorId: number): Promise<RankingChangeResult> {
  return db.transaction(async (tx): Promise<RankingChangeResult> => {
    const [post] = await tx
      .select({ id: posts.id, slug: posts.slug, title: posts.title })
      .from(posts)
      .where(and(eq(posts.id, postId), isNull(posts.deletedAt)))
      .for('update');
    if (!post) return { status: 'not-found' };
    const before = await listRanking(postId, tx);
    const after = [...before];
    const index = before.findIndex((entry) => entry.frameworkId === change.frameworkId);
    let label: string;

    if (change.action === 'add') {
      if (index !== -1) return { status: 'unchanged', post };
      const [framework] = await tx
        .select({ id: frameworks.id, slug: frameworks.slug, name: frameworks.name, published: sql<boolean>`${frameworks.status} = 'published'` })
        .from(frameworks)
        .where(eq(frameworks.id, change.frameworkId));
      if (!framework) return { status: 'not-found' };
      after.push({ frameworkId: framework.id, slug: framework.slug, name: framework.name, position: 0, published: framework.published });
      await tx.insert(postFrameworks).values({ postId, frameworkId: framework.id, position: after.length });
      label = framework.name;
    } else {
      if (index === -1) return { status: 'not-found' };
      label = before[index]!.name;
      if (change.action === 'remove') {
        after.splice(index, 1);
        await tx.delete(postFrameworks).where(and(eq(postFrameworks.postId, postId), eq(postFrameworks.frameworkId, change.frameworkId)));
      } else {
        const target = change.direction === 'up' ? index - 1 : index + 1;
        if (target < 0 || target >= after.length) return { status: 'unchanged', post };
        [after[index], after[target]] = [after[target]!, after[index]!];
      }
    }

    const affected = new Set<string>();
    for (const [i, entry] of after.entries()) {
      if (entry.position === i + 1) continue;
      affected.add(entry.slug);
      await tx
        .update(postFrameworks)
        .set({ position: i + 1 })
        .where(and(eq(postFrameworks.postId, postId), eq(postFrameworks.frameworkId, entry.frameworkId)));
    }
    if (change.action === 'remove') affected.add(before[index]!.slug);

    const position = after.findIndex((entry) => entry.frameworkId === change.frameworkId) + 1;
    await recordAudit(
      {
        actorId,
        action: `ranking.${change.action}`,
        targetType: 'post',
        targetId: postId,
        targetLabel: post.title,
        details: { framework: label, ...(index !== -1 ? { from: index + 1 } : {}), ...(position > 0 ? { to: position } : {}) },
      },
      tx,
    );
    return { status: 'changed', post, affectedSlugs: [...affected] };
  });
}
