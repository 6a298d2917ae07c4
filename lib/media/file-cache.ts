/** One public file as served. */
export interface StoredFile {
  contentType: string;
  bytes: Buffer;
}

/**
 * Where the public files of images are read from. PostgreSQL is the default
 * (media_files, written in the upload's transaction); an S3-compatible store
 * would implement the same `read`, with uploads putting objects before the
 * row commits. See docs/decisions/013-media-storage.md.
 */
export interface MediaFileSource {
  read(hash: string, name: string): Promise<StoredFile | null>;
}

/**
 * An in-process LRU over a source, bounded by bytes. URLs are content
 * addressed, so an entry never goes stale: a repeated view is served from
 * memory with no query. Deleting an image evicts it here; other instances
 * drop it when it ages out (nothing links to a deleted image, see decision 013).
 */
export class CachedFileSource implements MediaFileSource {
  private readonly entries = new Map<string, StoredFile>();
  private size = 0;

  constructor(
    private readonly source: MediaFileSource,
    private readonly maxBytes: number,
  ) {}

  async read(hash: string, name: string): Promise<StoredFile | null> {
    const key = `${hash}/${name}`;
    const hit = this.entries.get(key);
    if (hit) {
      // Re-inserting moves the entry to the young end of the Map's order.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const file = await this.source.read(hash, name);
    if (file && file.bytes.length <= this.maxBytes / 4) this.remember(key, file);
    return file;
  }

  evict(hash: string): void {
    for (const [key, file] of this.entries) {
      if (key.startsWith(`${hash}/`)) {
        this.entries.delete(key);
        this.size -= file.bytes.length;
      }
    }
  }

  private remember(key: string, file: StoredFile): void {
    this.entries.set(key, file);
    this.size += file.bytes.length;
    for (const [oldest, old] of this.entries) {
      if (this.size <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.size -= old.bytes.length;
    }
  }
}

