import type postgres from 'postgres';

export const SCALE = { posts: 10_000, comments: 1_000_000, categories: 100 } as const;

/**
 * Bulk-loads the large data set with set-based SQL (generate_series), which
 * takes seconds rather than the hours row-by-row inserts would: posts,
 * categories and comments. Returns the time taken in ms.
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
  // Spread over the scale posts (100 each), mostly approved, some pending or spam,
  // from 50,000 distinct addresses; loaded once (the scale posts get none twice).
  await sql`
    with scale_posts as (select array_agg(id order by id) as ids from posts where slug like 'scale-post-%')
    insert into comments (target_kind, target_id, author_name, email, ip_hash, body, status, created_at, updated_at)
    select 'post', ids[1 + n % array_length(ids, 1)], 'Scale reader ' || (n % 50000), 'scale' || (n % 50000) || '@example.com',
           'ip:' || substr(md5((n % 50000)::text), 1, 22),
           'Scale comment ' || n || ': ' || md5(n::text) || ' with *some* Markdown.',
           (case when n % 20 = 0 then 'pending' when n % 97 = 0 then 'spam' else 'approved' end)::comment_status,
           timestamptz '2016-01-01' + n * interval '5 minutes', now()
    from scale_posts, generate_series(1, ${SCALE.comments}) as n
    where not exists (select 1 from comments c join posts p on p.id = c.target_id and c.target_kind = 'post' where p.slug like 'scale-post-%')`;
  await sql`analyze`;
  return Date.now() - started;
}
