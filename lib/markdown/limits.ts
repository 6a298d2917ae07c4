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
