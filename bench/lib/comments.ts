import autocannon from 'autocannon';
import type postgres from 'postgres';
import { summarize, type LoadOptions, type LoadResult } from './load';

/** Two seeded posts whose first comment page is measured side by side: 10 comments against 10,000. */
export const COMMENT_POSTS = { few: 'design-systems-for-small-teams', many: 'email-newsletters-people-actually-open' } as const;

/**
 * Approved comments, oldest first, with every fifth one answered, so the
 * first page of the big thread has replies to fetch like a real one.
 */
export async function loadCommentThreads(sql: postgres.Sql): Promise<void> {
  for (const [slug, count] of [
    [COMMENT_POSTS.few, 10],
    [COMMENT_POSTS.many, 10_000],
  ] as const) {
    await sql`
      insert into comments (target_kind, target_id, author_name, email, body, status, created_at)
      select 'post', p.id, 'Reader ' || n, 'reader' || n || '@example.com',
             'Comment ' || n || ': ' || repeat('Thoughtful words about the post. ', 6), 'approved', timestamptz '2025-01-01' + n * interval '1 minute'
      from posts p, generate_series(1, ${count}) as n where p.slug = ${slug}`;
    await sql`
      insert into comments (target_kind, target_id, parent_id, depth, author_name, email, body, status, created_at)
      select c.target_kind, c.target_id, c.id, 2, 'Replier', 'replier@example.com', 'A reply to ' || c.author_name, 'approved', c.created_at + interval '30 seconds'
      from comments c join posts p on p.id = c.target_id and c.target_kind = 'post'
      where p.slug = ${slug} and c.depth = 1 and c.id % 5 = 0`;
  }
  await sql`analyze comments`;
}

const decodeHtml = (text: string) => text.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The hidden fields React renders into the comment form so it posts without JavaScript. */
async function commentFormFields(pageUrl: string): Promise<Array<[string, string]>> {
  const html = await (await fetch(pageUrl)).text();
  const form = /<form[^>]*comment-form[\s\S]*?<\/form>/.exec(html)?.[0];
  if (!form) throw new Error(`No comment form on ${pageUrl}`);
  return [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)]
    .map((match): [string, string] => [decodeHtml(match[1]!), decodeHtml(match[2] ?? '')])
    .filter(([name]) => name !== 'token');
}

function multipart(boundary: string, fields: Array<[string, string]>): string {
  return `${fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join('')}--${boundary}--\r\n`;
}

/**
 * Posts comments through the form's Server Action exactly as a browser
 * without JavaScript does, each from a new address and e-mail (so neither
 * rate limits nor duplicate detection cut the run short). Each answer is the
 * re-rendered page saying the comment awaits moderation.
 */
export async function measureCommentSubmission(baseUrl: string, load: LoadOptions, authSecret: string): Promise<LoadResult> {
  process.env.AUTH_SECRET = authSecret;
  process.env.DATABASE_URL ??= 'postgres://unused/unused';
  const { issueFormToken } = await import('@/lib/comments/form-token');
  const pageUrl = `${baseUrl}/blog/${COMMENT_POSTS.few}`;
  const fields = await commentFormFields(pageUrl);
  const token = issueFormToken(`post:${COMMENT_POSTS.few}`, Date.now() - 10_000);
  const boundary = '----musingsbench';
  let counter = 0;
  const result = await autocannon({
    url: pageUrl,
    connections: load.connections,
    duration: load.durationSeconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          counter += 1;
          const n = counter;
          return {
            ...request,
            headers: {
              'content-type': `multipart/form-data; boundary=${boundary}`,
              // A browser sends its origin with a form post; Next checks it against the host.
              origin: baseUrl,
              'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
            },
            body: multipart(boundary, [
              ...fields,
              ['token', token],
              ['name', `Bench reader ${n}`],
              ['email', `bench-${n}-${Date.now()}@example.com`],
              ['body', `Benchmark comment number ${n}, with *some* Markdown and a [link](https://example.com).`],
            ]),
          };
        },
      },
    ],
  });
  return summarize(result);
}
