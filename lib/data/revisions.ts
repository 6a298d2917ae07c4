import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { revisions, users } from '@/db/schema';
import type { Executor } from './audit';

export type RevisionKind = (typeof revisions.kind.enumValues)[number];

export interface RevisionInput<Content> {
  kind: RevisionKind;
  itemId: number;
  /** The item's version after this save. */
  version: number;
  authorId: number | null;
  content: Content;
}

/** Written in the same transaction as the save, so an item never has a version without its revision. */
export async function writeRevision<Content extends object>(input: RevisionInput<Content>, executor: Executor = db): Promise<void> {
  await executor.insert(revisions).values({ ...input, content: input.content as Record<string, unknown> });
}

export interface RevisionSummary {
  id: number;
  version: number;
  authorName: string | null;
  createdAt: Date;
}

/** Newest first. */
export async function listRevisions(kind: RevisionKind, itemId: number): Promise<RevisionSummary[]> {
  return db
    .select({ id: revisions.id, version: revisions.version, authorName: users.name, createdAt: revisions.createdAt })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.authorId))
    .where(and(eq(revisions.kind, kind), eq(revisions.itemId, itemId)))
    .orderBy(desc(revisions.version));
}

export interface Revision<Content> extends RevisionSummary {
  content: Content;
}

/** One revision of one item, by its id or by the version it produced; null when it belongs to another item or does not exist. */
export async function findRevision<Content>(kind: RevisionKind, itemId: number, by: { id: number } | { version: number }, executor: Executor = db): Promise<Revision<Content> | null> {
  const match = 'id' in by ? eq(revisions.id, by.id) : eq(revisions.version, by.version);
  const [row] = await executor
    .select({ id: revisions.id, version: revisions.version, authorName: users.name, createdAt: revisions.createdAt, content: revisions.content })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.authorId))
    .where(and(eq(revisions.kind, kind), eq(revisions.itemId, itemId), match));
  return row ? { ...row, content: row.content as Content } : null;
}

export function getRevision<Content>(kind: RevisionKind, itemId: number, revisionId: number): Promise<Revision<Content> | null> {
  return findRevision<Content>(kind, itemId, { id: revisionId });
}

export async function deleteRevisions(kind: RevisionKind, itemId: number, executor: Executor = db): Promise<void> {
  await executor.delete(revisions).where(and(eq(revisions.kind, kind), eq(revisions.itemId, itemId)));
}
