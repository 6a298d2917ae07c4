import type { PostStatus } from '@/lib/validation/post';
import { postFormSchema } from '@/lib/validation/post';
import { paths } from '@/lib/paths';
import { slugify } from '@/lib/slug';
import { plainText, wordpressHtmlToMarkdown } from '../html-to-markdown';
import { count, type ImportContext } from './context';
import type { WxrItem } from './wxr';

/** WordPress statuses that become a post here; trash, auto-drafts and revisions do not. */
export const IMPORTED_POST_STATUSES = new Set(['publish', 'future', 'draft', 'pending', 'private']);

function statusOf(item: WxrItem, now: Date): PostStatus {
  if (item.status === 'publish') return 'published';
  if (item.status === 'future') return item.date && item.date > now ? 'scheduled' : 'published';
  return 'draft';
}

function decodedSlug(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}

/** The imported posts' slugs, settled before any body is converted, so links between posts can point at their new addresses. */
async function settleSlugs(context: ImportContext, items: WxrItem[]): Promise<Map<string, { slug: string; knownId: number | null }>> {
  const claimed = new Set<string>();
  const slugs = new Map<string, { slug: string; knownId: number | null }>();
  for (const item of items) {
    const knownId = await context.writer.mappedId('post', item.id);
    const wanted = slugify(decodedSlug(item.slug)) || slugify(plainText(item.title)) || `post-${item.id}`;
    const slug = await context.writer.freePostSlug(wanted, knownId, claimed);
    claimed.add(slug);
    slugs.set(item.id, { slug, knownId });
    for (const old of [item.link, item.guid, `${context.wxr.siteUrl}/?p=${item.id}`]) context.links.add(old, paths.post(slug));
  }
  return slugs;
}

function describe(item: WxrItem): string {
  return `post ${item.id} “${plainText(item.title)}”`;
}

/**
 * Each post as the editor would save it: the body converted to Markdown, then the admin's own
 * validation (lib/validation/post.ts: NUL bytes, lone surrogates, lengths, Markdown limits).
 * A post that fails it is left out and reported, not stored half-right.
 */
export async function importPosts(context: ImportContext): Promise<void> {
  const { wxr, writer, report } = context;
  const items = wxr.items.filter((item) => item.type === 'post' && IMPORTED_POST_STATUSES.has(item.status));
  const slugs = await settleSlugs(context, items);
  const fallbackAuthor = context.authorIds.values().next().value;
  const now = new Date();
  const sticky: string[] = [];
  const closed: string[] = [];
  for (const item of items) {
    const label = describe(item);
    const converted = await wordpressHtmlToMarkdown(item.content, context.links.rewrite);
    for (const loss of converted.dropped) report.dropped.push({ item: label, ...loss });
    const [firstCategory, ...otherCategories] = item.categories.filter((term) => term.domain === 'category');
    const categoryId = context.categoryIds.get(firstCategory?.slug ?? 'uncategorized') ?? context.categoryIds.values().next().value;
    if (otherCategories.length) report.notes.push(`${label} was also in ${otherCategories.map((term) => `“${plainText(term.name)}”`).join(', ')}: a post here has one category, so it is in “${plainText(firstCategory!.name)}” only.`);
    const tags = item.categories.filter((term) => term.domain === 'post_tag').map((term) => context.tagNames.get(term.slug) ?? plainText(term.name));
    const status = statusOf(item, now);
    if (item.status === 'pending' || item.status === 'private') report.notes.push(`${label} was ${item.status}: imported as a draft.`);
    const parsed = postFormSchema(now).safeParse({
      title: plainText(item.title),
      slug: slugs.get(item.id)!.slug,
      excerpt: plainText(item.excerpt),
      categoryId: String(categoryId ?? ''),
      tags: tags.join(', '),
      body: converted.markdown,
      // A scheduled post's time is WordPress's, checked below; the form's own rule wants a time typed in the future.
      status: status === 'scheduled' ? 'draft' : status,
      publishAt: '',
      publishAtIso: '',
      version: '0',
    });
    const authorId = context.authorIds.get(item.authorLogin) ?? fallbackAuthor;
    if (!parsed.success || authorId === undefined) {
      const why = parsed.success ? 'the export names no author.' : parsed.error.issues.map((issue) => issue.message).join(' ');
      report.skipped.push({ item: label, why });
      continue;
    }
    const { title, slug, excerpt, body } = parsed.data;
    const featureMediaId = context.mediaIds.get(item.meta.get('_thumbnail_id') ?? '') ?? null;
    const publishedAt = status === 'draft' ? null : (item.date ?? now);
    const result = await writer.upsertPost(item.id, { title, slug, excerpt, body, status, publishedAt, authorId, categoryId: parsed.data.categoryId, tags: parsed.data.tags ?? [], featureMediaId });
    context.postIds.set(item.id, count(report, 'posts', result));
    if (item.sticky) sticky.push(`“${title}”`);
    if (item.commentStatus === 'closed') closed.push(`“${title}”`);
  }
  if (sticky.length) report.notes.push(`Sticky on WordPress: ${sticky.join(', ')}. This site has no sticky posts; they are ordinary posts, by date.`);
  if (closed.length) report.notes.push(`Closed for comments on WordPress: ${closed.join(', ')}. This site has no per-post switch; their comments are imported and new ones are open as on every post.`);
}
