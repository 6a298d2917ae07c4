import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { posts, users } from '@/db/schema';
import { recordAudit } from './audit';
import { isForeignKeyViolation } from './pg-errors';
import { isPubliclyVisible } from './visibility';

/** What the author page shows of a person: never their e-mail or role. */
export interface AuthorProfile {
  slug: string;
  name: string;
  bio: string;
  avatarMediaId: number | null;
}

const profileColumns = { slug: users.slug, name: users.name, bio: users.bio, avatarMediaId: users.avatarMediaId };

const hasPublicPost = sql`exists (select 1 from ${posts} where ${posts.authorId} = ${users.id} and ${isPubliclyVisible})`;

/** An author readers may see: someone with at least one public post (anyone else is a 404, like an unused tag). */
export async function getPublicAuthor(slug: string): Promise<AuthorProfile | null> {
  const [row] = await db
    .select(profileColumns)
    .from(users)
    .where(and(eq(users.slug, slug), hasPublicPost));
  return row ?? null;
}

/** The byline's person, for the box under one of their posts: the post being public already says they may be shown. */
export async function getAuthorOfPost(slug: string): Promise<AuthorProfile | null> {
  const [row] = await db.select(profileColumns).from(users).where(eq(users.slug, slug));
  return row ?? null;
}

/** Every author page, for the sitemap and the feeds page: last changed when their newest public post did. */
export async function listPublicAuthors(): Promise<Array<{ slug: string; name: string; postCount: number; updatedAt: Date }>> {
  return db
    .select({
      slug: users.slug,
      name: users.name,
      postCount: sql<number>`count(*)::int`,
      updatedAt: sql<Date>`max(${posts.updatedAt})`.mapWith(posts.updatedAt),
    })
    .from(users)
    .innerJoin(posts, eq(posts.authorId, users.id))
    .where(isPubliclyVisible)
    .groupBy(users.id)
    .orderBy(desc(sql`max(${posts.updatedAt})`));
}

/** The signed-in person's own profile, for their account page. */
export async function getOwnProfile(userId: number): Promise<AuthorProfile | null> {
  const [row] = await db.select(profileColumns).from(users).where(eq(users.id, userId));
  return row ?? null;
}

export type ProfileChange = Pick<AuthorProfile, 'name' | 'bio' | 'avatarMediaId'>;

export type ProfileSaveResult = { ok: true; slug: string } | { ok: false; reason: 'not_found' | 'avatar_missing' };

/** Saves someone's own name, bio and portrait, with its audit row, in one transaction. The slug stays. */
export async function saveOwnProfile(userId: number, change: ProfileChange): Promise<ProfileSaveResult> {
  try {
    return await db.transaction(async (tx) => {
      const [before] = await tx.select({ ...profileColumns, email: users.email }).from(users).where(eq(users.id, userId)).for('update');
      if (!before) return { ok: false, reason: 'not_found' } as const;
      await tx.update(users).set({ ...change, updatedAt: sql`now()` }).where(eq(users.id, userId));
      const changed = (Object.keys(change) as Array<keyof ProfileChange>).filter((field) => before[field] !== change[field]);
      await recordAudit(
        { actorId: userId, action: 'user.profile', targetType: 'user', targetId: userId, targetLabel: `${change.name} <${before.email}>`, details: { changed } },
        tx,
      );
      return { ok: true, slug: before.slug } as const;
    });
  } catch (error) {
    // The chosen image was deleted from the library between loading the form and saving it.
    if (isForeignKeyViolation(error)) return { ok: false, reason: 'avatar_missing' };
    throw error;
  }
}
