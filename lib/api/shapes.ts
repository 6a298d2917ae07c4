import type { MediaRendition } from '@/lib/data/media';
import type { FrameworkDetail, PostSummary, RankedFramework } from '@/lib/data/types';
import type { TagSummary } from '@/lib/data/tags';
import type { RenderedMarkdown } from '@/lib/reader/markdown';
import { mediaFileUrl } from '@/lib/media/urls';
import { paths } from '@/lib/paths';
import { absoluteUrl } from '@/lib/site';

/**
 * The content API's JSON shapes (decision 025), built from the same objects the reader pages
 * render, so the API can never show what the site hides. Described field by field in
 * lib/api/openapi.ts; tests/integration/content-api.int.test.ts checks real answers against it.
 */

export function imageOf(image: MediaRendition | null | undefined) {
  if (!image) return null;
  const largest = image.widths.at(-1) ?? image.width;
  return {
    url: absoluteUrl(mediaFileUrl(image.hash, `${largest}.${image.fallback}`)),
    width: image.width,
    height: image.height,
    alt: image.altText,
    caption: image.caption,
    variants: image.widths.map((width) => ({ width, url: absoluteUrl(mediaFileUrl(image.hash, `${width}.${image.fallback}`)) })),
  };
}

const tagOf = (tag: TagSummary) => ({ slug: tag.slug, name: tag.name, url: absoluteUrl(paths.tag(tag.slug)) });

export function postSummaryOf(post: PostSummary) {
  return {
    slug: post.slug,
    title: post.title,
    excerpt: post.excerpt,
    url: absoluteUrl(paths.post(post.slug)),
    publishedAt: post.publishedAt.toISOString(),
    readingMinutes: post.readingMinutes,
    commentCount: post.commentCount ?? null,
    author: { slug: post.authorSlug, name: post.authorName, url: absoluteUrl(paths.author(post.authorSlug)) },
    category: { slug: post.categorySlug, name: post.categoryName, url: absoluteUrl(paths.category(post.categorySlug)) },
    tags: post.tags.map(tagOf),
    featureImage: imageOf(post.featureImage),
  };
}

const textOf = (markdown: string, rendered: RenderedMarkdown) => ({ markdown, html: rendered.html });

export function frameworkOf(framework: FrameworkDetail, overview: RenderedMarkdown) {
  return {
    slug: framework.slug,
    name: framework.name,
    url: absoluteUrl(paths.framework(framework.slug)),
    language: framework.language,
    firstReleased: framework.firstReleased,
    creator: framework.creator,
    architecture: framework.architecture,
    bestFor: framework.bestFor,
    overview: textOf(framework.overview, overview),
    pros: framework.pros,
    cons: framework.cons,
    bestUseCasesSummary: framework.bestUseCasesSummary,
    bestUseCases: framework.bestUseCases,
    keyFeatures: framework.keyFeatures,
    updatedAt: framework.updatedAt.toISOString(),
  };
}

/** A ranked entry: a draft framework's section shows in the post, but it has no page to link to (decision 022). */
export function rankingEntryOf(framework: RankedFramework, overview: RenderedMarkdown) {
  const entry = frameworkOf(framework, overview);
  return { position: framework.position, published: framework.published, ...entry, url: framework.published ? entry.url : null };
}

export function postDetailOf(post: PostSummary & { updatedAt: Date; body: string }, body: RenderedMarkdown, ranking: Array<ReturnType<typeof rankingEntryOf>>) {
  return {
    ...postSummaryOf(post),
    updatedAt: post.updatedAt.toISOString(),
    body: { markdown: post.body, html: body.html },
    outline: body.outline.map((heading) => ({ id: heading.id, text: heading.text, depth: heading.depth })),
    ranking,
  };
}

export type ApiPostSummary = ReturnType<typeof postSummaryOf>;
