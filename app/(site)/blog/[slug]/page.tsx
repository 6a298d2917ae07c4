import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { commentCountLabel, Comments } from '@/app/(site)/_comments/comments';
import { AuthorBox } from '@/app/_components/author-card';
import { JsonLd } from '@/app/_components/json-ld';
import { Prose, renderForPage } from '@/app/_components/markdown';
import { MediaPicture } from '@/app/_components/media-picture';
import { rankedOutline, RankedFrameworkSections } from '@/app/_components/ranked-frameworks';
import { RelatedPosts } from '@/app/_components/related-posts';
import { ShareLinks } from '@/app/_components/share-links';
import { TableOfContents } from '@/app/_components/table-of-contents';
import { TagList } from '@/app/_components/tag-list';
import { WithSidebar } from '@/app/_components/site-shell';
import { pageMetadata } from '@/lib/metadata';
import { readingTimeLabel } from '@/lib/reading-time';
import { paths } from '@/lib/paths';
import { splitAtRankedList } from '@/lib/ranked-list';
import { readCommentThread } from '@/lib/reader/comments';
import { readPost, readPostAuthor, readPublicPostSlugs, readSlugRedirect } from '@/lib/reader/posts';
import { absoluteUrl, formatDate } from '@/lib/site';
import { cacheForReaders } from '@/lib/reader/schedule';
import { postJsonLd, postSocialImage } from './json-ld';

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  const posts = await readPublicPostSlugs();
  return posts.length > 0 ? posts.map(({ slug }) => ({ slug })) : [{ slug: 'top-10-backend-frameworks-2024' }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await readPost((await params).slug);
  if (!found) return {};
  const { post } = found;
  return pageMetadata({
    title: post.title,
    description: post.excerpt,
    path: paths.post(post.slug),
    article: { publishedAt: post.publishedAt, updatedAt: post.updatedAt, authorName: post.authorName, section: post.categoryName },
    image: postSocialImage(post),
  });
}

export default async function PostPage({ params }: Props) {
  'use cache';
  await cacheForReaders();
  const { slug } = await params;
  const found = await readPost(slug);
  if (!found) {
    // A renamed post keeps its old address: permanently redirected (308, see docs/decisions/007).
    const renamedTo = await readSlugRedirect(slug);
    if (renamedTo) permanentRedirect(paths.post(renamedTo));
    notFound();
  }
  const { post, ranked, related } = found;
  // The same cached read as the comment section below: one query per cache fill, none per view.
  const thread = await readCommentThread('post', post.slug, 1);
  const author = await readPostAuthor(post.authorSlug);
  const { before, after } = splitAtRankedList(post.body);
  const url = absoluteUrl(paths.post(post.slug));
  const intro = before ? await renderForPage(before, { eagerFirstImage: !post.featureImage }) : null;
  const conclusion = after ? await renderForPage(after) : null;
  const outline = [...(intro?.outline ?? []), ...rankedOutline(ranked), ...(conclusion?.outline ?? [])];

  return (
    <WithSidebar>
      <article aria-labelledby="post-title">
        <header className="article-header">
          <Link href={paths.category(post.categorySlug)} className="pill">
            {post.categoryName}
          </Link>
          <h1 id="post-title">{post.title}</h1>
          <p className="meta">
            Posted by <Link href={paths.author(post.authorSlug)}>{post.authorName}</Link> on <time dateTime={post.publishedAt.toISOString()}>{formatDate(post.publishedAt)}</time>
            {' · '}
            {readingTimeLabel(post.readingMinutes)}
            {thread && (
              <>
                {' · '}
                <a href="#comments">{commentCountLabel(thread.total)}</a>
              </>
            )}
          </p>
          {post.featureImage && <MediaPicture image={post.featureImage} alt={post.featureImage.altText} priority className="feature-image" />}
        </header>
        <TableOfContents entries={outline} />
        {intro && <Prose rendered={intro} />}
        {ranked.length > 0 && <RankedFrameworkSections frameworks={ranked} />}
        {conclusion && (
          <section aria-labelledby="conclusion-heading" className="framework-section">
            <h2 id="conclusion-heading">Conclusion</h2>
            <Prose rendered={conclusion} />
          </section>
        )}
        <TagList tags={post.tags} />
        {author && <AuthorBox author={author} />}
        <ShareLinks url={url} title={post.title} />
      </article>
      <RelatedPosts posts={related} />
      <Comments kind="post" slug={post.slug} />
      <JsonLd data={postJsonLd(post, ranked, url)} />
    </WithSidebar>
  );
}
