/**
 * Every cache tag in the app. Reads tag what they depend on; writes invalidate
 * exactly these names. Keep both sides going through this module so a typo
 * cannot leave a page stale.
 */
export const cacheTags = {
  /** One post, looked up by its slug (also tags a 404 for a slug not yet used). */
  postSlug: (slug: string) => `post:${slug}`,
  /** Every list of posts: home, pagination, recent posts, feed, sitemap. */
  postLists: 'posts:lists',
  /** One category's page and its listing. */
  category: (slug: string) => `category:${slug}`,
  /** Category names and counts (sidebar, header). */
  categoryIndex: 'categories',
  /** One tag's name and description: its page, and every post page that shows the tag. */
  tag: (slug: string) => `tag:${slug}`,
  /** One author's page, and every post page showing their byline and profile. */
  author: (slug: string) => `author:${slug}`,
  /** One year's archive page. */
  year: (year: number) => `year:${year}`,
  /** Years with counts (sidebar). */
  yearIndex: 'years',
  /** One framework page; also tags every "Top N" post that ranks it. */
  framework: (slug: string) => `framework:${slug}`,
  /** The framework comparison table and the ranking order. */
  frameworkIndex: 'frameworks',
  /** Search results for any query. */
  search: 'search',
  /**
   * Marks entries whose lifetime ends when a scheduled post goes live. Their
   * revalidate time is a hard end: the cache handlers drop them then instead
   * of serving them stale once more (lib/cache/*-cache-handler.mjs).
   */
  scheduleBound: 'schedule-bound',
  /** The approved comments shown on one post or framework page. */
  comments: (kind: 'post' | 'framework', slug: string) => `comments:${kind}:${slug}`,
  /** Every page that shows one library image (in Markdown, as a feature image or a logo). */
  media: (hash: string) => `media:${hash}`,
  /** Comment counts in post lists. */
  commentCounts: 'comments:counts',
  /** The content API's keys in force (lib/api/keys.ts): revoking one expires it on every instance. */
  apiKeys: 'api-keys',
} as const;
