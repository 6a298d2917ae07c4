import type { UrlRewrite } from '../html-to-markdown';
import { legacyKeyOfUrl } from '../permalinks';

/**
 * The old site's addresses that now live elsewhere here: its posts (by link, guid and ?p=)
 * and its images (by file address, any size WordPress made of it, and attachment page).
 */
export class LinkMap {
  private readonly targets = new Map<string, string>();

  constructor(private readonly siteUrl: string) {}

  /** A resized copy (`photo-300x200.jpg`) is the same library image as the original. */
  private keyOf(url: string): string | null {
    return legacyKeyOfUrl(url.replace(/-\d+x\d+(\.[a-z0-9]+)(?=$|[?#])/i, '$1'), this.siteUrl);
  }

  add(url: string, target: string): void {
    const key = url ? this.keyOf(url) : null;
    if (key) this.targets.set(key, target);
  }

  readonly rewrite: UrlRewrite = (url) => {
    const key = this.keyOf(url);
    return key ? this.targets.get(key) : undefined;
  };
}
