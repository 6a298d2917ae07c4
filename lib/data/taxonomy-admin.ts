import 'server-only';
import { asc, eq, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { categories, tags } from '@/db/schema';
import type { PostPlacement } from '@/lib/cache/invalidate';
import { recordAudit, type Executor } from './audit';
import { isUniqueViolation } from './pg-errors';
import { dropSlugRedirect, dropSlugRedirectsTo, recordSlugRedirect, retargetSlugRedirects } from './slug-redirects';

/** Categories (exactly one per post) and tags (any number per post): the two taxonomies editors manage. */
export type TaxonomyKind = 'category' | 'tag';

export interface TaxonomyTerm {
  id: number;
  slug: string;
  name: string;
  description: string;
  /** Posts filed under it, drafts and trashed posts included: what a merge or delete moves. */
  postCount: number;
}

export interface TermFields {
  name: string;
  slug: string;
  description: string;
}

/** What a change touched, so the action can expire exactly those pages: the slugs involved and each affected post before and after. */
export interface TaxonomyChange {
  term: TaxonomyTerm;
  slugs: string[];
  placements: PostPlacement[];
}

export type TaxonomyResult = { ok: true; change: TaxonomyChange } | { ok: false; reason: 'not-found' | 'slug-taken' | 'same-term' };

interface Actor {
  id: number;
}

const tableOf = (kind: TaxonomyKind) => (kind === 'category' ? categories : tags);

/** The posts a term holds, as SQL: a category's by its column, a tag's through post_tags. */
function postsOf(kind: TaxonomyKind, id: number): SQL {
  return kind === 'category' ? sql`select p.id from posts p where p.category_id = ${id}` : sql`select pt.post_id from post_tags pt where pt.tag_id = ${id}`;
}

function termColumns(kind: TaxonomyKind) {
  const table = tableOf(kind);
  return {
    id: table.id,
    slug: table.slug,
    name: table.name,
    description: table.description,
    // Spelled out: drizzle leaves a lone table's columns unqualified, which the subquery would read as its own.
    postCount:
      kind === 'category'
        ? sql<number>`(select count(*)::int from posts p where p.category_id = "categories"."id")`
        : sql<number>`(select count(*)::int from post_tags pt where pt.tag_id = "tags"."id")`,
  };
}

/** Every category or tag, by name, with its number of posts. */
export async function listTerms(kind: TaxonomyKind): Promise<TaxonomyTerm[]> {
  const table = tableOf(kind);
  return db.select(termColumns(kind)).from(table).orderBy(asc(sql`lower(${table.name})`), asc(table.id));
}

export async function getTerm(kind: TaxonomyKind, id: number, executor: Executor = db, lock = false): Promise<TaxonomyTerm | null> {
  const table = tableOf(kind);
  const query = executor.select(termColumns(kind)).from(table).where(eq(table.id, id));
  const [row] = lock ? await query.for('update', { of: table }) : await query;
  return row ?? null;
}

/** Where each post of the term is shown now: its slug, category and year. */
async function placementsOf(tx: Executor, kind: TaxonomyKind, id: number): Promise<PostPlacement[]> {
  return tx.execute<{ slug: string; categorySlug: string; publishedAt: Date | null }>(sql`
    select p.slug, c.slug as "categorySlug", p.published_at as "publishedAt"
    from posts p join categories c on c.id = p.category_id where p.id in (${postsOf(kind, id)})`).then((rows) =>
    rows.map((row) => ({ ...row, publishedAt: row.publishedAt === null ? null : new Date(row.publishedAt) })),
  );
}

/** The same posts once they moved from one category to another (a tag's posts keep their category). */
const movedTo = (placements: PostPlacement[], kind: TaxonomyKind, from: string, to: string): PostPlacement[] =>
  kind === 'category' ? placements.map((placement) => (placement.categorySlug === from ? { ...placement, categorySlug: to } : placement)) : placements;

/** A unique slug is the one refusal a write can meet; anything else is a real error. */
async function refusingTakenSlug(work: () => Promise<TaxonomyResult>): Promise<TaxonomyResult> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'slug-taken' };
    throw error;
  }
}

export async function createTerm(kind: TaxonomyKind, actor: Actor, fields: TermFields): Promise<TaxonomyResult> {
  return refusingTakenSlug(() =>
    db.transaction(async (tx) => {
      const [created] = await tx.insert(tableOf(kind)).values(fields).returning({ id: tableOf(kind).id });
      // A live category or tag owns its slug: a redirect left there by an earlier rename goes.
      await dropSlugRedirect(tx, kind, fields.slug);
      await recordAudit({ actorId: actor.id, action: `${kind}.create`, targetType: kind, targetId: created!.id, targetLabel: fields.name, details: { slug: fields.slug } }, tx);
      return { ok: true, change: { term: (await getTerm(kind, created!.id, tx))!, slugs: [fields.slug], placements: [] } };
    }),
  );
}

