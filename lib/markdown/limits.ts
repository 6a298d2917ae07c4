import type { Root, RootContent } from 'mdast';

/** Raised when a text is too large or too deeply nested to render safely. */
export class MarkdownLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MarkdownLimitError';
  }
}

export interface MarkdownLimits {
  maxLength: number;
  /** Deeper trees overflow the recursive mdast → hast → HTML steps. */
  maxDepth: number;
}

/** Walks the tree without recursion, so the check itself cannot overflow. */
export function assertWithinDepth(tree: Root, maxDepth: number): void {
  const stack: Array<{ node: Root | RootContent; depth: number }> = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > maxDepth) {
      throw new MarkdownLimitError(`The text is nested too deeply (more than ${maxDepth} levels of lists or quotes).`);
    }
    if ('children' in node) for (const child of node.children) stack.push({ node: child, depth: depth + 1 });
  }
}

export interface InlineLimits {
  /** Emphasis delimiters (`*`, `~`, and `_` outside words) in one paragraph. */
  maxDelimitersPerBlock: number;
  /** Opening brackets (links, images) in one paragraph. */
  maxBracketsPerBlock: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const CONTAINER_MARKER = /^[ \t]{0,3}(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/;

/**
 * Linear checks that run before parsing. The parser's emphasis and link
 * resolution is quadratic in the delimiters of one paragraph (100 KB of `a*`
 * takes tens of seconds), and deep container nesting recurses per level, so
 * such input is refused up front. Fenced code is skipped: it is not parsed
 * for emphasis, and code is full of `*` and `_`.
 */
export function assertWithinInlineLimits(source: string, maxDepth: number, limits: InlineLimits): void {
  let fence: string | null = null;
  let delimiters = 0;
  let brackets = 0;
  for (const line of source.split('\n')) {
    const fenceMatch = FENCE.exec(line);
    if (fence !== null) {
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length) fence = null;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      continue;
    }
    if (line.trim() === '') {
      delimiters = 0;
      brackets = 0;
      continue;
    }
    let rest = line;
    let depth = 0;
    for (let match = CONTAINER_MARKER.exec(rest); match && match[0].length > 0; match = CONTAINER_MARKER.exec(rest)) {
      depth += 1;
      if (depth > maxDepth) throw new MarkdownLimitError(`The text is nested too deeply (more than ${maxDepth} levels of lists or quotes).`);
      rest = rest.slice(match[0].length);
    }
    for (let i = 0; i < line.length; i += 1) {
      const char = line[i];
      if (char === '*' || char === '~' || (char === '_' && !(isWordChar(line[i - 1]) && isWordChar(line[i + 1])))) delimiters += 1;
      else if (char === '[') brackets += 1;
    }
    if (delimiters > limits.maxDelimitersPerBlock) {
      throw new MarkdownLimitError(`A paragraph has more than ${limits.maxDelimitersPerBlock} emphasis markers (*, _ or ~); split it or put code in a code block.`);
    }
    if (brackets > limits.maxBracketsPerBlock) {
      throw new MarkdownLimitError(`A paragraph has more than ${limits.maxBracketsPerBlock} links or brackets; split it into smaller paragraphs.`);
    }
  }
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}
