import 'server-only';
import { and, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { db } from '@/db/client';
import { frameworks, media, mediaFiles, posts, users } from '@/db/schema';
import type { FallbackType, MediaFile } from '@/lib/media/process';
import type { ImageFormat } from '@/lib/media/sniff';
import { recordAudit, type Executor } from './audit';
import { isForeignKeyViolation } from './pg-errors';

/** What a reader page needs to draw a library image: its size, text and which files exist. */
export interface MediaRendition {
  id: number;
  hash: string;
  width: number;
  height: number;
  altText: string;
  caption: string;
  /** Variant widths, ascending; each exists as AVIF, WebP (unless noted otherwise) and `fallback`. */
  widths: number[];
  fallback: FallbackType;
  hasAvif: boolean;
}

export interface MediaItem extends MediaRendition {
  fileName: string;
  format: string;
  byteSize: number;
  uploaderId: number | null;
  uploaderName: string | null;
  createdAt: Date;
  usageCount: number;
}

export interface MediaUsage {
  kind: 'post' | 'framework' | 'author';
  id: number;
  title: string;
  slug: string;
  /** How it uses the image. */
  as: 'body' | 'feature image' | 'logo' | 'portrait';
  trashed: boolean;
}

/** The names of an image's files, from which its widths and fallback type are read. */
const fileNames = sql<string[]>`(select coalesce(array_agg(f.name), '{}') from media_files f where f.media_id = ${media.id})`;

const renditionColumns = {
  id: media.id,
  hash: media.hash,
  width: media.width,
  height: media.height,
  altText: media.altText,
  caption: media.caption,
  fileNames,
};

function toRendition({ fileNames: names, ...row }: { fileNames: string[] } & Omit<MediaRendition, 'widths' | 'fallback' | 'hasAvif'>): MediaRendition {
  // Variants are named <width>.<type>; og.jpg, the social crop, is not one.
  const variants = names.filter((name) => /^\d+\./.test(name));
  const widths = [...new Set(variants.map((name) => Number.parseInt(name, 10)))].sort((a, b) => a - b);
  const fallback = (['png', 'gif', 'jpg'] as const).find((type) => variants.some((name) => name.endsWith(`.${type}`))) ?? 'jpg';
  return { ...row, widths, fallback, hasAvif: variants.some((name) => name.endsWith('.avif')) };
}

/** A text column mentions the image when it holds its address prefix; addresses are content-addressed, so this cannot misfire. */
function mentions(column: AnyPgColumn, hash: string): SQL {
  return sql`strpos(${column}, ${`/media/${hash}/`}) > 0`;
}

const usageCount = sql<number>`(
  (select count(*) from posts p where p.feature_media_id = ${media.id} or strpos(p.body, '/media/' || ${media.hash} || '/') > 0)
  + (select count(*) from frameworks f where f.logo_media_id = ${media.id} or strpos(f.overview, '/media/' || ${media.hash} || '/') > 0)
  + (select count(*) from users u where u.avatar_media_id = ${media.id})
)::int`;

export async function findMediaIdByHash(hash: string): Promise<number | null> {
  const [row] = await db.select({ id: media.id }).from(media).where(eq(media.hash, hash));
  return row?.id ?? null;
}

export interface NewMedia {
  hash: string;
  fileName: string;
  format: ImageFormat;
  width: number;
  height: number;
  original: Buffer;
  files: MediaFile[];
}

/** Stores an image and its files in one transaction, with its audit row. The same bytes uploaded twice are one image. */
export async function insertMedia(input: NewMedia, actor: { id: number }): Promise<{ id: number; hash: string; created: boolean }> {
  return db.transaction((tx) => insertMediaRows(tx, input, actor));
}

/** insertMedia's writes, in the caller's transaction (an import stores its images with everything else it makes). */
export async function insertMediaRows(tx: Executor, input: NewMedia, actor: { id: number }): Promise<{ id: number; hash: string; created: boolean }> {
  const [row] = await tx
    .insert(media)
    .values({ hash: input.hash, fileName: input.fileName, format: input.format, width: input.width, height: input.height, byteSize: input.original.length, original: input.original, uploaderId: actor.id })
    .onConflictDoNothing({ target: media.hash })
    .returning({ id: media.id });
  if (!row) {
    const [existing] = await tx.select({ id: media.id }).from(media).where(eq(media.hash, input.hash));
    return { id: existing!.id, hash: input.hash, created: false };
  }
  await tx.insert(mediaFiles).values(input.files.map((file) => ({ mediaId: row.id, ...file })));
  await recordAudit({ actorId: actor.id, action: 'media.upload', targetType: 'media', targetId: row.id, targetLabel: input.fileName, details: { width: input.width, height: input.height, bytes: input.original.length } }, tx);
  return { id: row.id, hash: input.hash, created: true };
}

/** One public file's bytes. */
export async function readMediaFileRow(hash: string, name: string): Promise<{ contentType: string; bytes: Buffer } | null> {
  const [row] = await db
    .select({ contentType: mediaFiles.contentType, bytes: mediaFiles.bytes })
    .from(mediaFiles)
    .innerJoin(media, eq(media.id, mediaFiles.mediaId))
    .where(and(eq(media.hash, hash), eq(mediaFiles.name, name)));
  return row ?? null;
}

export async function listMediaRenditions(hashes: string[]): Promise<MediaRendition[]> {
  if (hashes.length === 0) return [];
  return (await db.select(renditionColumns).from(media).where(inArray(media.hash, hashes))).map(toRendition);
}

export async function getMediaRendition(id: number): Promise<MediaRendition | null> {
  const [row] = await db.select(renditionColumns).from(media).where(eq(media.id, id));
  return row ? toRendition(row) : null;
}

export const MEDIA_PER_PAGE = 24;

export interface MediaListFilter {
  /** Only this person's uploads (authors). */
  uploaderId?: number;
  /** Matches file name, alt text or caption. */
  query?: string;
  /** Only images with no alt text. */
  missingAlt?: boolean;
}

function listConditions(filter: MediaListFilter): SQL | undefined {
  const pattern = filter.query ? `%${filter.query.replace(/[\\%_]/g, (char) => `\\${char}`)}%` : null;
  return and(
    filter.uploaderId !== undefined ? eq(media.uploaderId, filter.uploaderId) : undefined,
    pattern ? or(ilike(media.fileName, pattern), ilike(media.altText, pattern), ilike(media.caption, pattern)) : undefined,
    filter.missingAlt ? eq(media.altText, '') : undefined,
  );
}

const itemColumns = {
  ...renditionColumns,
  fileName: media.fileName,
  format: media.format,
  byteSize: media.byteSize,
  uploaderId: media.uploaderId,
  uploaderName: users.name,
  createdAt: media.createdAt,
  usageCount,
};

type ItemRow = { fileNames: string[] } & Omit<MediaItem, 'widths' | 'fallback' | 'hasAvif'>;

function toItem({ fileNames, ...row }: ItemRow): MediaItem {
  return { ...row, ...toRendition({ ...row, fileNames }) };
}

/** Newest first. */
export async function listMedia(filter: MediaListFilter, page: number): Promise<{ items: MediaItem[]; total: number; pageCount: number }> {
  const rows = await db
    .select({ ...itemColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(media)
    .leftJoin(users, eq(users.id, media.uploaderId))
    .where(listConditions(filter))
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(MEDIA_PER_PAGE)
    .offset((page - 1) * MEDIA_PER_PAGE);
  const total = rows[0]?.total ?? 0;
  return { items: rows.map(({ total: _total, ...row }) => toItem(row)), total, pageCount: Math.max(1, Math.ceil(total / MEDIA_PER_PAGE)) };
}

export async function getMediaItem(id: number): Promise<MediaItem | null> {
  const [row] = await db.select(itemColumns).from(media).leftJoin(users, eq(users.id, media.uploaderId)).where(eq(media.id, id));
  return row ? toItem(row) : null;
}

/** Every post and framework article that shows the image, in its text or as its feature image or logo. */
export async function listMediaUsage(id: number, hash: string): Promise<MediaUsage[]> {
  const postRows = await db
    .select({ id: posts.id, title: posts.title, slug: posts.slug, featured: sql<boolean>`${posts.featureMediaId} = ${id}`, deletedAt: posts.deletedAt })
    .from(posts)
    .where(or(eq(posts.featureMediaId, id), mentions(posts.body, hash)))
    .orderBy(posts.title);
  const frameworkRows = await db
    .select({ id: frameworks.id, title: frameworks.name, slug: frameworks.slug, logo: sql<boolean>`${frameworks.logoMediaId} = ${id}` })
    .from(frameworks)
    .where(or(eq(frameworks.logoMediaId, id), mentions(frameworks.overview, hash)))
    .orderBy(frameworks.name);
  const authorRows = await db.select({ id: users.id, title: users.name, slug: users.slug }).from(users).where(eq(users.avatarMediaId, id)).orderBy(users.name);
  return [
    ...postRows.map((row) => ({ kind: 'post' as const, id: row.id, title: row.title, slug: row.slug, as: row.featured ? ('feature image' as const) : ('body' as const), trashed: row.deletedAt !== null })),
    ...frameworkRows.map((row) => ({ kind: 'framework' as const, id: row.id, title: row.title, slug: row.slug, as: row.logo ? ('logo' as const) : ('body' as const), trashed: false })),
    ...authorRows.map((row) => ({ kind: 'author' as const, ...row, as: 'portrait' as const, trashed: false })),
  ];
}

export async function updateMediaText(id: number, text: { altText: string; caption: string }, actor: { id: number }): Promise<{ hash: string } | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx.update(media).set({ ...text, updatedAt: new Date() }).where(eq(media.id, id)).returning({ hash: media.hash, fileName: media.fileName });
    if (!row) return null;
    await recordAudit({ actorId: actor.id, action: 'media.update', targetType: 'media', targetId: id, targetLabel: row.fileName, details: text }, tx);
    return { hash: row.hash };
  });
}

