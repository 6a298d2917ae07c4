import { readMediaFileRow } from '@/lib/data/media';
import { env } from '@/lib/env';
import { CachedFileSource, type MediaFileSource } from './file-cache';

export type { MediaFileSource, StoredFile } from './file-cache';

/**
 * PostgreSQL is the default source (media_files, written in the upload's
 * transaction); see MediaFileSource for how an object store plugs in.
 */
export const postgresFileSource: MediaFileSource = { read: readMediaFileRow };

// One cache per process, kept across dev-server module reloads.
const globalForMedia = globalThis as unknown as { musingsMediaFiles?: CachedFileSource };

export const mediaFiles: CachedFileSource = (globalForMedia.musingsMediaFiles ??= new CachedFileSource(
  postgresFileSource,
  env.MEDIA_CACHE_MB * 1024 * 1024,
));
