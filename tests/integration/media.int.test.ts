import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { makeBomb, makePhoto, makePng, SVG_WITH_SCRIPT } from '../support/images';
import { createPost } from '../factories/posts';
import { createTestUser } from '../factories/users';
import { sessionFor } from '../support/sessions';

const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock('@/lib/auth/config', () => ({ auth: async () => session.current }));
// updateTag needs a real Server Action request; here we see which tags.
const updateTag = vi.hoisted(() => vi.fn());
vi.mock('next/cache', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/cache')>()), updateTag }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

const { acceptUpload } = await import('@/lib/media/upload');
const { MediaRefusal } = await import('@/lib/media/refusal');
const { mediaFiles } = await import('@/lib/media/storage');
const { deleteMedia, getMediaItem, listMediaUsage } = await import('@/lib/data/media');
const { POST: uploadRoute } = await import('@/app/api/media/route');
const { GET: mediaRoute } = await import('@/app/media/[hash]/[file]/route');

const file = (bytes: Buffer, name: string, type = 'image/jpeg') => new File([new Uint8Array(bytes)], name, { type });

async function refusalOf(work: Promise<unknown>): Promise<InstanceType<typeof MediaRefusal>> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(MediaRefusal);
  return error as InstanceType<typeof MediaRefusal>;
}

/** A multipart request as a browser sends it, with its length stated. */
async function uploadRequest(bytes: Buffer, name: string, accept = 'application/json'): Promise<Request> {
  const form = new FormData();
  form.set('file', file(bytes, name));
  const draft = new Request('http://localhost/api/media', { method: 'POST', body: form });
  const body = await draft.arrayBuffer();
  return new Request('http://localhost/api/media', { method: 'POST', body, headers: { 'content-type': draft.headers.get('content-type')!, 'content-length': String(body.byteLength), accept } });
}

let photo: Buffer;
beforeAll(async () => {
  photo = await makePhoto(1800, 1200);
});

describe('uploading a photo', () => {
  it('stores it upright, with every variant width in AVIF, WebP and JPEG plus the social crop, and no EXIF or GPS in any of them', async () => {
    const author = await createTestUser({ role: 'author' });
    const uploaded = await acceptUpload(file(photo, 'IMG_0001.jpg'), author);
    // EXIF orientation 6 turns the 1800 × 1200 picture upright: 1200 wide, 1800 tall.
    expect([uploaded.width, uploaded.height]).toEqual([1200, 1800]);
    expect(uploaded.markdown).toBe(`![](/media/${uploaded.hash}/1200.jpg)`);

    const names = (await db.execute<{ name: string }>(sql`select name from media_files where media_id = ${uploaded.id} order by name`)).map((row) => row.name);
    expect(names.sort()).toEqual(['1200.avif', '1200.jpg', '1200.webp', '480.avif', '480.jpg', '480.webp', '960.avif', '960.jpg', '960.webp', 'og.jpg'].sort());
    for (const name of names) {
      const served = await mediaFiles.read(uploaded.hash, name);
      const metadata = await sharp(served!.bytes).metadata();
      expect(metadata.exif, name).toBeUndefined();
      expect(metadata.xmp, name).toBeUndefined();
      expect(metadata.iptc, name).toBeUndefined();
      expect(metadata.orientation ?? 1, name).toBe(1);
      if (name === 'og.jpg') expect([metadata.width, metadata.height]).toEqual([1200, 630]);
      else expect(metadata.width).toBe(Number.parseInt(name, 10));
    }
    const original = await sharp(photo).metadata();
    expect(original.exif).toBeDefined(); // the fixture does carry them

    const item = await getMediaItem(uploaded.id);
    expect(item).toMatchObject({ fileName: 'IMG_0001.jpg', format: 'jpeg', byteSize: photo.length, altText: '', uploaderId: author.id, widths: [480, 960, 1200] });
  });

  it('keeps one image for the same bytes uploaded twice', async () => {
    const author = await createTestUser({ role: 'author' });
    const png = await makePng(700, 300);
    const first = await acceptUpload(file(png, 'a.png', 'image/png'), author);
    const second = await acceptUpload(file(png, 'b.png', 'image/png'), author);
    expect(second).toMatchObject({ id: first.id, created: false });
    expect(first.url).toBe(`/media/${first.hash}/700.png`);
  });
});

