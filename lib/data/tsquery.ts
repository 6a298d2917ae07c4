import { sql, type SQL } from 'drizzle-orm';

/**
 * The one place that turns what a reader typed into a tsquery.
 *
 * PostgreSQL's websearch_to_tsquery parses the raw text with a fixed operator
 * stack of 32 entries, so a run of 32+ `-` ("not") fails the whole query with
 * "tsquery stack too small", and its tokenizer is shared with the tsvector
 * input syntax (backslashes, quotes). Here the same syntax is read in
 * TypeScript instead, and every term is handed to plainto_tsquery or
 * phraseto_tsquery, which only lexize text and never parse operators. The
 * terms are combined with the tsquery operators `!!`, `&&` and `||`, which
 * build the tree directly. Whatever the input, the result is a valid tsquery.
 */

export interface SearchTerm {
  text: string;
  phrase: boolean;
  negated: boolean;
}

/** Alternatives (joined by "or"), each a list of terms that must all match. */
export type SearchTerms = SearchTerm[][];

/** The search box allows 200 characters; this bounds the work for any caller. */
export const MAX_SEARCH_TERMS = 64;

// Whitespace and control characters (NUL included) separate terms; PostgreSQL cannot take NUL at all.
const SEPARATOR = /[\s\u0000-\u001F\u007F]/u;
// Characters websearch_to_tsquery skips before a term; a `-` among them negates it.
const PREFIX = /^[-!&|()<>]+/;

/**
 * Reads the websearch syntax: words, "quoted phrases", `-` before a word or
 * phrase to exclude it, and `or` between terms. Anything else (`&`, `|`, `!`,
 * `<->`, `:*`, backslashes, parentheses) is punctuation the text parser drops.
 */
export function parseSearchTerms(input: string): SearchTerms {
  const groups: SearchTerms = [];
  let group: SearchTerm[] = [];
  let negated = false;
  let count = 0;
  const chars = [...input];
  let i = 0;
  while (i < chars.length && count < MAX_SEARCH_TERMS) {
    if (SEPARATOR.test(chars[i]!)) {
      i += 1;
      continue;
    }
    if (chars[i] === '"') {
      const end = chars.indexOf('"', i + 1);
      const text = chars.slice(i + 1, end === -1 ? chars.length : end).join('');
      i = end === -1 ? chars.length : end + 1;
      group.push({ text: clean(text), phrase: true, negated });
      negated = false;
      count += 1;
      continue;
    }
    let end = i;
    while (end < chars.length && chars[end] !== '"' && !SEPARATOR.test(chars[end]!)) end += 1;
    const word = chars.slice(i, end).join('');
    i = end;
    const prefix = PREFIX.exec(word)?.[0] ?? '';
    const rest = word.slice(prefix.length);
    if (prefix.includes('-')) negated = true;
    if (rest === '') continue;
    if (!negated && prefix === '' && rest.toLowerCase() === 'or') {
      // "or" between two terms starts an alternative; a leading or doubled one is ignored.
      if (group.length > 0) groups.push(group);
      group = [];
      continue;
    }
    group.push({ text: rest, phrase: false, negated });
    negated = false;
    count += 1;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

function clean(text: string): string {
  return text.replace(new RegExp(SEPARATOR.source, 'gu'), ' ');
}

function termQuery(term: SearchTerm): SQL {
  const lexemes = term.phrase ? sql`phraseto_tsquery('english', ${term.text})` : sql`plainto_tsquery('english', ${term.text})`;
  return term.negated ? sql`(!! ${lexemes})` : lexemes;
}

// A word a prefix may be taken of: letters and digits only, so `word:*` is always a valid tsquery.
const PREFIXABLE = /^[\p{L}\p{N}]{3,}$/u;

/**
 * The term a reader may still be typing: the last one, when it is a plain
 * word of three or more letters. "djang" then finds "django", as well as
 * what the whole word "djang" would.
 */
export function incompleteTerm(groups: SearchTerms): SearchTerm | null {
  const last = groups.at(-1)?.at(-1);
  return last && !last.phrase && !last.negated && PREFIXABLE.test(last.text) ? last : null;
}

/** The tsquery for a search, or null when the text holds no term at all. */
export function searchTsquery(input: string): SQL | null {
  const groups = parseSearchTerms(input);
  if (groups.length === 0) return null;
  const incomplete = incompleteTerm(groups);
  const query = (term: SearchTerm) =>
    term === incomplete ? sql`(${termQuery(term)} || to_tsquery('simple', ${`${term.text}:*`}))` : termQuery(term);
  const alternatives = groups.map((terms) => sql`(${sql.join(terms.map(query), sql` && `)})`);
  return sql`(${sql.join(alternatives, sql` || `)})`;
}

/** Terms back into the search syntax they were read from: `-` for exclusions, quotes for phrases, `or` between alternatives. */
export function formatSearchTerms(groups: SearchTerms): string {
  const format = (term: SearchTerm) => `${term.negated ? '-' : ''}${term.phrase ? `"${term.text}"` : term.text}`;
  return groups.map((terms) => terms.map(format).join(' ')).join(' or ');
}
