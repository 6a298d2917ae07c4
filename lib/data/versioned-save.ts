import 'server-only';
import { mergeFields } from '@/lib/diff/three-way';
import type { Executor } from './audit';
import { isForeignKeyViolation, isUniqueViolation } from './pg-errors';
import { ensureBaselineRevision, getRevisionByVersion } from './revision-history';
import { writeRevision, type RevisionKind } from './revisions';
import { dropWorkingCopy } from './working-copies';

/** A field's value as a revision stores it: text, a number, a flag, or a list of text. */
type FieldValue = string | number | boolean | null | readonly string[];
export type ContentFields<Content> = { [Key in keyof Content]: FieldValue };

/** How one kind of item (a post, a framework) is read and written; everything else about a save is shared. */
export interface VersionedKind<Item, Content extends ContentFields<Content>> {
  kind: RevisionKind;
  /** The item locked FOR UPDATE, or null when there is none to edit (missing, trashed). */
  lock(tx: Executor, id: number): Promise<Item | null>;
  version(item: Item): number;
  updatedAt(item: Item): Date;
  /** What a revision of the item stores. */
  content(item: Item): Content;
  /**
   * The part of a content an editor changes, for merging. A post's publish
   * time, for instance, is the editor's only while scheduling; otherwise the
   * save sets it.
   */
  editable(content: Content): Content;
  /** Stores `content` over the locked `current` as version + 1; returns the item as stored. */
  write(tx: Executor, current: Item, content: Content): Promise<Item>;
}

export type SaveRefusal = 'slug-taken' | 'unknown-category';

/** The one answer every versioned save gives: posts, frameworks, restores. */
export type VersionedSaveResult<Item, Content> =
  /** `mergedWith`: the version saved by someone else that this save merged into, or null when it was based on the latest. */
  | { ok: true; saved: Item; before: Item | null; mergedWith: number | null }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: SaveRefusal }
  /**
   * Someone saved since `baseVersion`, and their change overlaps this one in
   * `fields`: nothing was written. `base` is what the editor started from
   * (null if that revision is missing), `current` what is stored now.
   */
  | { ok: false; reason: 'conflict'; current: Item; base: Content | null; fields: string[]; savedBy: string | null; savedAt: Date };

export interface SaveRequest<Item, Content> {
  id: number;
  /** The version the editor's text was typed on; 'latest' for a restore, which replaces whatever is there. */
  baseVersion: number | 'latest';
  /** What to store, or how to make it from the item as it stands (a restore keeps the current status). */
  content: Content | ((current: Item) => Content);
  actorId: number;
  /** A save from the editor replaces the author's autosaved working copy; a restore from the history leaves it be. */
  replacesWorkingCopy: boolean;
}

/**
 * The versioned save, in the caller's transaction: lock the item, settle the
 * version (a save based on an older version is merged three ways with what
 * was saved since, or refused where the two overlap), keep a baseline of
 * content older than revisions, write the new version and its revision, and
 * drop the author's working copy. The caller adds its own audit entry and
 * side rows (redirects) in the same transaction.
 */
export async function saveVersion<Item, Content extends ContentFields<Content>>(
  tx: Executor,
  kind: VersionedKind<Item, Content>,
  request: SaveRequest<Item, Content>,
): Promise<VersionedSaveResult<Item, Content>> {
  const current = await kind.lock(tx, request.id);
  if (!current) return { ok: false, reason: 'not-found' };
  let content = typeof request.content === 'function' ? request.content(current) : request.content;
  let mergedWith: number | null = null;
  const currentVersion = kind.version(current);
  if (request.baseVersion !== 'latest' && request.baseVersion !== currentVersion) {
    const [base, latest] = await Promise.all([
      getRevisionByVersion<Content>(kind.kind, request.id, request.baseVersion, tx),
      getRevisionByVersion<Content>(kind.kind, request.id, currentVersion, tx),
    ]);
    const merge = base ? mergeFields(kind.editable({ ...kind.content(current), ...base.content }), kind.editable(content), kind.editable(kind.content(current))) : null;
    if (!merge?.ok) {
      const fields: string[] = merge ? merge.conflicts : Object.keys(content);
      return { ok: false, reason: 'conflict', current, base: base?.content ?? null, fields, savedBy: latest?.authorName ?? null, savedAt: latest?.createdAt ?? kind.updatedAt(current) };
    }
    content = merge.merged;
    mergedWith = currentVersion;
  }
  await ensureBaselineRevision({ kind: kind.kind, itemId: request.id, version: currentVersion, content: kind.content(current), savedAt: kind.updatedAt(current) }, tx);
  const saved = await kind.write(tx, current, content);
  await writeRevision({ kind: kind.kind, itemId: request.id, version: kind.version(saved), authorId: request.actorId, content: kind.content(saved) }, tx);
  if (request.replacesWorkingCopy) await dropWorkingCopy({ kind: kind.kind, itemId: request.id, userId: request.actorId }, tx);
  return { ok: true, saved, before: current, mergedWith };
}

/** Turns the constraint errors a save can hit (a slug in use, a category gone) into answers the form explains. */
export async function refusingConstraintErrors<Result>(save: () => Promise<Result>): Promise<Result | { ok: false; reason: SaveRefusal }> {
  try {
    return await save();
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'slug-taken' };
    if (isForeignKeyViolation(error)) return { ok: false, reason: 'unknown-category' };
    throw error;
  }
}
