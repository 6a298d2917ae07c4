import { expireEveryInstanceCache, runImportTransaction } from '@/lib/data/imports';
import { markdownUrlOfFiles } from '@/lib/media/upload';
import { isSlug, slugify } from '@/lib/slug';
import { plainText } from '../html-to-markdown';
import { legacyKeyOfUrl } from '../permalinks';
import { emptyReport, type ImportReport } from '../report';
import { count, type ImportContext } from './context';
import { loadAttachment } from './attachments';
import { importComments } from './comments';
import { LinkMap } from './links';
import { importPosts, IMPORTED_POST_STATUSES } from './posts';
import { readWxr, type WxrItem, type WxrTerm } from './wxr';

export interface WordpressImportOptions {
  /** A copy of the old site's wp-content/uploads; without it images are fetched only from this machine. */
  mediaDir?: string;
  /** Who ran it, for the audit log; null from the command line. */
  actorId?: number | null;
  maxBytes?: number;
}

function ourTermSlug(term: Pick<WxrTerm, 'slug' | 'name' | 'id'>, kind: 'category' | 'tag'): string {
  const decoded = (() => {
    try {
      return decodeURIComponent(term.slug);
    } catch {
      return term.slug;
    }
  })();
  // Tags are found by their name's slug (lib/data/tags.ts), so a tag's slug is always made from its name.
  if (kind === 'category' && isSlug(decoded)) return decoded;
  return slugify(plainText(term.name)) || slugify(decoded) || `${kind}-${term.id}`;
}

async function importAuthors(context: ImportContext): Promise<void> {
  const { wxr, writer, report } = context;
  for (const author of wxr.authors) {
    const name = plainText(author.displayName) || author.login;
    const email = author.email || `${slugify(author.login) || `author-${author.id}`}@imported.invalid`;
    const id = count(report, 'authors', await writer.upsertAuthor(author.login, { email, name }));
    context.authorIds.set(author.login, id);
    context.authorIdsByWpId.set(author.id, id);
  }
  if (report.counts.authors.created > 0) report.notes.push('New authors have no password and cannot sign in: an admin sets one for each (Users → reset password), and may change their role (all are authors).');
}

async function importTerms(context: ImportContext): Promise<void> {
  const { wxr, writer, report } = context;
  const categories = new Map(wxr.categories.map((term) => [term.slug, term]));
  const tags = new Map(wxr.tags.map((term) => [term.slug, term]));
  // Terms only named on items (older exports list none) are imported too.
  for (const item of wxr.items)
    for (const term of item.categories) {
      const list = term.domain === 'category' ? categories : term.domain === 'post_tag' ? tags : null;
      if (list && !list.has(term.slug)) list.set(term.slug, { id: term.slug, slug: term.slug, name: term.name, parentSlug: '', description: '' });
    }
  for (const term of categories.values()) {
    const slug = ourTermSlug(term, 'category');
    const result = await writer.upsertTerm('category', term.slug, { slug, name: plainText(term.name) || slug, description: plainText(term.description), oldSlug: term.slug });
    context.categoryIds.set(term.slug, count(report, 'categories', result));
    if (term.parentSlug) report.notes.push(`Category “${plainText(term.name)}” was under “${term.parentSlug}”: categories here are flat, and /category/${term.parentSlug}/${term.slug}/ is not redirected.`);
  }
  for (const term of tags.values()) {
    const name = plainText(term.name);
    const slug = ourTermSlug(term, 'tag');
    count(report, 'tags', await writer.upsertTerm('tag', term.slug, { slug, name: name || slug, description: plainText(term.description), oldSlug: term.slug }));
    context.tagNames.set(term.slug, name || slug);
  }
}

