/** Content-addressed, immutable file addresses: /media/<hash>/<name>. */
export const MEDIA_HASH_PATTERN = /^[0-9a-f]{32}$/;
export const MEDIA_FILE_PATTERN = /^(?:\d{1,5}\.(?:avif|webp|jpg|png|gif)|og\.jpg)$/;

export function mediaFileUrl(hash: string, name: string): string {
  return `/media/${hash}/${name}`;
}

const MEDIA_SRC = /^\/media\/([0-9a-f]{32})\/[^/?#]+$/;

/** The hash of a library image's address (absolute on this site or root-relative), or null for any other image. */
export function mediaHashOf(src: string): string | null {
  const path = src.replace(/^https?:\/\/[^/]+/, '');
  return MEDIA_SRC.exec(path)?.[1] ?? null;
}

/** Every library image a Markdown text points at, each once, in order of appearance. */
export function mediaHashesIn(...sources: string[]): string[] {
  const found = new Set<string>();
  for (const source of sources) for (const match of source.matchAll(/\/media\/([0-9a-f]{32})\//g)) found.add(match[1]!);
  return [...found];
}

const LIBRARY_IMAGE = /!\[([^\]]*)\]\(\s*<?(?:https?:\/\/[^/\s)]+)?\/media\/([0-9a-f]{32})\/[^)\s>]*>?(?:\s+"[^"]*")?\s*\)/g;

/** Library images the text shows with no alt text of its own (`![](…)`), each once. */
export function hashesWithoutOwnAlt(markdown: string): string[] {
  const found = new Set<string>();
  for (const match of markdown.matchAll(LIBRARY_IMAGE)) if (match[1]!.trim() === '') found.add(match[2]!);
  return [...found];
}
