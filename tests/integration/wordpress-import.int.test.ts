import { execFile } from 'node:child_process';
import { mkdtemp, open, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { authenticate } from '@/lib/auth/authenticate';
import { getSignInUser } from '@/lib/data/users';
import { ImportRefusal } from '@/lib/import/errors';
import { formatReport, type ImportReport } from '@/lib/import/report';
import { importWordpress } from '@/lib/import/wordpress/import';
import { readWxr } from '@/lib/import/wordpress/wxr';
import { forgetLegacyPermalinks, legacyPermalinkRedirect } from '@/lib/http/legacy-permalink-gate';

const FIXTURES = path.resolve('tests/fixtures/wordpress');
const EXPORT = path.join(FIXTURES, 'export.xml');
const UPLOADS = path.join(FIXTURES, 'uploads');
const SOURCE = 'wordpress:http://127.0.0.1:8089';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'wp-import-'));
});

/** Every row count an import could change: a refused import must leave each of them as it was. */
async function tableCounts(): Promise<Record<string, number>> {
  const [row] = await db.execute<Record<string, number>>(sql`select
    (select count(*)::int from posts) as posts, (select count(*)::int from users) as users, (select count(*)::int from comments) as comments,
    (select count(*)::int from categories) as categories, (select count(*)::int from tags) as tags, (select count(*)::int from media) as media,
    (select count(*)::int from import_mappings) as mappings, (select count(*)::int from legacy_permalinks) as permalinks`);
  return row!;
}

async function mappedIds(kind: string): Promise<number[]> {
  const rows = await db.execute<{ id: number }>(sql`select local_id as id from import_mappings where source = ${SOURCE} and kind = ${kind} order by local_id`);
  return rows.map((row) => row.id);
}

async function refusalOf(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportRefusal);
  return (error as Error).message;
}

async function timedImport(file = EXPORT): Promise<ImportReport> {
  const started = performance.now();
  const report = await importWordpress(file, { mediaDir: UPLOADS });
  console.info(formatReport(report, (performance.now() - started) / 1000));
  return report;
}

async function postBySlug(slug: string) {
  const [row] = await db.execute<{ id: number; title: string; body: string; status: string; version: number; feature_media_id: number | null; published_at: Date | null }>(
    sql`select id, title, body, status, version, feature_media_id, published_at from posts where slug = ${slug}`,
  );
  return row!;
}

describe('a file the importer refuses leaves nothing behind', () => {
  it('refuses a billion-laughs file at its DOCTYPE, without expanding anything', async () => {
    const before = await tableCounts();
    const started = performance.now();
    expect(await refusalOf(importWordpress(path.join(FIXTURES, 'bad/billion-laughs.xml')))).toMatch(/DOCTYPE.*XML bomb/);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(await tableCounts()).toEqual(before);
  });

  it('refuses an entity nobody defined instead of guessing at it', async () => {
    const file = path.join(scratch, 'undefined-entity.xml');
    await writeFile(file, '<rss><channel><wp:wxr_version>1.2</wp:wxr_version><title>&lol9;</title></channel></rss>');
    expect(await refusalOf(importWordpress(file))).toMatch(/entity/i);
  });

  it('refuses a truncated export, naming it', async () => {
    const before = await tableCounts();
    const whole = await readFile(EXPORT, 'utf8');
    const file = path.join(scratch, 'truncated.xml');
    await writeFile(file, whole.slice(0, Math.floor(whole.length * 0.6)));
    expect(await refusalOf(importWordpress(file, { mediaDir: UPLOADS }))).toMatch(/ends before its XML does \(truncated\?\)/);
    expect(await tableCounts()).toEqual(before);
  });

  it('refuses RSS that is not a WordPress export, and XML that is not RSS', async () => {
    const before = await tableCounts();
    expect(await refusalOf(importWordpress(path.join(FIXTURES, 'bad/not-wxr.xml')))).toMatch(/not a WordPress export.*wp:wxr_version/);
    const html = path.join(scratch, 'page.xml');
    await writeFile(html, '<html><body><p>hello</p></body></html>');
    expect(await refusalOf(importWordpress(html))).toMatch(/root is <html>/);
    const text = path.join(scratch, 'notes.xml');
    await writeFile(text, 'just some words');
    expect(await refusalOf(importWordpress(text))).toMatch(/not well-formed XML/);
    expect(await tableCounts()).toEqual(before);
  });

  it('refuses a file over the 500 MB limit before reading it', async () => {
    const file = path.join(scratch, 'huge.xml');
    // Sparse: 501 MB on paper, nothing on disk.
    const handle = await open(file, 'w');
    await handle.truncate(501 * 1024 * 1024);
    await handle.close();
    expect(await refusalOf(importWordpress(file))).toMatch(/is 501(\.0)? MB; the import limit is 500(\.0)? MB/);
  });

  it('exits non-zero from the command line with the reason', async () => {
    const run = promisify(execFile)('node_modules/.bin/tsx', ['--conditions=react-server', 'scripts/import.ts', 'wordpress', path.join(FIXTURES, 'bad/billion-laughs.xml')], { env: process.env });
    const failure = await run.then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/Import refused, nothing was written: The file declares a DOCTYPE/);
  }, 30_000);
});

