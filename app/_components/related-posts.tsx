import Link from 'next/link';
import type { RelatedPost } from '@/lib/data/related-posts';
import { paths } from '@/lib/paths';
import { formatDate } from '@/lib/site';

/** Up to three posts close to this one (shared tags and wording), worked out when content changed. */
export function RelatedPosts({ posts }: { posts: RelatedPost[] }) {
  if (posts.length === 0) return null;
  return (
    <section className="related-posts" aria-labelledby="related-heading">
      <h2 id="related-heading">Related posts</h2>
      <ul>
        {posts.map((post) => (
          <li key={post.slug}>
            <Link href={paths.post(post.slug)}>{post.title}</Link>
            <p className="meta">
              {post.categoryName} · <time dateTime={post.publishedAt.toISOString()}>{formatDate(post.publishedAt)}</time>
            </p>
            <p>{post.excerpt}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
