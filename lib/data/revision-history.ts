import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { revisions, users } from '@/db/schema';
import type { Executor } from './audit';
import type { Revision, RevisionKind } from './revisions';

/**
 * Content seeded or written before revisions existed has a version but no
 * revision for it. Before the first save on top of it, that content is stored
 * as a baseline revision (no author, dated when the item was last updated),
 * so the history starts from what the item really was and it can be restored.
 */
export async function ensureBaselineRevision<Content extends object>(
  input: { kind: RevisionKind; itemId: number; version: number; content: Content; savedAt: Date },
  executor: Executor,
): Promise<void> {
  await executor
    .insert(revisions)
    .values({
      kind: input.kind,
      itemId: input.itemId,
      version: input.version,
      authorId: null,
      content: input.content as Record<string, unknown>,
      createdAt: input.savedAt,
    })
    .onConflictDoNothing({ target: [revisions.kind, revisions.itemId, revisions.version] });
}

/** The revision that produced one version of an item: what an editor started from, in a conflict. */
export async function getRevisionByVersion<Content>(kind: RevisionKind, itemId: number, version: number, executor: Executor = db): Promise<Revision<Content> | null> {
  const [row] = await executor
    .select({ id: revisions.id, version: revisions.version, authorName: users.name, createdAt: revisions.createdAt, content: revisions.content })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.authorId))
    .where(and(eq(revisions.kind, kind), eq(revisions.itemId, itemId), eq(revisions.version, version)));
  return row ? { ...row, content: row.content as Content } : null;
}
