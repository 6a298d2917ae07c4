import type postgres from 'postgres';

export const SCALE = { posts: 10_000, comments: 1_000_000, categories: 100 } as const;

/**
 * Bulk-loads the large data set with set-based SQL (generate_series), which
 * takes seconds rather than the hours row-by-row inserts would. Comments
 * are loaded once the comments table exists. Returns the time taken in ms.
 */
export async function loadScaleData(sql: postgres.Sql): Promise<number> {
  const started = Date.now();
  await sql`
    insert into categories (slug, name, description)
    select 'scale-category-' || n, 'Scale category ' || n, 'Generated for the scale benchmark.'
    from generate_series(1, ${SCALE.categories}) as n
    on conflict do nothing`;
  await sql`
    insert into posts (slug, title, excerpt, body, status, published_at, author_id, category_id, created_at, updated_at)
    select 'scale-post-' || n,
           'Scale post ' || n || ': ' || md5(n::text),
           'Generated post ' || n || ' for the scale benchmark.',
           repeat('Lorem ipsum dolor sit amet, ' || md5(n::text) || ' consectetur adipiscing elit. ', 30),
           'published',
           timestamptz '2015-01-01' + (n * interval '7 hours'),
           (select id from users order by id limit 1),
           (select id from categories order by id offset (n % ${SCALE.categories}) limit 1),
           now(), now()
    from generate_series(1, ${SCALE.posts}) as n
    on conflict do nothing`;
  const [commentsTable] = await sql`select to_regclass('public.comments') as name`;
  if (commentsTable?.name) throw new Error('The comments table exists: add the comment rows to bench/lib/scale.ts.');
  await sql`analyze`;
  return Date.now() - started;
}
