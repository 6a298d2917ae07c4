import { withDatabase } from './accounts';

/** A published "Top N" post of its own (not the flagship, which other tests read), ranking the given frameworks in that order. */
export async function insertRankingPost(slug: string, title: string, frameworkSlugs: string[]): Promise<void> {
  await withDatabase(async (sql) => {
    const [post] = await sql<Array<{ id: number }>>`
      insert into posts (slug, title, excerpt, body, status, published_at, author_id, category_id)
      values (${slug}, ${title}, 'Our picks.', 'Our picks, ranked.', 'published', '2015-06-01T12:00:00Z',
        (select id from users order by id limit 1), (select id from categories where slug = 'web-development'))
      returning id`;
    await sql`insert into post_frameworks (post_id, framework_id, position)
      select ${post!.id}, id, array_position(${frameworkSlugs}::text[], slug) from frameworks where slug = any(${frameworkSlugs}::text[])`;
  });
}
