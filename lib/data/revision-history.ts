import 'server-only';
import { db } from '@/db/client';
import { revisions } from '@/db/schema';
import type { Executor } from './audit';
import { findRevision, type Revision, type RevisionKind } from './revisions';

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
export function getRevisionByVersion<Content>(kind: RevisionKind, itemId: number, version: number, executor: Executor = db): Promise<Revision<Content> | null> {
  return findRevision<Content>(kind, itemId, { version }, executor);
}
