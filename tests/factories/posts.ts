import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { categories, posts, users } from '@/db/schema';

type PostOverrides = Partial<Pick<typeof posts.$inferInsert, 'title' | 'excerpt' | 'body' | 'status' | 'publishedAt' | 'deletedAt' | 'authorId'>> & {
  slug?: string;
  categorySlug?: string;
};

/** Inserts a post (by the seeded author unless `authorId` says otherwise); defaults to a published post from yesterday. */
export async function createPost(overrides: PostOverrides = {}) {
  const { categorySlug = 'design', ...fields } = overrides;
  const [category] = await db.select({ id: categories.id }).from(categories).where(eq(categories.slug, categorySlug));
  const [author] = await db.select({ id: users.id }).from(users).limit(1);
  if (!category || !author) throw new Error('createPost needs the seeded categories and author');
  const slug = fields.slug ?? `test-post-${randomBytes(4).toString('hex')}`;
  const [post] = await db
    .insert(posts)
    .values({
      slug,
      title: `Test post ${slug}`,
      excerpt: 'An excerpt.',
      body: 'A body.',
      status: 'published',
      publishedAt: new Date(Date.now() - 86_400_000),
      authorId: author.id,
      ...fields,
      categoryId: category.id,
    })
    .returning();
  return post!;
}
