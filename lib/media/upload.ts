import { createHash } from 'node:crypto';
import { findMediaIdByHash, getMediaRendition, insertMedia, type MediaRendition, type NewMedia } from '@/lib/data/media';
import { cleanFileName } from '@/lib/validation/media';
import { formatBytes, MAX_UPLOAD_BYTES } from './limits';
import { processImage } from './process';
import { MediaRefusal } from './refusal';
import { sniffImageFormat, type ImageFormat } from './sniff';
import { mediaFileUrl } from './urls';

export interface UploadedMedia {
  id: number;
  hash: string;
  width: number;
  height: number;
  /** The largest fallback file: what Markdown points at (readers get a <picture> built from it). */
  url: string;
  /** Ready to insert at the cursor. The alt text comes from the library unless the author writes one. */
  markdown: string;
  created: boolean;
}

/** An image's address in the library: the first 128 bits of the SHA-256 of its bytes (decision 013). */
export function contentHash(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}

/** The address Markdown uses for an image about to be stored: its widest fallback file (the same one markdownUrlOf names). */
export function markdownUrlOfFiles(image: Pick<NewMedia, 'hash' | 'files'>): string {
  const widest = image.files.filter((file) => /^\d+\.(?:jpg|png|gif)$/.test(file.name)).sort((a, b) => b.width - a.width)[0];
  return mediaFileUrl(image.hash, widest!.name);
}

/** The address Markdown uses for a library image. */
export function markdownUrlOf(image: Pick<MediaRendition, 'hash' | 'widths' | 'fallback'>): string {
  return mediaFileUrl(image.hash, `${image.widths.at(-1)}.${image.fallback}`);
}

/**
 * Checks, processes and stores one uploaded file for `uploader`. Everything
 * wrong with the file is a MediaRefusal naming the field; the caller has
 * already checked the session and role.
 */
export async function acceptUpload(file: FormDataEntryValue | null, uploader: { id: number }): Promise<UploadedMedia> {
  if (!(file instanceof File) || file.size === 0) throw new MediaRefusal('File is required: choose an image to upload.');
  if (file.size > MAX_UPLOAD_BYTES) throw new MediaRefusal(`File is ${formatBytes(file.size)}; the limit is ${formatBytes(MAX_UPLOAD_BYTES)}.`, 413);
  const bytes = Buffer.from(await file.arrayBuffer());
  const format = sniffImageFormat(bytes);
  if (format === 'svg') throw new MediaRefusal('File is an SVG image, which is refused because it can carry script. Upload a PNG, JPEG, WebP, AVIF or GIF.', 415);
  if (format === null) throw new MediaRefusal('File is not a JPEG, PNG, WebP, AVIF or GIF image (checked by its content, not its name).', 415);

  const hash = contentHash(bytes);
  const existingId = await findMediaIdByHash(hash);
  const stored = existingId ?? (await store(bytes, format, hash, cleanFileName(file.name), uploader));
  const image = (await getMediaRendition(stored))!;
  const url = markdownUrlOf(image);
  return { id: image.id, hash, width: image.width, height: image.height, url, markdown: `![](${url})`, created: existingId === null };
}

async function store(bytes: Buffer, format: ImageFormat, hash: string, fileName: string, uploader: { id: number }): Promise<number> {
  const { id } = await insertMedia(await processedMedia(bytes, format, hash, fileName), uploader);
  return id;
}

/** The library's rows for one checked image: its variants made once (lib/media/process.ts), ready to insert. */
export async function processedMedia(bytes: Buffer, format: ImageFormat, hash: string, fileName: string): Promise<NewMedia> {
  const processed = await processImage(bytes, format);
  return { hash, fileName, format, width: processed.width, height: processed.height, original: bytes, files: processed.files };
}
