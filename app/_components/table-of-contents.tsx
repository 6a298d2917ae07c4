import type { OutlineEntry } from '@/lib/markdown/render';

/** Fewer headings than this and the article is short enough to scan: a table of contents would only push it down. */
export const TOC_MIN_ENTRIES = 3;
/** Deeper headings are detail within a section; listing them would make the contents as long as the article. */
const TOC_MAX_DEPTH = 3;

/**
 * The one table of contents of an article: its Markdown headings (ids from the pipeline,
 * lib/markdown/headings.ts) and, on a "Top N" post, its ranked sections, in page order.
 */
export function TableOfContents({ entries }: { entries: OutlineEntry[] }) {
  const listed = entries.filter((entry) => entry.depth <= TOC_MAX_DEPTH);
  if (listed.length < TOC_MIN_ENTRIES) return null;
  const top = Math.min(...listed.map((entry) => entry.depth));
  return (
    <nav className="toc" aria-labelledby="toc-heading">
      <h2 id="toc-heading">Table of contents</h2>
      <ol>
        {listed.map((entry) => (
          <li key={entry.id} className={entry.depth > top ? `toc-sub toc-sub-${entry.depth - top}` : undefined}>
            <a href={`#${entry.id}`}>{entry.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
