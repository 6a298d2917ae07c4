import 'server-only';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { frameworks, postFrameworks, posts } from '@/db/schema';
import { dropSlugRedirect, recordSlugRedirect } from './slug-redirects';
import { frameworkSearchText, frameworkWords } from '@/lib/framework-search-text';
import { recordAudit, type Executor } from './audit';
import { isUniqueViolation } from './pg-errors';
import { FLAGSHIP_POST_SLUG, frameworkContentColumns } from './frameworks';
import { getRevision, writeRevision } from './revisions';
import { learnSearchWords } from './search-words';
import { enqueueEvents } from './webhook-outbox';
import { paths } from '@/lib/paths';
import { absoluteUrl } from '@/lib/site';
import { refusingConstraintErrors, saveVersion, type VersionedKind, type VersionedSaveResult } from './versioned-save';
import type { FrameworkStatus } from '@/lib/validation/framework-fields';
import type { FrameworkFields } from './types';

/** Everything an editor saves about a framework; also the content of each of its revisions. */
export interface FrameworkContent extends FrameworkFields {
  slug: string;
}

export interface FrameworkForEdit extends FrameworkContent {
  id: number;
  /** Not part of the content: a revision never stores it, so a restore never changes it (as for a post, decision 017). */
  status: FrameworkStatus;
  version: number;
  updatedAt: Date;
}

const contentColumns = frameworkContentColumns;
const editColumns = { id: frameworks.id, status: frameworks.status, version: frameworks.version, updatedAt: frameworks.updatedAt, ...contentColumns };

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
  status: FrameworkStatus;
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
    .select({ id: frameworks.id, slug: frameworks.slug, name: frameworks.name, language: frameworks.language, status: frameworks.status, rank: flagshipRanks.position, updatedAt: frameworks.updatedAt })
    .from(frameworks)
    .leftJoin(flagshipRanks, eq(flagshipRanks.frameworkId, frameworks.id))
    .orderBy(sql`${flagshipRanks.position} asc nulls last`, asc(frameworks.name));
}

export async function getFrameworkForEdit(id: number): Promise<FrameworkForEdit | null> {
  const [row] = await db.select(editColumns).from(frameworks).where(eq(frameworks.id, id));
  return row ?? null;
}

/**
 * What a save adds around the written row, in its transaction: a public
 * framework owns its slug (any redirect left under it goes), a slug readers
 * saw keeps working as a redirect, and a draft's words stay out of
 * "Did you mean …?" until it is published.
 */
async function afterWrite(tx: Executor, saved: { id: number; slug: string; status: FrameworkStatus }, before: { slug: string; status: FrameworkStatus } | null, content: FrameworkContent) {
  if (saved.status === 'published') {
    await dropSlugRedirect(tx, 'framework', saved.slug);
    await learnSearchWords(tx, frameworkWords(content));
  }
  if (before && before.slug !== saved.slug && before.status === 'published') {
    await recordSlugRedirect(tx, 'framework', before.slug, saved.id);
  }
}

/**
 * framework.updated, in the save's transaction, whenever readers may see a difference: the framework is
 * public after the save, or was before it (an unpublish is announced with status "draft"). A draft's edits are not.
 */
async function announceFramework(tx: Executor, saved: { id: number; slug: string; name: string; status: FrameworkStatus }, before: { status: FrameworkStatus } | null) {
  if (saved.status !== 'published' && before?.status !== 'published') return;
  const data = { id: saved.id, slug: saved.slug, name: saved.name, status: saved.status, url: absoluteUrl(paths.framework(saved.slug)) };
  await enqueueEvents(tx, [{ type: 'framework.updated', subject: `framework:${saved.id}`, data }]);
}

/** A new framework at version 1, with its first revision and an audit entry; a draft unless said otherwise. */
export async function createFramework(input: FrameworkContent, actorId: number, status: FrameworkStatus = 'draft'): Promise<{ id: number; slug: string }> {
  const content = contentOf(input);
  return guardSlug(content.slug, () =>
    db.transaction(async (tx) => {
      await assertSlugFree(tx, content.slug, null);
      const [row] = await tx
        .insert(frameworks)
        .values({ ...content, status, searchText: frameworkSearchText(content), version: 1 })
        .returning({ id: frameworks.id });
      const id = row!.id;
      await afterWrite(tx, { id, slug: content.slug, status }, null, content);
      await announceFramework(tx, { id, slug: content.slug, name: content.name, status }, null);
      await writeRevision({ kind: 'framework', itemId: id, version: 1, authorId: actorId, content }, tx);
      await recordAudit({ actorId, action: 'framework.create', targetType: 'framework', targetId: id, targetLabel: content.name, details: { slug: content.slug, status } }, tx);
      return { id, slug: content.slug };
    }),
  );
}

