import type { Root, RootContent } from 'mdast';

/** Limits and thresholds of the comment rules, in one place for the form, the action and the tests. */
export const COMMENT_RULES = {
  nameMax: 100,
  bodyMax: 5_000,
  /** More links than this holds a comment for moderation. */
  maxLinksBeforeHold: 2,
  /** Threads nest this deep; a reply to a comment at this depth becomes its sibling. */
  maxDepth: 3,
  /** Top-level comments per page of a thread (their replies come with them). */
  perPage: 50,
  rateLimit: { windowSeconds: 10 * 60, perIp: 8, perEmail: 4 },
  /** A form submitted sooner than this after it was first used is a bot's. */
  minFillSeconds: 3,
  /** A form token older than this is renewed (the reader is asked to send again). */
  tokenMaxAgeSeconds: 24 * 60 * 60,
} as const;

export type CommentStatus = 'pending' | 'approved' | 'spam' | 'trash';

/** Every link the comment renders: inline links and autolinks (`<https://…>`, `www.…`). */
export function countLinks(tree: Root): number {
  let links = 0;
  const stack: Array<Root | RootContent> = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'link') links += 1;
    if ('children' in node) stack.push(...node.children);
  }
  return links;
}

/** Link destinations, for the protocol check. */
export function linkUrls(tree: Root): string[] {
  const urls: string[] = [];
  const stack: Array<Root | RootContent> = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'link') urls.push(node.url);
    if ('children' in node) stack.push(...node.children);
  }
  return urls;
}

/** Text the reader typed outside code spans and code blocks (where `<div>` is legitimate). */
export function proseText(tree: Root): string {
  const parts: string[] = [];
  const stack: Array<Root | RootContent> = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') parts.push(node.value);
    else if (node.type !== 'code' && node.type !== 'inlineCode' && 'children' in node) stack.push(...node.children);
  }
  return parts.join(' ');
}

const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--|<!\[CDATA\[|<![a-z]/i;

/** An HTML tag or comment in prose, e.g. `<script>`, `<b>`, `</a>`, `<img src=x onerror=…>`. */
export function containsHtml(text: string): boolean {
  return HTML_TAG.test(text);
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/** A link whose scheme is not http, https or mailto (`javascript:`, `data:`, `vbscript:` …). */
export function unsafeLink(urls: string[]): string | null {
  for (const url of urls) {
    const scheme = SCHEME.exec(url.trim())?.[1]?.toLowerCase();
    if (scheme && !ALLOWED_SCHEMES.has(scheme)) return url;
  }
  return null;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first blocked word or phrase found as a whole word, ignoring case; null when none. */
export function findBlockedWord(text: string, blockedWords: readonly string[]): string | null {
  const haystack = text.normalize('NFKC').toLowerCase();
  for (const word of blockedWords) {
    const needle = word.normalize('NFKC').toLowerCase().trim();
    if (!needle) continue;
    if (new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{N}])`, 'u').test(haystack)) return word;
  }
  return null;
}

export interface ModerationFacts {
  /** The same e-mail address already has an approved comment (anywhere). */
  knownCommenter: boolean;
  links: number;
  blockedWord: string | null;
}

/**
 * New comments wait for a moderator unless the e-mail already has an approved
 * comment; even then, many links or a blocked word hold it.
 */
export function decideStatus(facts: ModerationFacts): { status: 'pending' | 'approved'; heldReason: string | null } {
  if (facts.blockedWord) return { status: 'pending', heldReason: `blocked word “${facts.blockedWord}”` };
  if (facts.links > COMMENT_RULES.maxLinksBeforeHold) return { status: 'pending', heldReason: `${facts.links} links` };
  if (!facts.knownCommenter) return { status: 'pending', heldReason: 'first comment from this e-mail' };
  return { status: 'approved', heldReason: null };
}

/** Where a reply goes: under its parent, or beside it when the parent is already as deep as threads go. */
export function placeReply(parent: { id: number; parentId: number | null; depth: number }): { parentId: number; depth: number } {
  if (parent.depth >= COMMENT_RULES.maxDepth && parent.parentId !== null) return { parentId: parent.parentId, depth: COMMENT_RULES.maxDepth };
  return { parentId: parent.id, depth: Math.min(parent.depth + 1, COMMENT_RULES.maxDepth) };
}
