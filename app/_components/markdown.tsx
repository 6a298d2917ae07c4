import './code-highlight.css';
import { renderWithOutline, type MarkdownProfile, type OutlineEntry } from '@/lib/markdown/render';
import { mediaHashesIn } from '@/lib/media/urls';
import { readMediaRenditions } from '@/lib/reader/media';

interface Props {
  source: string;
  profile?: MarkdownProfile;
  className?: string;
  /** The first library image is likely the largest thing in view: load it eagerly (no feature image above it). */
  eagerFirstImage?: boolean;
}

export interface RenderedMarkdown {
  html: string;
  outline: OutlineEntry[];
}

/**
 * Markdown through the one sanitizing pipeline, with its headings for a table of contents.
 * Library images become <picture>s from a cached, per-image-tagged read.
 */
export async function renderForPage(source: string, { profile = 'article', eagerFirstImage = false }: Omit<Props, 'source' | 'className'> = {}): Promise<RenderedMarkdown> {
  const hashes = profile === 'article' ? mediaHashesIn(source) : [];
  const media = hashes.length > 0 ? await readMediaRenditions(hashes) : [];
  return renderWithOutline(source, profile, { media, eagerFirstImage });
}

/** Injects HTML from renderForPage: it has passed rehype-sanitize, so it carries no script, handler or unsafe URL. */
export function Prose({ rendered, className = 'prose' }: { rendered: RenderedMarkdown; className?: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: rendered.html }} />;
}

/** Renders Markdown where no table of contents needs its headings. */
export async function Markdown({ source, className, ...options }: Props) {
  return <Prose rendered={await renderForPage(source, options)} className={className} />;
}
