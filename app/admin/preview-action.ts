'use server';

import { requireRole, STAFF } from '@/lib/auth/guards';
import { MarkdownLimitError, renderMarkdown } from '@/lib/markdown/render';

export type PreviewResult = { html: string; error?: undefined } | { html?: undefined; error: string };

/**
 * The editor's live preview: the same sanitizing pipeline as the public page,
 * so what the author sees is what readers get.
 */
export async function previewMarkdownAction(source: string): Promise<PreviewResult> {
  await requireRole(...STAFF);
  if (typeof source !== 'string') return { error: 'Nothing to preview.' };
  try {
    return { html: renderMarkdown(source) };
  } catch (error) {
    if (error instanceof MarkdownLimitError) return { error: error.message };
    throw error;
  }
}