describe('refused uploads', () => {
  it('refuses a decompression bomb from its header in well under a second', async () => {
    const author = await createTestUser({ role: 'author' });
    const bomb = makeBomb();
    const started = performance.now();
    const refusal = await refusalOf(acceptUpload(file(bomb, 'bomb.png', 'image/png'), author));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(refusal.status).toBe(413);
    expect(refusal.message).toMatch(/^File is 30,000 × 30,000 pixels \(900 megapixels\); the limit is 50 megapixels\.$/);
  });

  it('refuses SVG by name, and anything that is not an image whatever it is called', async () => {
    const author = await createTestUser({ role: 'author' });
    const svg = await refusalOf(acceptUpload(file(SVG_WITH_SCRIPT, 'logo.png', 'image/png'), author));
    expect([svg.status, svg.field]).toEqual([415, 'file']);
    expect(svg.message).toContain('SVG');
    const text = await refusalOf(acceptUpload(file(Buffer.from('hello'), 'photo.jpg'), author));
    expect(text.message).toMatch(/^File is not a JPEG, PNG, WebP, AVIF or GIF image/);
    const broken = await refusalOf(acceptUpload(file(photo.subarray(0, 2000), 'cut.jpg'), author));
    expect(broken.status).toBe(422);
    expect((await refusalOf(acceptUpload(null, author))).message).toMatch(/^File is required/);
  });
});

describe('the upload route and the file route', () => {
  it('answers 401 without a session, 201 with one, and 4xx JSON naming the field for a bomb', async () => {
    session.current = null;
    expect((await uploadRoute(await uploadRequest(photo, 'p.jpg'))).status).toBe(401);
    const editor = await createTestUser({ role: 'editor' });
    session.current = await sessionFor(editor);
    const png = await makePng(500, 500);
    const created = await uploadRoute(await uploadRequest(png, 'screenshot.png'));
    expect(created.status).toBe(201);
    const body = (await created.json()) as { hash: string; markdown: string };
    expect(body.markdown).toBe(`![](/media/${body.hash}/500.png)`);
    const bomb = await uploadRoute(await uploadRequest(makeBomb(), 'bomb.png'));
    expect(bomb.status).toBe(413);
    expect(await bomb.json()).toMatchObject({ field: 'file', error: expect.stringContaining('megapixels') });

    const served = await mediaRoute(new Request('http://localhost/'), { params: Promise.resolve({ hash: body.hash, file: '480.avif' }) });
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/avif');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const missing = await mediaRoute(new Request('http://localhost/'), { params: Promise.resolve({ hash: body.hash, file: '9999.avif' }) });
    expect(missing.status).toBe(404);
  });

  it('answers the plain form with a page naming the problem (4xx), or a redirect back to the library', async () => {
    const author = await createTestUser({ role: 'author' });
    session.current = await sessionFor(author);
    const refused = await uploadRoute(await uploadRequest(SVG_WITH_SCRIPT, 'x.svg', 'text/html'));
    expect(refused.status).toBe(415);
    expect(await refused.text()).toContain('SVG image, which is refused because it can carry script');
    const accepted = await uploadRoute(await uploadRequest(await makePng(300, 200), 'ok.png', 'text/html'));
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get('location')).toMatch(/^\/admin\/media\?uploaded=\d+$/);
  });
});

describe('deleting', () => {
  it('is refused while a post shows the image in its text or as its feature image, naming the post', async () => {
    const editor = await createTestUser({ role: 'editor' });
    const uploaded = await acceptUpload(file(await makePng(320, 200), 'used.png', 'image/png'), editor);
    const post = await createPost({ title: 'Harbour notes', body: `Look:\n\n${uploaded.markdown}` });
    expect(await listMediaUsage(uploaded.id, uploaded.hash)).toEqual([expect.objectContaining({ kind: 'post', id: post.id, title: 'Harbour notes', as: 'body' })]);
    expect(await deleteMedia(uploaded.id, editor)).toMatchObject({ ok: false, reason: 'in-use' });

    await db.execute(sql`update posts set body = 'No pictures now.', feature_media_id = ${uploaded.id} where id = ${post.id}`);
    expect(await deleteMedia(uploaded.id, editor)).toMatchObject({ ok: false, reason: 'in-use', usage: [expect.objectContaining({ as: 'feature image' })] });

    await db.execute(sql`update posts set feature_media_id = null where id = ${post.id}`);
    expect(await deleteMedia(uploaded.id, editor)).toEqual({ ok: true, hash: uploaded.hash });
    expect(await db.execute(sql`select 1 from media_files where media_id = ${uploaded.id}`)).toHaveLength(0);
    const audit = await db.execute<{ action: string }>(sql`select action from audit_log where target_type = 'media' and target_id = ${uploaded.id} order by id`);
    expect(audit.map((row) => row.action)).toEqual(['media.upload', 'media.delete']);
  });
});