/** Renames, re-slugs or describes a term. Its old slug keeps working: it redirects to the new one. */
export async function updateTerm(kind: TaxonomyKind, actor: Actor, id: number, fields: TermFields): Promise<TaxonomyResult> {
  return refusingTakenSlug(() =>
    db.transaction(async (tx) => {
      const before = await getTerm(kind, id, tx, true);
      if (!before) return { ok: false, reason: 'not-found' };
      const placements = await placementsOf(tx, kind, id);
      await tx.update(tableOf(kind)).set({ ...fields, updatedAt: sql`now()` }).where(eq(tableOf(kind).id, id));
      if (before.slug !== fields.slug) {
        await dropSlugRedirect(tx, kind, fields.slug);
        await recordSlugRedirect(tx, kind, before.slug, id);
      }
      const details = {
        ...(before.name !== fields.name ? { renamedFrom: before.name } : {}),
        ...(before.slug !== fields.slug ? { slugFrom: before.slug, slugTo: fields.slug } : {}),
        ...(before.description !== fields.description ? { description: 'changed' } : {}),
      };
      await recordAudit({ actorId: actor.id, action: `${kind}.update`, targetType: kind, targetId: id, targetLabel: fields.name, details }, tx);
      const after = (await getTerm(kind, id, tx))!;
      return { ok: true, change: { term: after, slugs: [before.slug, after.slug], placements: [...placements, ...movedTo(placements, kind, before.slug, after.slug)] } };
    }),
  );
}

/** Moves every post of `sourceId` to `targetId` (a post with both tags keeps one), then deletes the source. */
async function movePosts(tx: Executor, kind: TaxonomyKind, sourceId: number, targetId: number): Promise<void> {
  if (kind === 'category') {
    await tx.execute(sql`update posts set category_id = ${targetId} where category_id = ${sourceId}`);
  } else {
    await tx.execute(sql`insert into post_tags (post_id, tag_id) select post_id, ${targetId} from post_tags where tag_id = ${sourceId} on conflict do nothing`);
  }
}

/** Locks both terms in id order, so two merges of the same pair cannot deadlock. */
async function lockPair(tx: Executor, kind: TaxonomyKind, sourceId: number, targetId: number) {
  const byId = new Map<number, TaxonomyTerm>();
  for (const id of [sourceId, targetId].sort((a, b) => a - b)) {
    const term = await getTerm(kind, id, tx, true);
    if (term) byId.set(id, term);
  }
  return { source: byId.get(sourceId) ?? null, target: byId.get(targetId) ?? null };
}

export interface MoveRequest {
  sourceId: number;
  /** Where the posts go; null (tags only) removes the tag from its posts. */
  targetId: number | null;
  /** A merge keeps the source's addresses alive as redirects to the target; a delete does not. */
  redirect: boolean;
}

/** Merges a term into another, or deletes it moving its posts (or, for a tag, dropping it from them). */
export async function removeTerm(kind: TaxonomyKind, actor: Actor, { sourceId, targetId, redirect }: MoveRequest): Promise<TaxonomyResult> {
  if (sourceId === targetId) return { ok: false, reason: 'same-term' };
  return db.transaction(async (tx) => {
    const { source, target } = targetId === null ? { source: await getTerm(kind, sourceId, tx, true), target: null } : await lockPair(tx, kind, sourceId, targetId);
    if (!source || (targetId !== null && !target)) return { ok: false, reason: 'not-found' };
    const placements = await placementsOf(tx, kind, sourceId);
    if (target) await movePosts(tx, kind, sourceId, target.id);
    if (target && redirect) {
      await retargetSlugRedirects(tx, kind, sourceId, target.id);
      await recordSlugRedirect(tx, kind, source.slug, target.id);
    } else {
      await dropSlugRedirectsTo(tx, kind, sourceId);
    }
    await tx.delete(tableOf(kind)).where(eq(tableOf(kind).id, sourceId));
    await recordAudit(
      {
        actorId: actor.id,
        action: `${kind}.${redirect ? 'merge' : 'delete'}`,
        targetType: kind,
        targetId: sourceId,
        targetLabel: source.name,
        details: { slug: source.slug, postCount: source.postCount, ...(target ? { postsMovedTo: target.name } : { postsMovedTo: 'none' }) },
      },
      tx,
    );
    const kept = target ? (await getTerm(kind, target.id, tx))! : source;
    const slugs = target ? [source.slug, target.slug] : [source.slug];
    return { ok: true, change: { term: kept, slugs, placements: [...placements, ...(target ? movedTo(placements, kind, source.slug, target.slug) : [])] } };
  });
}
