import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { frameworks, postFrameworks, posts, revisions } from '@/db/schema';
import { frameworkSearchText } from '@/lib/framework-search-text';
import { recordAudit, type Executor } from './audit';
import { isUniqueViolation } from './pg-errors';
import { FLAGSHIP_POST_SLUG, frameworkContentColumns } from './frameworks';
import { ensureBaselineRevision, getRevisionByVersion } from './revision-history';
import { writeRevision } from './revisions';
import type { FrameworkFields } from './types';

/** Everything an editor saves about a framework; also the content of each of its revisions. */
export interface FrameworkContent extends FrameworkFields {
  slug: string;
}

export interface FrameworkForEdit extends FrameworkContent {
  id: number;
  version: number;
  updatedAt: Date;
}

const contentColumns = frameworkContentColumns;
const editColumns = { id: frameworks.id, version: frameworks.version, updatedAt: frameworks.updatedAt, ...contentColumns };

const CONTENT_KEYS = Object.keys(contentColumns) as Array<keyof FrameworkContent>;

/** Only the saved fields, in a stable order: what a revision stores. */
function contentOf(source: FrameworkContent): FrameworkContent {
  return Object.fromEntries(CONTENT_KEYS.map((key) => [key, source[key]])) as unknown as FrameworkContent;
}

function changedFields(before: FrameworkContent, after: FrameworkContent): string[] {
  return CONTENT_KEYS.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/** Another framework already uses the slug; the editor names the field. */
export class SlugTakenError extends Error {
  constructor(readonly slug: string) {
    super(`The slug "${slug}" is already used by another framework.`);
    this.name = 'SlugTakenError';
  }
}

async function assertSlugFree(executor: Executor, slug: string, exceptId: number | null): Promise<void> {
  const [other] = await executor
    .select({ id: frameworks.id })
    .from(frameworks)
    .where(exceptId === null ? eq(frameworks.slug, slug) : and(eq(frameworks.slug, slug), ne(frameworks.id, exceptId)));
  if (other) throw new SlugTakenError(slug);
}

/** Turns a concurrent insert of the same slug (past the check above) into the same error. */
async function guardSlug<T>(slug: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw new SlugTakenError(slug);
    throw error;
  }
}

export interface FrameworkAdminRow {
  id: number;
  slug: string;
  name: string;
  language: string;
  /** Position in the flagship "Top 10" post, or null when it is not ranked there. */
  rank: number | null;
  updatedAt: Date;
}

export async function listFrameworksForAdmin(): Promise<FrameworkAdminRow[]> {
  // A join, not a correlated subquery: inside sql`…` Drizzle writes frameworks.id as a bare "id",
  // which the subquery read as the post's id, so every row showed the flagship's first place.
  const flagshipRanks = db
    .select({ frameworkId: postFrameworks.frameworkId, position: postFrameworks.position })
    .from(postFrameworks)
    .innerJoin(posts, eq(posts.id, postFrameworks.postId))
    .where(eq(posts.slug, FLAGSHIP_POST_SLUG))
    .as('flagship_ranks');
  return db
    .select({ id: frameworks.id, slug: frameworks.slug, name: frameworks.name, language: frameworks.language, rank: flagshipRanks.position, updatedAt: frameworks.updatedAt })
    .from(frameworks)
    .leftJoin(flagshipRanks, eq(flagshipRanks.frameworkId, frameworks.id))
    .orderBy(sql`${flagshipRanks.position} asc nulls last`, asc(frameworks.name));
}

export async function getFrameworkForEdit(id: number): Promise<FrameworkForEdit | null> {
  const [row] = await db.select(editColumns).from(frameworks).where(eq(frameworks.id, id));
  return row ?? null;
}

/** A new framework at version 1, with its first revision and an audit entry. */
export async function createFramework(input: FrameworkContent, actorId: number): Promise<{ id: number; slug: string }> {
  const content = contentOf(input);
  return guardSlug(content.slug, () =>
    db.transaction(async (tx) => {
      await assertSlugFree(tx, content.slug, null);
      const [row] = await tx
        .insert(frameworks)
        .values({ ...content, searchText: frameworkSearchText(content), version: 1 })
        .returning({ id: frameworks.id });
      const id = row!.id;
      await writeRevision({ kind: 'framework', itemId: id, version: 1, authorId: actorId, content }, tx);
      await recordAudit({ actorId, action: 'framework.create', targetType: 'framework', targetId: id, targetLabel: content.name, details: { slug: content.slug } }, tx);
      return { id, slug: content.slug };
    }),
  );
}

