import { mediaFiles } from '@/lib/media/storage';
import { MEDIA_FILE_PATTERN, MEDIA_HASH_PATTERN } from '@/lib/media/urls';

type Context = { params: Promise<{ hash: string; file: string }> };

/**
 * Image files by content address. The bytes behind a URL never change, so
 * browsers and CDNs keep them a year without asking again, and this instance
 * serves a repeat from memory without a query (lib/media/storage.ts).
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { hash, file } = await params;
  const found = MEDIA_HASH_PATTERN.test(hash) && MEDIA_FILE_PATTERN.test(file) ? await mediaFiles.read(hash, file) : null;
  if (!found) {
    return new Response('No such image.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=60' } });
  }
  return new Response(found.bytes as unknown as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': found.contentType,
      'Content-Length': String(found.bytes.length),
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
}
