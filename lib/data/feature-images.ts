import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { frameworks, media, posts } from '@/db/schema';
import { recordAudit } from './audit';

export type FeatureImageOutcome = { ok: true; previousHash: string | null; hash: string | null } | { ok: false; reason: 'no-image' | 'no-alt' | 'not-found' };

async function checkedImage(mediaId: number | null): Promise<{ hash: string; fileName: string } | 'no-image' | 'no-alt' | null> {
  if (mediaId === null) return null;
  const [image] = await db.select({ hash: media.hash, fileName: media.fileName, altText: media.altText }).from(media).where(eq(media.id, mediaId));
  if (!image) return 'no-image';
  // The feature image is shown on every card and shared preview: it must be described.
  return image.altText ? image : 'no-alt';
}

async function hashOf(mediaId: number | null): Promise<string | null> {
  if (mediaId === null) return null;
  const [row] = await db.select({ hash: media.hash }).from(media).where(eq(media.id, mediaId));
  return row?.hash ?? null;
}

/** Sets or clears a post's feature image (not a revisioned field: it does not change what the post says). */
export async function setPostFeatureImage(postId: number, mediaId: number | null, actor: { id: number }): Promise<FeatureImageOutcome> {
  const image = await checkedImage(mediaId);
  if (image === 'no-image' || image === 'no-alt') return { ok: false, reason: image };
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ title: posts.title, mediaId: posts.featureMediaId }).from(posts).where(eq(posts.id, postId)).for('update');
    if (!before) return { ok: false, reason: 'not-found' } as const;
    await tx.update(posts).set({ featureMediaId: mediaId }).where(eq(posts.id, postId));
    await recordAudit({ actorId: actor.id, action: 'post.feature-image', targetType: 'post', targetId: postId, targetLabel: before.title, details: { image: image?.fileName ?? null } }, tx);
    return { ok: true, previousHash: await hashOf(before.mediaId), hash: image?.hash ?? null } as const;
  });
}

/** Sets or clears a framework's logo. */
export async function setFrameworkLogo(frameworkId: number, mediaId: number | null, actor: { id: number }): Promise<FeatureImageOutcome & { slug?: string }> {
  const image = await checkedImage(mediaId);
  if (image === 'no-image' || image === 'no-alt') return { ok: false, reason: image };
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ name: frameworks.name, slug: frameworks.slug, mediaId: frameworks.logoMediaId }).from(frameworks).where(eq(frameworks.id, frameworkId)).for('update');
    if (!before) return { ok: false, reason: 'not-found' } as const;
    await tx.update(frameworks).set({ logoMediaId: mediaId }).where(eq(frameworks.id, frameworkId));
    await recordAudit({ actorId: actor.id, action: 'framework.logo', targetType: 'framework', targetId: frameworkId, targetLabel: before.name, details: { image: image?.fileName ?? null } }, tx);
    return { ok: true, previousHash: await hashOf(before.mediaId), hash: image?.hash ?? null, slug: before.slug } as const;
  });
}

export async function getPostFeatureMediaId(postId: number): Promise<number | null> {
  const [row] = await db.select({ id: posts.featureMediaId }).from(posts).where(eq(posts.id, postId));
  return row?.id ?? null;
}

export async function getFrameworkLogoMediaId(frameworkId: number): Promise<number | null> {
  const [row] = await db.select({ id: frameworks.logoMediaId }).from(frameworks).where(eq(frameworks.id, frameworkId));
  return row?.id ?? null;
}

export async function getFrameworkLogoMediaIdBySlug(slug: string): Promise<number | null> {
  const [row] = await db.select({ id: frameworks.logoMediaId }).from(frameworks).where(eq(frameworks.slug, slug));
  return row?.id ?? null;
}
