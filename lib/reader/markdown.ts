import { renderWithOutline, type MarkdownProfile, type OutlineEntry } from '@/lib/markdown/render';
import { mediaHashesIn } from '@/lib/media/urls';
import { readMediaRenditions } from '@/lib/reader/media';

export interface RenderedMarkdown {
  html: string;
  outline: OutlineEntry[];
}

/**
 * Markdown through the one sanitizing pipeline, with its headings for a table of contents. Library
 * images become <picture>s from a cached, per-image-tagged read, so whatever cache entry renders
 * it (a page, an API document) expires when one of its images is edited or deleted.
 */
export async function renderWithLibraryImages(source: string, { profile = 'article', eagerFirstImage = false }: { profile?: MarkdownProfile; eagerFirstImage?: boolean } = {}): Promise<RenderedMarkdown> {
  const hashes = profile === 'article' ? mediaHashesIn(source) : [];
  const media = hashes.length > 0 ? await readMediaRenditions(hashes) : [];
  return renderWithOutline(source, profile, { media, eagerFirstImage });
}
