import type { z } from 'zod';
import { MarkdownLimitError, renderMarkdown } from '@/lib/markdown/render';

/**
 * A zod refinement: the text must render on the public page, so the
 * renderer's limits (length, nesting, delimiter runs) apply when it is saved,
 * and the message says which limit, on the field.
 */
export function withinMarkdownLimits(label: string) {
  return (value: string, ctx: z.RefinementCtx) => {
    try {
      renderMarkdown(value);
    } catch (error) {
      if (!(error instanceof MarkdownLimitError)) throw error;
      ctx.addIssue({ code: 'custom', message: `${label}: ${error.message}` });
    }
  };
}