describe('importing the WordPress fixture', () => {
  let first: ImportReport;
  beforeAll(async () => {
    first = await timedImport();
  }, 60_000);

  it('imports what the export holds: posts, comments, categories, tags, authors and images', async () => {
    const wxr = await readWxr(EXPORT);
    const posts = wxr.items.filter((item) => item.type === 'post');
    expect(posts).toHaveLength(5);
    expect(first.counts.posts.created).toBe(posts.length);
    expect(first.counts.comments.created).toBe(posts.flatMap((item) => item.comments).length);
    expect(first.counts.categories.created + first.counts.categories.matched).toBe(wxr.categories.length);
    expect(first.counts.tags.created + first.counts.tags.matched).toBe(wxr.tags.length);
    expect(first.counts.authors.created).toBe(wxr.authors.length);
    expect(first.counts.media.created).toBe(wxr.items.filter((item) => item.type === 'attachment').length);
    expect(await mappedIds('post')).toHaveLength(5);
    expect(await mappedIds('comment')).toHaveLength(6);
    expect(first.skipped.map((entry) => entry.item)).toEqual(['page 2 “Sample Page”', 'page 3 “Privacy Policy”']);
  });

  it('keeps status and dates: the draft is a draft, published posts keep WordPress’s publication time', async () => {
    expect(await postBySlug('unfinished-thoughts')).toMatchObject({ status: 'draft', published_at: null });
    const blocks = await postBySlug('hello-blocks');
    expect(blocks.status).toBe('published');
    expect(new Date(blocks.published_at!).toISOString()).toBe('2024-03-05T10:00:00.000Z');
    expect(first.notes.join('\n')).toMatch(/Sticky on WordPress: “Read This First”/);
    expect(first.notes.join('\n')).toMatch(/Closed for comments on WordPress: “Read This First”/);
  });

  it('converts the block post to Markdown: headings, list, code, quote, and the image at its library address', async () => {
    const { body, feature_media_id } = await postBySlug('hello-blocks');
    expect(body).not.toMatch(/wp:|<!--/);
    expect(body).toContain('## Why blocks');
    expect(body).toContain('### Some code');
    expect(body).toMatch(/^- First item$/m);
    expect(body).toContain('```\nconst answer = 42;\nconsole.log(answer < 100);\n```');
    expect(body).toContain('> Simplicity is prerequisite for reliability.');
    expect(body).toMatch(/!\[A blue square\]\(\/media\/[0-9a-f]{32}\/64\.png\)/);
    expect(first.dropped).toContainEqual(expect.objectContaining({ item: 'post 4 “Hello Blocks”', what: expect.stringContaining('youtube') }));
    const [orange] = await db.execute<{ id: number; alt_text: string }>(sql`select id, alt_text from media where file_name = 'orange-photo.jpg'`);
    expect(feature_media_id).toBe(orange!.id);
    expect(orange!.alt_text).toBe('An orange photo');
  });

  it('rewrites the classic post’s image and its link to the block post to their new addresses', async () => {
    const { body } = await postBySlug('a-classic-post');
    expect(body).toMatch(/!\[An orange photo\]\(\/media\/[0-9a-f]{32}\/80\.jpg\)/);
    expect(body).toContain('[the block post](/blog/hello-blocks)');
    expect(body).not.toContain('127.0.0.1:8089');
    expect(body).toContain('| Year | Trips |');
  });

  it('threads the comments as they were, with their approval state', async () => {
    const rows = await db.execute<{ author_name: string; status: string; depth: number; parent: string | null }>(sql`
      select c.author_name, c.status, c.depth, p.body as parent from comments c left join comments p on p.id = c.parent_id
      where c.id in (select local_id from import_mappings where kind = 'comment') order by c.created_at`);
    expect(rows.map((row) => [row.author_name, row.status, row.depth, row.parent])).toEqual([
      ['Alice Reader', 'approved', 1, null],
      // WordPress showed the asterisks as typed; escaped, Markdown shows them too.
      ['Ada Admin', 'approved', 2, 'Great post! I \\*love\\* blocks.'],
      ['Alice Reader', 'approved', 3, 'Thank you, Alice.'],
      ['Bob Pending', 'pending', 1, null],
      ['Carol Traveller', 'approved', 1, null],
      ['A WordPress Commenter', 'approved', 1, null],
    ]);
  });

  it('creates authors who cannot sign in until an admin sets their password', async () => {
    const authors = await db.execute<{ id: number; email: string; password_hash: string | null; role: string }>(
      sql`select id, email, password_hash, role from users where id in (select local_id from import_mappings where kind = 'user') order by email`,
    );
    expect(authors.map((author) => [author.email, author.password_hash, author.role])).toEqual([
      ['admin@example.com', null, 'author'],
      ['grace@example.com', null, 'author'],
    ]);
    for (const password of ['', 'fixture-admin-password', 'null']) expect(await authenticate('grace@example.com', password, null)).toEqual({ ok: false, reason: 'invalid' });
    expect(await getSignInUser(authors[0]!.id)).toBeNull();
  });

  it('answers every old address with a 308 to the new one', async () => {
    forgetLegacyPermalinks();
    const locationOf = async (url: string) => {
      const response = await legacyPermalinkRedirect(new NextRequest(new URL(url, 'http://localhost')));
      if (!response) return null;
      expect(response.status).toBe(308);
      return new URL(response.headers.get('location')!).pathname;
    };
    const blue = await db.execute<{ hash: string }>(sql`select hash from media where file_name = 'blue-square.png'`);
    expect(await locationOf('/2024/03/hello-blocks/')).toBe('/blog/hello-blocks');
    expect(await locationOf('/2024/03/hello-blocks')).toBe('/blog/hello-blocks');
    expect(await locationOf('/?p=4')).toBe('/blog/hello-blocks');
    expect(await locationOf('/?p=8&utm_source=feed')).toBe('/blog/a-classic-post');
    expect(await locationOf('/2024/03/hello-blocks/blue-square/')).toBe(`/media/${blue[0]!.hash}/64.png`);
    expect(await locationOf('/?attachment_id=5')).toBe(`/media/${blue[0]!.hash}/64.png`);
    expect(await locationOf('/?cat=2')).toBe('/category/engineering');
    // A draft's address stays a 404; our own routes and the plain home page are never looked up.
    expect(await locationOf('/?p=9')).toBeNull();
    expect(await locationOf('/blog/hello-blocks')).toBeNull();
    expect(await locationOf('/')).toBeNull();
    expect(await locationOf('/2024/03/no-such-post/')).toBeNull();
  });

  it('is answered by the request gate (proxy.ts) before any page renders', async () => {
    const { proxy } = await import('@/proxy');
    for (const [url, location] of [
      ['http://localhost/2024/03/hello-blocks', 'http://localhost/blog/hello-blocks'],
      ['http://localhost/?p=10', 'http://localhost/blog/read-this-first'],
    ] as const) {
      const response = await proxy(new NextRequest(url));
      expect([response.status, response.headers.get('location')]).toEqual([308, location]);
      expect(response.headers.get('content-security-policy')).toBeTruthy();
    }
    expect((await proxy(new NextRequest('http://localhost/blog/hello-blocks'))).status).toBe(200);
  });

  it('changes nothing when run again, and brings an edited post up to date', async () => {
    const before = await tableCounts();
    const again = await timedImport();
    for (const kind of ['posts', 'comments', 'authors', 'categories', 'tags', 'media'] as const) {
      expect(again.counts[kind]).toMatchObject({ created: 0, updated: 0 });
    }
    expect(await tableCounts()).toEqual(before);
    expect((await postBySlug('hello-blocks')).version).toBe(1);

    const edited = path.join(scratch, 'edited.xml');
    await writeFile(edited, (await readFile(EXPORT, 'utf8')).replace('<title><![CDATA[Hello Blocks]]></title>', '<title><![CDATA[Hello Blocks, Revised]]></title>'));
    const third = await importWordpress(edited, { mediaDir: UPLOADS });
    expect(third.counts.posts).toMatchObject({ created: 0, updated: 1, unchanged: 4 });
    const revised = await postBySlug('hello-blocks');
    expect([revised.title, revised.version]).toEqual(['Hello Blocks, Revised', 2]);
    const [revision] = await db.execute<{ title: string }>(sql`select content->>'title' as title from revisions where kind = 'post' and item_id = ${revised.id} and version = 2`);
    expect(revision?.title).toBe('Hello Blocks, Revised');
    expect(await tableCounts()).toMatchObject({ posts: before.posts, comments: before.comments, media: before.media, mappings: before.mappings });
  });
});