/** Every answer a framework save or restore gives (lib/data/versioned-save.ts). */
export type FrameworkSaveResult = VersionedSaveResult<FrameworkForEdit, FrameworkContent>;

/** `status`: what the save sets; null keeps the current one (a restore). */
const frameworkKind = (status: FrameworkStatus | null): VersionedKind<FrameworkForEdit, FrameworkContent> => ({
  kind: 'framework',
  lock: async (tx, id) => (await tx.select(editColumns).from(frameworks).where(eq(frameworks.id, id)).for('update'))[0] ?? null,
  version: (framework) => framework.version,
  updatedAt: (framework) => framework.updatedAt,
  content: contentOf,
  editable: contentOf,
  write: async (tx, current, content) => {
    const [saved] = await tx
      .update(frameworks)
      .set({ ...contentOf(content), status: status ?? current.status, searchText: frameworkSearchText(content), version: current.version + 1, updatedAt: sql`now()` })
      .where(eq(frameworks.id, current.id))
      .returning(editColumns);
    await afterWrite(tx, saved!, current, content);
    await announceFramework(tx, saved!, current);
    return saved!;
  },
});

/** framework.publish / framework.unpublish when the status changed, else the save's own action. */
function auditAction(result: Extract<FrameworkSaveResult, { ok: true }>, otherwise: string): string {
  const before = result.before?.status;
  if (before === 'draft' && result.saved.status === 'published') return 'framework.publish';
  if (before === 'published' && result.saved.status === 'draft') return 'framework.unpublish';
  return otherwise;
}

function auditSave(tx: Executor, action: string, result: Extract<FrameworkSaveResult, { ok: true }>, actorId: number, details: Record<string, unknown>) {
  const { saved, before } = result;
  return recordAudit(
    {
      actorId,
      action,
      targetType: 'framework',
      targetId: saved.id,
      targetLabel: saved.name,
      details: {
        version: saved.version,
        status: saved.status,
        ...details,
        ...(before && before.slug !== saved.slug ? { previousSlug: before.slug } : {}),
        ...(result.mergedWith !== null ? { mergedWith: result.mergedWith } : {}),
      },
    },
    tx,
  );
}

/**
 * Saves an editor's text, typed on `baseVersion`. When someone saved since,
 * the two are merged three ways (lists item by item); only an overlap is
 * refused, as a conflict, with nothing written.
 */
export function updateFramework(id: number, baseVersion: number, input: FrameworkContent, actorId: number, status: FrameworkStatus | null = null): Promise<FrameworkSaveResult> {
  return refusingConstraintErrors(() =>
    db.transaction(async (tx) => {
      const result = await saveVersion(tx, frameworkKind(status), { id, baseVersion, content: contentOf(input), actorId, replacesWorkingCopy: true });
      if (result.ok) await auditSave(tx, auditAction(result, 'framework.update'), result, actorId, { changed: changedFields(contentOf(result.before!), contentOf(result.saved)) });
      return result;
    }),
  );
}

/**
 * Puts an old revision's content back as a new version (history only grows).
 * The slug stays as it is unless the editor asks for the old one back.
 */
export async function restoreFrameworkRevision(id: number, revisionId: number, actorId: number, { withSlug = false }: { withSlug?: boolean } = {}): Promise<FrameworkSaveResult> {
  const revision = await getRevision<Partial<FrameworkContent>>('framework', id, revisionId);
  if (!revision) return { ok: false, reason: 'not-found' };
  const { slug, ...restored } = revision.content;
  return refusingConstraintErrors(() =>
    db.transaction(async (tx) => {
      const result = await saveVersion(tx, frameworkKind(null), {
        id,
        baseVersion: 'latest',
        // Fields added after the revision was written keep their current value.
        content: (current) => contentOf({ ...contentOf(current), ...restored, ...(withSlug && slug ? { slug } : {}) }),
        actorId,
        replacesWorkingCopy: false,
      });
      if (result.ok) await auditSave(tx, 'framework.restore', result, actorId, { restoredVersion: revision.version });
      return result;
    }),
  );
}