async function importMedia(context: ImportContext, mediaDir: string | undefined): Promise<void> {
  const { wxr, writer, report, links } = context;
  const fallbackAuthor = context.authorIds.values().next().value;
  for (const item of wxr.items.filter((candidate) => candidate.type === 'attachment')) {
    const label = `attachment ${item.id} (${item.attachmentUrl || item.title})`;
    const loaded = await loadAttachment(item, mediaDir);
    const uploaderId = context.authorIds.get(item.authorLogin) ?? fallbackAuthor;
    if (!loaded.ok || uploaderId === undefined) {
      report.skipped.push({ item: label, why: loaded.ok ? 'the export has no authors to own it.' : loaded.why });
      continue;
    }
    const altText = plainText(item.meta.get('_wp_attachment_image_alt') ?? '');
    const result = await writer.upsertMedia(item.id, loaded.image, { uploaderId, altText, caption: plainText(item.excerpt) });
    context.mediaIds.set(item.id, count(report, 'media', result));
    const url = markdownUrlOfFiles(loaded.image);
    for (const old of [item.attachmentUrl, item.guid, item.link, `${wxr.siteUrl}/?attachment_id=${item.id}`]) links.add(old, url);
  }
}

async function recordPermalinks(context: ImportContext): Promise<void> {
  const { wxr, writer, report } = context;
  const record = async (url: string, kind: 'post' | 'media' | 'category' | 'tag', id: number | undefined) => {
    const key = legacyKeyOfUrl(url, wxr.siteUrl);
    if (key === null || id === undefined) return;
    await writer.recordPermalink(key, kind, id);
    report.permalinks += 1;
  };
  for (const item of wxr.items) {
    const kind = item.type === 'attachment' ? 'media' : 'post';
    const id = (kind === 'media' ? context.mediaIds : context.postIds).get(item.id);
    const addresses = new Set([item.link, item.guid, `${wxr.siteUrl}/?p=${item.id}`, ...(kind === 'media' ? [`${wxr.siteUrl}/?attachment_id=${item.id}`] : [])]);
    // An attachment's guid is its file's address: the file itself moves by the body rewrite, not a redirect.
    if (kind === 'media') addresses.delete(item.guid);
    for (const address of addresses) await record(address, kind, id);
  }
  for (const term of wxr.categories) await record(`${wxr.siteUrl}/?cat=${term.id}`, 'category', context.categoryIds.get(term.slug));
}

/**
 * Imports a WordPress export (WXR) in one transaction: authors, categories, tags, images,
 * posts with their comments, and every old address as a 308. Run again, it updates what it
 * made before and adds nothing twice. A file it refuses throws an ImportRefusal before any write.
 */
export async function importWordpress(file: string, options: WordpressImportOptions = {}): Promise<ImportReport> {
  const wxr = await readWxr(file, { maxBytes: options.maxBytes });
  const source = `wordpress:${wxr.siteUrl}`;
  const report = emptyReport(source);
  for (const item of wxr.items) {
    if (item.type === 'post' || item.type === 'attachment') continue;
    const why = item.type === 'page' ? 'pages are not imported: this site has posts and framework articles only.' : `WordPress “${item.type}” items have no counterpart here.`;
    report.skipped.push({ item: `${item.type} ${item.id} “${plainText(item.title)}”`, why });
  }
  for (const item of wxr.items.filter((candidate: WxrItem) => candidate.type === 'post' && !IMPORTED_POST_STATUSES.has(candidate.status)))
    report.skipped.push({ item: `post ${item.id} “${plainText(item.title)}”`, why: `its status is “${item.status}”.` });

  await runImportTransaction(source, async (writer) => {
    const context: ImportContext = {
      wxr,
      writer,
      report,
      links: new LinkMap(wxr.siteUrl),
      authorIds: new Map(),
      authorIdsByWpId: new Map(),
      categoryIds: new Map(),
      tagNames: new Map(),
      mediaIds: new Map(),
      postIds: new Map(),
    };
    await importAuthors(context);
    await importTerms(context);
    await importMedia(context, options.mediaDir);
    await importPosts(context);
    await importComments(context);
    await recordPermalinks(context);
    await writer.finish(options.actorId ?? null, { counts: report.counts, permalinks: report.permalinks, skipped: report.skipped.length });
  });
  await expireEveryInstanceCache();
  return report;
}