export type DeleteMediaOutcome = { ok: true; hash: string } | { ok: false; reason: 'not-found' } | { ok: false; reason: 'in-use'; usage: MediaUsage[] };

/**
 * Deletes an image nothing shows. The row is locked first, so two deletes do
 * not both audit; a feature image or logo set meanwhile is caught by the
 * foreign key (ON DELETE RESTRICT) and reported as in use.
 */
export async function deleteMedia(id: number, actor: { id: number }): Promise<DeleteMediaOutcome> {
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx.select({ hash: media.hash, fileName: media.fileName }).from(media).where(eq(media.id, id)).for('update');
      if (!row) return { ok: false, reason: 'not-found' } as const;
      const usage = await listMediaUsage(id, row.hash);
      if (usage.length > 0) return { ok: false, reason: 'in-use', usage } as const;
      await tx.delete(media).where(eq(media.id, id));
      await recordAudit({ actorId: actor.id, action: 'media.delete', targetType: 'media', targetId: id, targetLabel: row.fileName }, tx);
      return { ok: true, hash: row.hash } as const;
    });
  } catch (error) {
    if (isForeignKeyViolation(error)) return { ok: false, reason: 'in-use', usage: await listMediaUsage(id, (await getMediaItem(id))?.hash ?? '') };
    throw error;
  }
}

/** Library images a text uses that have no alt text in the library. */
export async function listMediaMissingAlt(hashes: string[]): Promise<Array<{ hash: string; fileName: string }>> {
  if (hashes.length === 0) return [];
  return db.select({ hash: media.hash, fileName: media.fileName }).from(media).where(and(inArray(media.hash, hashes), eq(media.altText, '')));
}

/** Images someone may pick as a feature image or logo: their own, or all for editors. */
export async function listMediaChoices(uploaderId?: number): Promise<Array<{ id: number; fileName: string; altText: string }>> {
  return db
    .select({ id: media.id, fileName: media.fileName, altText: media.altText })
    .from(media)
    .where(uploaderId !== undefined ? eq(media.uploaderId, uploaderId) : undefined)
    .orderBy(desc(media.createdAt))
    .limit(200);
}
