import type { Metadata } from 'next';
import { WithSidebar } from '@/app/_components/site-shell';
import { FEED_FORMAT_NAMES, FEED_FORMATS, feedPath, type FeedScope } from '@/lib/feeds';
import { pageMetadata } from '@/lib/metadata';
import { readCategoryCounts, readPublicAuthors, readTagCounts } from '@/lib/reader/posts';
import { cacheForReaders } from '@/lib/reader/schedule';
import { absoluteUrl, site } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'Follow the blog',
  description: 'Get new posts in your feed reader: the whole blog, or one category, tag or author, in RSS, Atom or JSON Feed.',
  path: '/feeds',
});

/** One feed's three formats, as plain links a reader copies into their feed reader. */
function FeedFormats({ scope, name }: { scope: FeedScope; name: string }) {
  return (
    <p className="feed-formats">
      {FEED_FORMATS.map((format, index) => (
        <span key={format}>
          {index > 0 && ' · '}
          <a href={feedPath(scope, format)} type={format === 'json' ? 'application/feed+json' : undefined} aria-label={`${name}, ${FEED_FORMAT_NAMES[format]}`}>
            {FEED_FORMAT_NAMES[format]}
          </a>
        </span>
      ))}
    </p>
  );
}

/**
 * What a browser shows for the header's feed link: what a feed is and every
 * feed there is. Feed readers find the feeds themselves from any page's
 * <link rel="alternate">, or from the addresses here.
 */
export default async function FeedsPage() {
  'use cache';
  await cacheForReaders();
  const [categories, tags, authors] = await Promise.all([readCategoryCounts(), readTagCounts(), readPublicAuthors()]);
  return (
    <WithSidebar>
      <h1>Follow the blog</h1>
      <p className="lead">
        A feed brings new posts to you: add its address to a feed reader (such as NetNewsWire, Feedly, Inoreader or Thunderbird) and each new post arrives
        there, in full, without an account or an e-mail address. Most readers only need this site’s address, <code>{absoluteUrl('/')}</code>, and find the feed
        themselves.
      </p>
      <h2>Everything</h2>
      <p>Every new post of {site.name}:</p>
      <p>
        <code>{absoluteUrl(feedPath({ kind: 'all' }, 'rss'))}</code>
      </p>
      <FeedFormats scope={{ kind: 'all' }} name="Every post" />
      <p className="meta">RSS and Atom work in every feed reader; JSON Feed is the same in a newer format some readers prefer.</p>
      <h2>One category</h2>
      <ul className="feed-index">
        {categories
          .filter((category) => category.postCount > 0)
          .map((category) => (
            <li key={category.slug}>
              <strong>{category.name}</strong> <span className="meta">({category.postCount})</span>
              <FeedFormats scope={{ kind: 'category', slug: category.slug }} name={category.name} />
            </li>
          ))}
      </ul>
      {tags.length > 0 && (
        <>
          <h2>One tag</h2>
          <ul className="feed-index">
            {tags.map((tag) => (
              <li key={tag.slug}>
                <strong>{tag.name}</strong> <span className="meta">({tag.postCount})</span>
                <FeedFormats scope={{ kind: 'tag', slug: tag.slug }} name={`Tag ${tag.name}`} />
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>One author</h2>
      <ul className="feed-index">
        {authors.map((author) => (
          <li key={author.slug}>
            <strong>{author.name}</strong> <span className="meta">({author.postCount})</span>
            <FeedFormats scope={{ kind: 'author', slug: author.slug }} name={`Posts by ${author.name}`} />
          </li>
        ))}
      </ul>
    </WithSidebar>
  );
}
