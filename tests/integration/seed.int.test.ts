import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { seed } from '@/db/seed';
import { frameworkSeeds } from '@/db/seed/content/top-10-frameworks';
import { getPostBySlug } from '@/lib/data/posts';

/** Every row of every content table, as text, so any change at all shows. */
async function snapshot(): Promise<string> {
  const tables = ['users', 'categories', 'posts', 'frameworks', 'post_frameworks'];
  const parts: string[] = [];
  for (const table of tables) {
    const rows = await db.execute(sql.raw(`select * from ${table} order by 1, 2`));
    parts.push(JSON.stringify(rows));
  }
  return parts.join('\n');
}

describe('seed', () => {
  it('changes nothing when run again', async () => {
    const before = await snapshot();
    await seed(db);
    await seed(db);
    expect(await snapshot()).toBe(before);
  });

  it('does not overwrite what an editor changed since', async () => {
    await db.execute(sql`update frameworks set pros = array['Edited pro'] where slug = 'django'`);
    await seed(db);
    const [row] = await db.execute<{ pros: string[] }>(sql`select pros from frameworks where slug = 'django'`);
    expect(row?.pros).toEqual(['Edited pro']);
  });

  it('stores the Top 10 post with its ten frameworks in rank order', async () => {
    const post = await getPostBySlug('top-10-backend-frameworks-2024');
    expect(post).toMatchObject({ title: 'Top 10 Backend Frameworks for Web Development in 2024', authorName: 'Annie', categorySlug: 'web-development' });
    const ranking = await db.execute<{ slug: string; position: number }>(sql`
      select f.slug, pf.position from post_frameworks pf join frameworks f on f.id = pf.framework_id order by pf.position`);
    expect(ranking.map((row) => row.slug)).toEqual(frameworkSeeds.map((framework) => framework.slug));
  });

  it('gives the archives and categories real content across several years', async () => {
    const [counts] = await db.execute<{ posts: number; years: number; categories: number }>(sql`
      select count(*)::int as posts,
             count(distinct extract(year from published_at))::int as years,
             (select count(*)::int from categories) as categories
      from posts`);
    expect(counts!.posts).toBeGreaterThan(10);
    expect(counts!.years).toBeGreaterThanOrEqual(4);
    expect(counts!.categories).toBeGreaterThanOrEqual(2);
  });
});
