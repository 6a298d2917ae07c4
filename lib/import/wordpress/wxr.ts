import { ImportRefusal } from '../errors';
import { childrenNamed, childText, streamXmlElements, type XmlElement } from './xml-tree';

/** What the importer reads from a WordPress export (WXR 1.0–1.2); everything else in the file is ignored. */
export interface WxrExport {
  version: string;
  /** The site's address (`wp:base_blog_url`, or the channel's link), e.g. `https://old.example.com`. */
  siteUrl: string;
  authors: WxrAuthor[];
  categories: WxrTerm[];
  tags: WxrTerm[];
  items: WxrItem[];
}

export interface WxrAuthor {
  id: string;
  login: string;
  email: string;
  displayName: string;
}

export interface WxrTerm {
  id: string;
  slug: string;
  name: string;
  parentSlug: string;
  description: string;
}

export interface WxrItem {
  id: string;
  type: string;
  title: string;
  link: string;
  guid: string;
  authorLogin: string;
  content: string;
  excerpt: string;
  /** UTC, or null when WordPress never set it (a draft's 0000-00-00). */
  date: Date | null;
  status: string;
  slug: string;
  parentId: string;
  sticky: boolean;
  commentStatus: string;
  attachmentUrl: string;
  categories: Array<{ domain: string; slug: string; name: string }>;
  meta: Map<string, string>;
  comments: WxrComment[];
}

export interface WxrComment {
  id: string;
  authorName: string;
  email: string;
  date: Date | null;
  content: string;
  /** WordPress's own: '1' approved, '0' pending, 'spam', 'trash'. */
  approved: string;
  parentId: string;
  userId: string;
  type: string;
}

const SUPPORTED_VERSIONS = new Set(['1.0', '1.1', '1.2']);

/** WordPress writes dates as `YYYY-MM-DD HH:MM:SS`; the _gmt fields are UTC, the others the site's zone (read as UTC when that is all there is). */
function wpDate(gmt: string, local: string): Date | null {
  for (const value of [gmt, local]) {
    const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
    if (!match || match[1] === '0000') continue;
    const date = new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`);
    if (!Number.isNaN(date.getTime())) return date;
  }
  return null;
}

function readAuthor(element: XmlElement): WxrAuthor {
  return {
    id: childText(element, 'wp:author_id'),
    login: childText(element, 'wp:author_login'),
    email: childText(element, 'wp:author_email'),
    displayName: childText(element, 'wp:author_display_name'),
  };
}

function readTerm(element: XmlElement, prefix: 'category' | 'tag'): WxrTerm {
  const name = prefix === 'category' ? 'wp:cat_name' : 'wp:tag_name';
  return {
    id: childText(element, 'wp:term_id'),
    slug: childText(element, prefix === 'category' ? 'wp:category_nicename' : 'wp:tag_slug'),
    name: childText(element, name),
    parentSlug: childText(element, 'wp:category_parent'),
    description: childText(element, prefix === 'category' ? 'wp:category_description' : 'wp:tag_description'),
  };
}

function readComment(element: XmlElement): WxrComment {
  return {
    id: childText(element, 'wp:comment_id'),
    authorName: childText(element, 'wp:comment_author'),
    email: childText(element, 'wp:comment_author_email'),
    date: wpDate(childText(element, 'wp:comment_date_gmt'), childText(element, 'wp:comment_date')),
    content: childText(element, 'wp:comment_content'),
    approved: childText(element, 'wp:comment_approved'),
    parentId: childText(element, 'wp:comment_parent'),
    userId: childText(element, 'wp:comment_user_id'),
    type: childText(element, 'wp:comment_type'),
  };
}

function readItem(element: XmlElement): WxrItem {
  const meta = new Map<string, string>();
  for (const entry of childrenNamed(element, 'wp:postmeta')) meta.set(childText(entry, 'wp:meta_key'), childText(entry, 'wp:meta_value'));
  return {
    id: childText(element, 'wp:post_id'),
    type: childText(element, 'wp:post_type'),
    title: childText(element, 'title'),
    link: childText(element, 'link'),
    guid: childText(element, 'guid'),
    authorLogin: childText(element, 'dc:creator'),
    content: childText(element, 'content:encoded'),
    excerpt: childText(element, 'excerpt:encoded'),
    date: wpDate(childText(element, 'wp:post_date_gmt'), childText(element, 'wp:post_date')),
    status: childText(element, 'wp:status'),
    slug: childText(element, 'wp:post_name'),
    parentId: childText(element, 'wp:post_parent'),
    sticky: childText(element, 'wp:is_sticky') === '1',
    commentStatus: childText(element, 'wp:comment_status'),
    attachmentUrl: childText(element, 'wp:attachment_url'),
    categories: childrenNamed(element, 'category').map((term) => ({ domain: term.attributes.domain ?? '', slug: term.attributes.nicename ?? '', name: term.text })),
    meta,
    comments: childrenNamed(element, 'wp:comment').map(readComment),
  };
}

/**
 * Reads a WordPress export, refusing anything else with a message that says what it is:
 * not XML, XML that is not RSS, RSS without WordPress's `wp:wxr_version`, or a version
 * this reader does not know.
 */
export async function readWxr(file: string, options: { maxBytes?: number } = {}): Promise<WxrExport> {
  const found: WxrExport = { version: '', siteUrl: '', authors: [], categories: [], tags: [], items: [] };
  let channelLink = '';
  let root = '';
  // rss > channel > (item | wp:author | …): the channel's children are depth 2.
  await streamXmlElements(
    file,
    2,
    {
      onRoot: (name) => {
        root = name;
        if (name !== 'rss') throw new ImportRefusal(`This is not a WordPress export: its XML root is <${name}>, not <rss> (WXR).`);
      },
      onElement: (element) => {
        switch (element.name) {
          case 'wp:wxr_version':
            found.version = element.text.trim();
            break;
          case 'wp:base_blog_url':
            found.siteUrl = element.text.trim();
            break;
          case 'link':
            channelLink = element.text.trim();
            break;
          case 'wp:author':
            found.authors.push(readAuthor(element));
            break;
          case 'wp:category':
            found.categories.push(readTerm(element, 'category'));
            break;
          case 'wp:tag':
            found.tags.push(readTerm(element, 'tag'));
            break;
          case 'item':
            found.items.push(readItem(element));
            break;
        }
      },
    },
    options.maxBytes,
  );
  if (root !== 'rss') throw new ImportRefusal('This is not a WordPress export: it has no <rss> root.');
  if (!found.version) throw new ImportRefusal('This is not a WordPress export: it is RSS without <wp:wxr_version> (export from WordPress with Tools → Export).');
  if (!SUPPORTED_VERSIONS.has(found.version)) throw new ImportRefusal(`WXR version ${found.version} is not supported (1.0, 1.1 and 1.2 are).`);
  found.siteUrl = (found.siteUrl || channelLink).replace(/\/+$/, '');
  if (!/^https?:\/\//.test(found.siteUrl)) throw new ImportRefusal('The export names no site address (<wp:base_blog_url>), which old permalinks are matched against.');
  return found;
}

