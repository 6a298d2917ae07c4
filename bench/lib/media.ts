import { createHash } from 'node:crypto';
import type postgres from 'postgres';
import { processImage } from '../../lib/media/process';
import { makePhoto } from '../../tests/support/images';

/** The post the "feature image" row measures: a copy of the Top 10 post with a cover photo. */
export const FEATURED_TOP10_SLUG = 'bench-top-10-with-feature-image';

/**
 * Stores one photo as an upload would (processed by the same code) and a
 * copy of the Top 10 post, ranking included, that uses it as its feature
 * image. Returns the address of one variant, for the image-file row, and
 * what the variants saved against the original.
 */
export async function loadBenchImage(sql: postgres.Sql): Promise<{ imagePath: string; savings: string }> {
  const photo = await makePhoto(3000, 2000);
  const { id, hash, files } = await storePhoto(sql, photo, 'bench-photo.jpg');
  const [post] = await sql<{ id: number }[]>`
    insert into posts (slug, title, excerpt, body, status, published_at, author_id, category_id, feature_media_id)
    select ${FEATURED_TOP10_SLUG}, title || ' (with a feature image)', excerpt, body, status, published_at, author_id, category_id, ${id}
    from posts where slug = 'top-10-backend-frameworks-2024' returning id`;
  await sql`
    insert into post_frameworks (post_id, framework_id, position)
    select ${post!.id}, framework_id, position from post_frameworks pf join posts p on p.id = pf.post_id where p.slug = 'top-10-backend-frameworks-2024'`;
  return { imagePath: `/media/${hash}/960.avif`, savings: describeSavings(photo.length, files) };
}

/** Stores a photo as an upload would, processed by the same code. */
async function storePhoto(sql: postgres.Sql, photo: Buffer, fileName: string) {
  const hash = createHash('sha256').update(photo).digest('hex').slice(0, 32);
  const processed = await processImage(photo, 'jpeg');
  const [image] = await sql<{ id: number }[]>`
    insert into media (hash, file_name, format, width, height, byte_size, alt_text, original, uploader_id)
    values (${hash}, ${fileName}, 'jpeg', ${processed.width}, ${processed.height}, ${photo.length}, ${`Bench photo ${fileName}`}, ${photo}, (select id from users order by id limit 1))
    returning id`;
  for (const file of processed.files) {
    await sql`insert into media_files (media_id, name, content_type, width, height, bytes) values (${image!.id}, ${file.name}, ${file.contentType}, ${file.width}, ${file.height}, ${file.bytes})`;
  }
  return { id: image!.id, hash, files: processed.files, width: processed.width };
}

export const THREE_IMAGE_POST_SLUG = 'bench-post-with-three-images';

/** A post with three library photos between its paragraphs: the page Lighthouse checks for layout shift and LCP. */
export async function loadThreeImagePost(sql: postgres.Sql): Promise<void> {
  const paragraph = 'A paragraph of text between the pictures, long enough to wrap over a few lines on a phone and push the next picture down the page. '.repeat(3);
  const parts: string[] = [];
  for (const [index, [width, height]] of [[2400, 1600], [1800, 1200], [1600, 1000]].entries()) {
    const image = await storePhoto(sql, await makePhoto(width!, height!), `three-${index + 1}.jpg`);
    parts.push(paragraph, `![](/media/${image.hash}/${image.width}.jpg)`);
  }
  await sql`
    insert into posts (slug, title, excerpt, body, status, published_at, author_id, category_id)
    select ${THREE_IMAGE_POST_SLUG}, 'A post with three photos', 'Three library images between paragraphs.', ${parts.join('\n\n')}, 'published', now() - interval '1 day',
      (select id from users order by id limit 1), (select id from categories where slug = 'design')`;
}

/** What a reader downloads at each width and format, against the 6 MP original. */
function describeSavings(originalBytes: number, files: Array<{ name: string; bytes: Buffer }>): string {
  const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
  const lines = files.filter((file) => /^\d/.test(file.name)).map((file) => `${file.name} ${kb(file.bytes.length)} (${Math.round((1 - file.bytes.length / originalBytes) * 100)}% smaller)`);
  return `Original ${kb(originalBytes)} (3000×2000 JPEG, q90). Variants: ${lines.join(', ')}`;
}
