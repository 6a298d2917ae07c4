import { eq, sql } from 'drizzle-orm';
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { recomputeAllRelated } from '@/lib/data/related-scoring';
import { learnSearchWords } from '@/lib/data/search-words';
import { frameworkSearchText, frameworkWords } from '@/lib/framework-search-text';
import { RANKED_LIST_MARKER } from '@/lib/ranked-list';
import { slugify } from '@/lib/slug';
import * as schema from '../schema';
import { categorySeeds, newsPosts } from './content/agency-news';
import { seededPostTags } from './content/post-tags';
import { frameworkSeeds, topTenPost } from './content/top-10-frameworks';

type Db = PostgresJsDatabase<typeof schema>;

const ANNIE = { email: 'annie@musings.example', name: 'Annie', slug: 'annie' } as const;
const TOP_TEN_PUBLISHED_AT = new Date('2024-04-18T09:00:00Z');
const TOP_TEN_CATEGORY = 'web-development';

/**
 * Loads the blog's real content. Idempotent: every insert skips rows that
 * already exist (matched by slug or e-mail), so running it twice changes
 * nothing, and it never overwrites what an editor has since changed.
 */
export async function seed(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(schema.users).values({ ...ANNIE, role: 'author' }).onConflictDoNothing();
    await tx.insert(schema.categories).values(categorySeeds).onConflictDoNothing();

    const [annie] = await tx
      .select({ id: schema.users.id })
      .from(schema.users)
      .where(sql`lower(${schema.users.email}) = ${ANNIE.email}`);
    if (!annie) throw new Error('seed: the author Annie is missing');
    const categoryIds = new Map(
      (await tx.select({ id: schema.categories.id, slug: schema.categories.slug }).from(schema.categories)).map((c) => [c.slug, c.id]),
    );
    const categoryId = (slug: string): number => {
      const id = categoryIds.get(slug);
      if (id === undefined) throw new Error(`seed: unknown category ${slug}`);
      return id;
    };

    const createdPosts = await tx
      .insert(schema.posts)
      .values([
        {
          slug: topTenPost.slug,
          title: topTenPost.title,
          excerpt: topTenPost.excerpt,
          body: `${topTenPost.intro}\n\n${RANKED_LIST_MARKER}\n\n${topTenPost.conclusion}`,
          status: 'published',
          publishedAt: TOP_TEN_PUBLISHED_AT,
          authorId: annie.id,
          categoryId: categoryId(TOP_TEN_CATEGORY),
          createdAt: TOP_TEN_PUBLISHED_AT,
          updatedAt: TOP_TEN_PUBLISHED_AT,
        },
        ...newsPosts.map((post) => ({
          slug: post.slug,
          title: post.title,
          excerpt: post.excerpt,
          body: post.body,
          status: 'published' as const,
          publishedAt: new Date(post.publishedAt),
          authorId: annie.id,
          categoryId: categoryId(post.category),
          createdAt: new Date(post.publishedAt),
          updatedAt: new Date(post.publishedAt),
        })),
      ])
      .onConflictDoNothing()
      .returning({ id: schema.posts.id, slug: schema.posts.slug });
    await tagSeededPosts(tx, createdPosts);

    await tx
      .insert(schema.frameworks)
      .values(
        frameworkSeeds.map(({ rank: _rank, ...framework }) => ({
          ...framework,
          searchText: frameworkSearchText(framework),
          createdAt: TOP_TEN_PUBLISHED_AT,
          updatedAt: TOP_TEN_PUBLISHED_AT,
        })),
      )
      .onConflictDoNothing();

    // Every seeded word, for "Did you mean …?" (a save through lib/data adds its own).
    for (const post of [{ ...topTenPost, body: `${topTenPost.intro} ${topTenPost.conclusion}` }, ...newsPosts]) {
      await learnSearchWords(tx, `${post.title} ${post.excerpt} ${post.body}`);
    }
    for (const framework of frameworkSeeds) {
      await learnSearchWords(tx, frameworkWords(framework));
    }

    // The ranking is only filled in when the post has none yet, so an
    // editor's reordering survives a re-seed.
    const [post] = await tx.select({ id: schema.posts.id }).from(schema.posts).where(eq(schema.posts.slug, topTenPost.slug));
    if (!post) throw new Error('seed: the Top 10 post is missing');
    const [ranked] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(schema.postFrameworks)
      .where(eq(schema.postFrameworks.postId, post.id));
    if ((ranked?.count ?? 0) === 0) {
      const frameworkIds = new Map(
        (await tx.select({ id: schema.frameworks.id, slug: schema.frameworks.slug }).from(schema.frameworks)).map((f) => [f.slug, f.id]),
      );
      await tx.insert(schema.postFrameworks).values(
        frameworkSeeds.map((framework) => ({
          postId: post.id,
          frameworkId: frameworkIds.get(framework.slug)!,
          position: framework.rank,
        })),
      );
    }
  });
  // A fresh site shows related posts at once; later, every content change works them out again.
  await recomputeAllRelated(db);
}

/** Tags only the posts this run created: a seeded post an editor has since retagged keeps its tags. */
async function tagSeededPosts(tx: Parameters<Parameters<Db['transaction']>[0]>[0], created: Array<{ id: number; slug: string }>): Promise<void> {
  const tagged = created.flatMap((post) => (seededPostTags[post.slug] ?? []).map((name) => ({ postId: post.id, name, slug: slugify(name) })));
  if (tagged.length === 0) return;
  const names = new Map(tagged.map((tag) => [tag.slug, tag.name]));
  await tx
    .insert(schema.tags)
    .values([...names].map(([slug, name]) => ({ slug, name })))
    .onConflictDoNothing();
  const tagIds = new Map((await tx.select({ id: schema.tags.id, slug: schema.tags.slug }).from(schema.tags)).map((tag) => [tag.slug, tag.id]));
  await tx
    .insert(schema.postTags)
    .values(tagged.map((tag) => ({ postId: tag.postId, tagId: tagIds.get(tag.slug)! })))
    .onConflictDoNothing();
}

async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(schema.posts);
  return (row?.count ?? 0) === 0;
}

/**
 * Seeds the database at `url` on a connection of its own; with `onlyIfEmpty`,
 * only a database without posts. Resolves with whether it seeded.
 */
export async function seedDatabase(url: string, { onlyIfEmpty = false } = {}): Promise<boolean> {
  const connection = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const db = drizzle(connection, { schema });
    if (onlyIfEmpty && !(await isEmpty(db))) return false;
    await seed(db);
    return true;
  } finally {
    await connection.end();
  }
}