export type FrameworkSaveResult =
  | { status: 'saved'; id: number; version: number; slug: string; previousSlug: string }
  | {
      status: 'conflict';
      /** The framework as it stands now, saved by someone else after `base`. */
      current: FrameworkForEdit;
      /** What the editor started from; null only if that revision is missing. */
      base: FrameworkContent | null;
      savedBy: string | null;
      savedAt: Date;
    }
  | { status: 'not-found' };

/**
 * Saves on top of `baseVersion` (optimistic concurrency): when someone else
 * saved in between, nothing is written and the caller gets both versions to
 * show the other change. Every save bumps the version and writes a revision
 * and an audit entry in the same transaction.
 */
export async function updateFramework(id: number, baseVersion: number, input: FrameworkContent, actorId: number): Promise<FrameworkSaveResult> {
  const content = contentOf(input);
  return guardSlug(content.slug, () =>
    db.transaction(async (tx): Promise<FrameworkSaveResult> => {
      const [current] = await tx.select(editColumns).from(frameworks).where(eq(frameworks.id, id)).for('update');
      if (!current) return { status: 'not-found' };
      if (current.version !== baseVersion) {
        const [base, latest] = await Promise.all([
          getRevisionByVersion<FrameworkContent>('framework', id, baseVersion, tx),
          getRevisionByVersion<FrameworkContent>('framework', id, current.version, tx),
        ]);
        return { status: 'conflict', current, base: base?.content ?? null, savedBy: latest?.authorName ?? null, savedAt: latest?.createdAt ?? current.updatedAt };
      }
      await assertSlugFree(tx, content.slug, id);
      const version = await writeNewVersion(tx, current, content, actorId);
      await recordAudit(
        {
          actorId,
          action: 'framework.update',
          targetType: 'framework',
          targetId: id,
          targetLabel: content.name,
          details: { version, changed: changedFields(contentOf(current), content), ...(current.slug !== content.slug ? { previousSlug: current.slug } : {}) },
        },
        tx,
      );
      return { status: 'saved', id, version, slug: content.slug, previousSlug: current.slug };
    }),
  );
}

export type FrameworkRestoreResult = { status: 'restored'; version: number; restoredVersion: number; slug: string; previousSlug: string; name: string } | { status: 'not-found' };

/** Puts an old revision's content back as a new version (history only grows). */
export async function restoreFrameworkRevision(id: number, revisionId: number, actorId: number): Promise<FrameworkRestoreResult> {
  return db.transaction(async (tx): Promise<FrameworkRestoreResult> => {
    const [current] = await tx.select(editColumns).from(frameworks).where(eq(frameworks.id, id)).for('update');
    if (!current) return { status: 'not-found' };
    const [revision] = await tx
      .select({ version: revisions.version, content: revisions.content })
      .from(revisions)
      .where(and(eq(revisions.kind, 'framework'), eq(revisions.itemId, id), eq(revisions.id, revisionId)));
    if (!revision) return { status: 'not-found' };
    // Fields added after the revision was written keep their current value.
    const content = contentOf({ ...contentOf(current), ...(revision.content as Partial<FrameworkContent>) });
    await assertSlugFree(tx, content.slug, id);
    const version = await guardSlug(content.slug, () => writeNewVersion(tx, current, content, actorId));
    await recordAudit(
      { actorId, action: 'framework.restore', targetType: 'framework', targetId: id, targetLabel: content.name, details: { version, restoredVersion: revision.version } },
      tx,
    );
    return { status: 'restored', version, restoredVersion: revision.version, slug: content.slug, previousSlug: current.slug, name: content.name };
  });
}

/** The shared core of a save and a restore; `current` must be locked by the caller. */
async function writeNewVersion(tx: Executor, current: FrameworkForEdit, content: FrameworkContent, actorId: number): Promise<number> {
  await ensureBaselineRevision({ kind: 'framework', itemId: current.id, version: current.version, content: contentOf(current), savedAt: current.updatedAt }, tx);
  const version = current.version + 1;
  const updated = await tx
    .update(frameworks)
    .set({ ...content, searchText: frameworkSearchText(content), version, updatedAt: sql`now()` })
    .where(and(eq(frameworks.id, current.id), eq(frameworks.version, current.version)))
    .returning({ id: frameworks.id });
  // The row is locked, so this cannot happen unless the caller forgot the lock.
  if (updated.length !== 1) throw new Error(`framework ${current.id} changed while locked`);
  await writeRevision({ kind: 'framework', itemId: current.id, version, authorId: actorId, content }, tx);
  return version;
}
