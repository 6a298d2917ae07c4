import 'server-only';
import { and, eq, ne, sql } from 'drizzle-orm';
import { db, sql as pool } from '@/db/client';
import { ALL_TAGS, CHANNEL } from '@/lib/cache/invalidation-fanout.mjs';
import { categories, comments, importMappings, legacyPermalinks, media, posts, tags, users, type ImportKind, type LegacyPermalinkKind } from '@/db/schema';
import { MAX_SLUG_LENGTH } from '@/lib/slug';
import { recordAudit, type Executor } from './audit';
import { insertMediaRows, type NewMedia } from './media';
import { recordSlugRedirect } from './slug-redirects';
import { createUser } from './users';
import { upsertImportedPost, type ImportedPost } from './import-posts';

/** What an upsert did: made the row, changed it, found it as it should be, or took over an existing row of ours (same e-mail, same slug). */
export type UpsertOutcome = 'created' | 'updated' | 'unchanged' | 'matched';

export interface Upserted {
  id: number;
  outcome: UpsertOutcome;
}

export interface ImportedComment {
  postId: number;
  parentId: number | null;
  depth: number;
  authorName: string;
  email: string;
  body: string;
  status: 'pending' | 'approved' | 'spam' | 'trash';
  userId: number | null;
  createdAt: Date;
}

/**
 * Every write one import makes, bound to its single transaction: rows made by an earlier run
 * of the same source are found through import_mappings and updated, never made twice.
 */
export class ImportWriter {
  constructor(
    private readonly tx: Executor,
    readonly source: string,
  ) {}

  async mappedId(kind: ImportKind, externalId: string): Promise<number | null> {
    const [row] = await this.tx
      .select({ id: importMappings.localId })
      .from(importMappings)
      .where(and(eq(importMappings.source, this.source), eq(importMappings.kind, kind), eq(importMappings.externalId, externalId)));
    return row?.id ?? null;
  }

  private async remember(kind: ImportKind, externalId: string, localId: number): Promise<void> {
    await this.tx
      .insert(importMappings)
      .values({ source: this.source, kind, externalId, localId })
      .onConflictDoUpdate({ target: [importMappings.source, importMappings.kind, importMappings.externalId], set: { localId, updatedAt: sql`now()` } });
  }

