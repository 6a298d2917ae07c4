import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { NewMedia } from '@/lib/data/media';
import { formatBytes, MAX_UPLOAD_BYTES } from '@/lib/media/limits';
import { sniffImageFormat } from '@/lib/media/sniff';
import { contentHash, processedMedia } from '@/lib/media/upload';
import { cleanFileName } from '@/lib/validation/media';
import type { WxrItem } from './wxr';

export type LoadedAttachment = { ok: true; image: NewMedia } | { ok: false; why: string };

const LOOPBACK_HOSTS = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

/** The file's path under wp-content/uploads, as WordPress recorded it, or from its address. */
export function uploadsPathOf(item: Pick<WxrItem, 'attachmentUrl' | 'meta'>): string | null {
  const recorded = item.meta.get('_wp_attached_file');
  if (recorded) return recorded;
  const match = /\/wp-content\/uploads\/(.+)$/.exec(item.attachmentUrl.split(/[?#]/)[0] ?? '');
  return match ? decodeURIComponent(match[1]!) : null;
}

async function readFromDirectory(mediaDir: string, relative: string): Promise<Buffer | string> {
  const root = path.resolve(mediaDir);
  const file = path.resolve(root, relative);
  if (!file.startsWith(root + path.sep)) return `${relative} points outside the media folder.`;
  const size = (await stat(file).catch(() => null))?.size;
  if (size === undefined) return `${relative} is not in ${mediaDir}.`;
  if (size > MAX_UPLOAD_BYTES) return `${relative} is ${formatBytes(size)}; the upload limit is ${formatBytes(MAX_UPLOAD_BYTES)}.`;
  return readFile(file);
}

/** Only from this machine: an import must not make the server fetch arbitrary addresses (SSRF). */
async function readFromLoopback(url: string): Promise<Buffer | string> {
  const parsed = new URL(url);
  if (!LOOPBACK_HOSTS.test(parsed.hostname)) return `${url} is not on this machine; pass --media with a copy of wp-content/uploads.`;
  const response = await fetch(parsed, { signal: AbortSignal.timeout(15_000), redirect: 'error' }).catch((error: unknown) => String(error));
  if (typeof response === 'string') return `${url} could not be fetched: ${response}`;
  if (!response.ok) return `${url} answered ${response.status}.`;
  const bytes = Buffer.from(await response.arrayBuffer());
  return bytes.length > MAX_UPLOAD_BYTES ? `${url} is ${formatBytes(bytes.length)}; the upload limit is ${formatBytes(MAX_UPLOAD_BYTES)}.` : bytes;
}

/** The attachment's bytes, checked and processed exactly like an upload (lib/media), or why it was left out. */
export async function loadAttachment(item: WxrItem, mediaDir: string | undefined): Promise<LoadedAttachment> {
  const relative = uploadsPathOf(item);
  let bytes: Buffer | string;
  if (mediaDir && relative) bytes = await readFromDirectory(mediaDir, relative);
  else if (item.attachmentUrl) bytes = await readFromLoopback(item.attachmentUrl).catch((error: unknown) => `${item.attachmentUrl}: ${String(error)}`);
  else bytes = 'the export gives no file for it.';
  if (typeof bytes === 'string') return { ok: false, why: bytes };
  const format = sniffImageFormat(bytes);
  if (format === 'svg') return { ok: false, why: 'it is an SVG image, which the library refuses because it can carry script.' };
  if (format === null) return { ok: false, why: 'it is not a JPEG, PNG, WebP, AVIF or GIF image (the library holds images only).' };
  try {
    return { ok: true, image: await processedMedia(bytes, format, contentHash(bytes), cleanFileName(path.basename(relative ?? item.attachmentUrl))) };
  } catch (error) {
    return { ok: false, why: `the image could not be processed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
