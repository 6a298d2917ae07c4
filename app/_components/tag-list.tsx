import Link from 'next/link';
import type { TagSummary } from '@/lib/data/tags';
import { paths } from '@/lib/paths';

/** A post's tags as links to their pages; nothing at all for a post without tags. */
export function TagList({ tags, label = 'Tags' }: { tags: readonly TagSummary[]; label?: string }) {
  if (tags.length === 0) return null;
  return (
    <ul className="tag-list" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag.slug}>
          <Link href={paths.tag(tag.slug)}>{tag.name}</Link>
        </li>
      ))}
    </ul>
  );
}
