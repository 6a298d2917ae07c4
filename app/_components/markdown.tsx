import { renderMarkdown, type MarkdownProfile } from '@/lib/markdown/render';

/**
 * Renders Markdown through the one sanitizing pipeline. The HTML it injects
 * has passed rehype-sanitize, so it carries no script, handler or unsafe URL.
 */
export function Markdown({ source, profile = 'article', className = 'prose' }: { source: string; profile?: MarkdownProfile; className?: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: renderMarkdown(source, profile) }} />;
}
