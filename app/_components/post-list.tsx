import Link from 'next/link';
import type { Page, PostSummary } from '@/lib/data/types';
import { paths } from '@/lib/paths';
import { readingTimeLabel } from '@/lib/reading-time';
import { formatDate } from '@/lib/site';
import { MediaPicture } from './media-picture';
import { TagList } from './tag-list';

/** A page of post cards with previous / next links; `pageHref(n)` builds each page's URL. */
export function PostList({ page, pageHref, emptyText }: { page: Page<PostSummary>; pageHref: (n: number) => string; emptyText: string }) {
  if (page.items.length === 0) return <p>{emptyText}</p>;
  return (
    <>
      <ul className="post-list">
        {page.items.map((post) => (
          <li key={post.slug}>
            <article className="post-card" aria-labelledby={`post-${post.slug}`}>
              {/* Decorative here: the title next to it says what the card is. */}
              {post.featureImage && <MediaPicture image={post.featureImage} alt="" sizes="(max-width: 40rem) 100vw, 12rem" className="post-card-image" />}
              <Link href={`/category/${post.categorySlug}`} className="pill">
                {post.categoryName}
              </Link>
              <h2 id={`post-${post.slug}`}>
                <Link href={`/blog/${post.slug}`}>{post.title}</Link>
              </h2>
              <p className="meta">
                Posted by <Link href={paths.author(post.authorSlug)}>{post.authorName}</Link> on <time dateTime={post.publishedAt.toISOString()}>{formatDate(post.publishedAt)}</time>
                {' · '}
                {readingTimeLabel(post.readingMinutes)}
                {/* A count only where there is something to read: "0 comments" on every card is noise. */}
                {Boolean(post.commentCount) && (
                  <>
                    {' · '}
                    <Link href={`/blog/${post.slug}#comments`}>{post.commentCount === 1 ? '1 comment' : `${post.commentCount} comments`}</Link>
                  </>
                )}
              </p>
              <p>{post.excerpt}</p>
              <TagList tags={post.tags} label={`Tags of “${post.title}”`} />
            </article>
          </li>
        ))}
      </ul>
      {page.pageCount > 1 && (
        <nav className="pagination" aria-label="Pagination">
          {page.page > 1 ? <Link href={pageHref(page.page - 1)} rel="prev">← Newer posts</Link> : <span />}
          <span className="meta">
            Page {page.page} of {page.pageCount}
          </span>
          {page.page < page.pageCount ? <Link href={pageHref(page.page + 1)} rel="next">Older posts →</Link> : <span />}
        </nav>
      )}
    </>
  );
}
