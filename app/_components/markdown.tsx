import { renderMarkdown, type MarkdownProfile } from '@/lib/markdown/render';
import { mediaHashesIn } from '@/lib/media/urls';
import { readMediaRenditions } from '@/lib/reader/media';

interface Props {
  source: string;
  profile?: MarkdownProfile;
  className?: string;
  /** The first library image is likely the largest thing in view: load it eagerly (no feature image above it). */
  eagerFirstImage?: boolean;
}

/**
 * Renders Markdown through the one sanitizing pipeline. The HTML it injects
 * has passed rehype-sanitize, so it carries no script, handler or unsafe URL.
 * Library images become <picture>s from a cached, per-image-tagged read.
 */
export async function Markdown({ source, profile = 'article', className = 'prose', eagerFirstImage = false }: Props) {
  const hashes = profile === 'article' ? mediaHashesIn(source) : [];
  const media = hashes.length > 0 ? await readMediaRenditions(hashes) : [];
  return <div className={className} dangerouslySetInnerHTML={{ __html: renderMarkdown(source, profile, { media, eagerFirstImage }) }} />;
}