  /** An author as a byline without a password: they cannot sign in until an admin sets one (users.password_hash null). */
  async upsertAuthor(externalId: string, person: { email: string; name: string }): Promise<Upserted> {
    const known = await this.existing(users, await this.mappedId('user', externalId));
    if (known) return { id: known, outcome: 'unchanged' };
    const [sameEmail] = await this.tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${person.email.toLowerCase()}`);
    let result: Upserted;
    if (sameEmail) result = { id: sameEmail.id, outcome: 'matched' };
    else {
      const created = await createUser({ email: person.email, name: person.name, role: 'author', passwordHash: null }, this.tx);
      result = { id: created.id, outcome: 'created' };
    }
    await this.remember('user', externalId, result.id);
    return result;
  }

  /** A category or tag: the one of the same slug when there is one, else a new one; the old slug redirects when ours differs. */
  async upsertTerm(kind: 'category' | 'tag', externalId: string, term: { slug: string; name: string; description: string; oldSlug: string }): Promise<Upserted> {
    const table = kind === 'category' ? categories : tags;
    let result: Upserted | null = null;
    const known = await this.existing(table, await this.mappedId(kind, externalId));
    if (known) result = { id: known, outcome: 'unchanged' };
    if (!result) {
      const [sameSlug] = await this.tx.select({ id: table.id }).from(table).where(eq(table.slug, term.slug));
      if (sameSlug) result = { id: sameSlug.id, outcome: 'matched' };
    }
    if (!result) {
      const [created] = await this.tx.insert(table).values({ slug: term.slug, name: term.name, description: term.description }).returning({ id: table.id });
      result = { id: created!.id, outcome: 'created' };
    }
    await this.remember(kind, externalId, result.id);
    if (term.oldSlug !== term.slug) {
      const [taken] = await this.tx.select({ id: table.id }).from(table).where(eq(table.slug, term.oldSlug));
      if (!taken) await recordSlugRedirect(this.tx, kind, term.oldSlug, result.id);
    }
    return result;
  }

  /** An image through the upload's own insert (same hash, same rows, same audit); its alt text and caption follow the source. */
  async upsertMedia(externalId: string, image: NewMedia, details: { uploaderId: number; altText: string; caption: string }): Promise<Upserted> {
    const known = await this.mappedId('media', externalId);
    const [current] = known === null ? [] : await this.tx.select({ id: media.id, hash: media.hash, altText: media.altText, caption: media.caption }).from(media).where(eq(media.id, known));
    let result: Upserted;
    if (current && current.hash === image.hash) {
      const same = current.altText === details.altText && current.caption === details.caption;
      if (!same) await this.tx.update(media).set({ altText: details.altText, caption: details.caption, updatedAt: sql`now()` }).where(eq(media.id, current.id));
      result = { id: current.id, outcome: same ? 'unchanged' : 'updated' };
    } else {
      const stored = await insertMediaRows(this.tx, image, { id: details.uploaderId });
      if (stored.created) await this.tx.update(media).set({ altText: details.altText, caption: details.caption }).where(eq(media.id, stored.id));
      result = { id: stored.id, outcome: stored.created ? 'created' : 'matched' };
    }
    await this.remember('media', externalId, result.id);
    return result;
  }

  /**
   * A slug for an imported post that no other post has: `wanted`, or `wanted-2`, `-3`… The post
   * an earlier run made (`ownId`) keeps its own; `claimed` are the slugs this run gave out already.
   */
  async freePostSlug(wanted: string, ownId: number | null, claimed: ReadonlySet<string>): Promise<string> {
    const base = wanted.slice(0, MAX_SLUG_LENGTH - 4).replace(/-+$/, '') || 'post';
    const rows = await this.tx
      .select({ slug: posts.slug })
      .from(posts)
      .where(and(sql`(${posts.slug} = ${base} or ${posts.slug} ~ ${`^${base}-[0-9]+$`})`, ownId === null ? undefined : ne(posts.id, ownId)));
    const used = new Set([...rows.map((row) => row.slug), ...claimed]);
    if (!used.has(base)) return base;
    let n = 2;
    while (used.has(`${base}-${n}`)) n += 1;
    return `${base}-${n}`;
  }

  async upsertPost(externalId: string, post: ImportedPost): Promise<Upserted> {
    const knownId = await this.existing(posts, await this.mappedId('post', externalId));
    const result = await upsertImportedPost(this.tx, knownId, post);
    await this.remember('post', externalId, result.id);
    return result;
  }

  async upsertComment(externalId: string, comment: ImportedComment): Promise<Upserted> {
    const knownId = await this.mappedId('comment', externalId);
    const [current] = knownId === null ? [] : await this.tx.select({ id: comments.id, body: comments.body, status: comments.status, authorName: comments.authorName, parentId: comments.parentId }).from(comments).where(eq(comments.id, knownId));
    const fields = { authorName: comment.authorName, body: comment.body, status: comment.status, parentId: comment.parentId, depth: comment.depth };
    let result: Upserted;
    if (current) {
      const same = current.body === comment.body && current.status === comment.status && current.authorName === comment.authorName && current.parentId === comment.parentId;
      if (!same) await this.tx.update(comments).set({ ...fields, updatedAt: sql`now()` }).where(eq(comments.id, current.id));
      result = { id: current.id, outcome: same ? 'unchanged' : 'updated' };
    } else {
      const [row] = await this.tx
        .insert(comments)
        .values({ ...fields, targetKind: 'post', targetId: comment.postId, email: comment.email, userId: comment.userId, createdAt: comment.createdAt, updatedAt: comment.createdAt })
        .returning({ id: comments.id });
      result = { id: row!.id, outcome: 'created' };
    }
    await this.remember('comment', externalId, result.id);
    return result;
  }

  /** An old address that answers a 308 to the item's current one (lib/http/legacy-permalink-gate.ts). */
  async recordPermalink(path: string, kind: LegacyPermalinkKind, targetId: number): Promise<void> {
    await this.tx
      .insert(legacyPermalinks)
      .values({ path, kind, targetId, source: this.source })
      .onConflictDoUpdate({ target: legacyPermalinks.path, set: { kind, targetId, source: this.source } });
  }

  /** One audit entry for the whole run, with its counts. */
  async finish(actorId: number | null, details: Record<string, unknown>): Promise<void> {
    await recordAudit({ actorId, action: 'import.run', targetType: 'import', targetLabel: this.source, details }, this.tx);
  }

  private async existing(table: typeof users | typeof categories | typeof tags | typeof posts, id: number | null): Promise<number | null> {
    if (id === null) return null;
    const [row] = await this.tx.select({ id: table.id }).from(table).where(eq(table.id, id));
    return row?.id ?? null;
  }
}

/** Runs an import in one transaction: any error rolls back everything it wrote. */
export async function runImportTransaction<Result>(source: string, work: (writer: ImportWriter) => Promise<Result>): Promise<Result> {
  return db.transaction((tx) => work(new ImportWriter(tx, source)));
}

/**
 * After an import commits, every running instance expires all its cached pages: an import touches
 * too much to name tags, and the command line has no Next.js to call updateTag with. The message is
 * the one an instance that missed invalidations gives itself (lib/cache/invalidation-fanout.mjs).
 */
export async function expireEveryInstanceCache(): Promise<void> {
  await pool.notify(CHANNEL, JSON.stringify({ from: 'import', tags: [ALL_TAGS] }));
}
