import { z } from 'zod';
import { containsHtml, COMMENT_RULES, linkUrls, proseText, unsafeLink } from '@/lib/comments/rules';
import { MarkdownLimitError, parseMarkdown } from '@/lib/markdown/render';
import { emailAddress, storableText } from './text';

/**
 * Checks the comment as Markdown: within the comment profile's limits, no
 * HTML outside code (refused rather than silently dropped, so what is stored
 * is what the reader sees), and links only to http(s) or mailto.
 */
function commentMarkdownIssue(body: string): string | null {
  let tree;
  try {
    tree = parseMarkdown(body, 'comment');
  } catch (error) {
    if (error instanceof MarkdownLimitError) return `Comment: ${error.message}`;
    throw error;
  }
  if (containsHtml(proseText(tree))) {
    return 'Comment contains HTML tags, which are not allowed. Write plain text or Markdown; to show code such as `<div>`, put it in backticks.';
  }
  const unsafe = unsafeLink(linkUrls(tree));
  if (unsafe) return 'Comment has a link that does not start with http://, https:// or mailto:, which is not allowed.';
  return null;
}

export const commentBody = storableText('Comment', { min: 1, max: COMMENT_RULES.bodyMax }).superRefine((body, context) => {
  const issue = commentMarkdownIssue(body);
  if (issue) context.addIssue({ code: 'custom', message: issue });
});

export const commentName = storableText('Name', { min: 1, max: COMMENT_RULES.nameMax, singleLine: true }).refine((value) => !/[<>]/.test(value), 'Name cannot contain < or >.');

export const commentSchema = z.object({
  name: commentName,
  email: emailAddress(),
  body: commentBody,
});

export type CommentInput = z.output<typeof commentSchema>;
export type CommentFields = keyof z.input<typeof commentSchema>;

/** `post:<slug>` / `framework:<slug>` and an optional parent id, as the form sends them. */
export const commentTargetSchema = z.object({
  kind: z.enum(['post', 'framework']),
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,199}$/),
  parentId: z
    .string()
    .regex(/^\d{0,9}$/)
    .transform((value) => (value === '' ? null : Number(value))),
});
