import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { categories, frameworks, posts, slugRedirects, tags, type SlugRedirectKind } from '@/db/schema';
import type { Executor } from './audit';
import { isFrameworkPublic, isPubliclyVisible } from './visibility';

// The one redirect mechanism (decisions 007 and 021): an old slug of a kind points at an id,
// so the redirect always leads to that item's slug of now, however often it was renamed.

/** Keeps `oldSlug` working: it now redirects to the item `targetId` of `kind`. */
export async function recordSlugRedirect(tx: Executor, kind: SlugRedirectKind, oldSlug: string, targetId: number): Promise<void> {
  await tx
    .insert(slugRedirects)
    .values({ kind, oldSlug, targetId })
    .onConflictDoUpdate({ target: [slugRedirects.kind, slugRedirects.oldSlug], set: { targetId, createdAt: sql`now()` } });
}

/** A live item owns its slug: a redirect left under it by another item's rename goes. */
export async function dropSlugRedirect(tx: Executor, kind: SlugRedirectKind, slug: string): Promise<void> {
  await tx.delete(slugRedirects).where(and(eq(slugRedirects.kind, kind), eq(slugRedirects.oldSlug, slug)));
}

/** After a merge, the merged item's old slugs lead to the item that absorbed it. */
export async function retargetSlugRedirects(tx: Executor, kind: SlugRedirectKind, fromId: number, toId: number): Promise<void> {
  await tx.update(slugRedirects).set({ targetId: toId }).where(and(eq(slugRedirects.kind, kind), eq(slugRedirects.targetId, fromId)));
}

/** An item deleted for good takes its redirects with it. */
export async function dropSlugRedirectsTo(tx: Executor, kind: SlugRedirectKind, targetId: number): Promise<void> {
  await tx.delete(slugRedirects).where(and(eq(slugRedirects.kind, kind), eq(slugRedirects.targetId, targetId)));
}

/** The current slug `oldSlug` of `kind` redirects to; a post or framework only while it is public. */
export async function getRedirectTarget(kind: SlugRedirectKind, oldSlug: string): Promise<string | null> {
  const redirect = and(eq(slugRedirects.kind, kind), eq(slugRedirects.oldSlug, oldSlug));
  const query =
    kind === 'post'
      ? db.select({ slug: posts.slug }).from(slugRedirects).innerJoin(posts, eq(posts.id, slugRedirects.targetId)).where(and(redirect, isPubliclyVisible))
      : kind === 'category'
        ? db.select({ slug: categories.slug }).from(slugRedirects).innerJoin(categories, eq(categories.id, slugRedirects.targetId)).where(redirect)
        : kind === 'tag'
          ? db.select({ slug: tags.slug }).from(slugRedirects).innerJoin(tags, eq(tags.id, slugRedirects.targetId)).where(redirect)
          : db.select({ slug: frameworks.slug }).from(slugRedirects).innerJoin(frameworks, eq(frameworks.id, slugRedirects.targetId)).where(and(redirect, isFrameworkPublic));
  const [row] = await query;
  return row?.slug ?? null;
}
