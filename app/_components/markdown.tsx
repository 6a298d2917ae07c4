import './code-highlight.css';
import type { MarkdownProfile } from '@/lib/markdown/render';
import { renderWithLibraryImages, type RenderedMarkdown } from '@/lib/reader/markdown';

interface Props {
  source: string;
  profile?: MarkdownProfile;
  className?: string;
  /** The first library image is likely the largest thing in view: load it eagerly (no feature image above it). */
  eagerFirstImage?: boolean;
}

export type { RenderedMarkdown };

/** Markdown through the one sanitizing pipeline, with its headings for a table of contents (lib/reader/markdown.ts). */
export function renderForPage(source: string, options: Omit<Props, 'source' | 'className'> = {}): Promise<RenderedMarkdown> {
  return renderWithLibraryImages(source, options);
}

/** Injects HTML from renderForPage: it has passed rehype-sanitize, so it carries no script, handler or unsafe URL. */
export function Prose({ rendered, className = 'prose' }: { rendered: RenderedMarkdown; className?: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: rendered.html }} />;
}

/** Renders Markdown where no table of contents needs its headings. */
export async function Markdown({ source, className, ...options }: Props) {
  return <Prose rendered={await renderForPage(source, options)} className={className} />;
}
