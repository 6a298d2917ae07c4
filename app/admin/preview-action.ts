'use server';

import { requireRole, STAFF } from '@/lib/auth/guards';
import { listMediaRenditions } from '@/lib/data/media';
import { MarkdownLimitError, renderMarkdown } from '@/lib/markdown/render';
import { mediaHashesIn } from '@/lib/media/urls';

export type PreviewResult = { html: string; error?: undefined } | { html?: undefined; error: string };

/**
 * The editor's live preview: the same sanitizing pipeline as the public page,
 * so what the author sees is what readers get.
 */
export async function previewMarkdownAction(source: string): Promise<PreviewResult> {
  await requireRole(...STAFF);
  if (typeof source !== 'string') return { error: 'Nothing to preview.' };
  try {
    // Bounded like the render itself: a text too long to render is refused before any lookup.
    const hashes = source.length <= 100_000 ? mediaHashesIn(source).slice(0, 200) : [];
    return { html: renderMarkdown(source, 'article', { media: await listMediaRenditions(hashes) }) };
  } catch (error) {
    if (error instanceof MarkdownLimitError) return { error: error.message };
    throw error;
  }
}
