'use server';

import { z } from 'zod';
import { staffAction } from '@/lib/auth/define-action';
import { STAFF } from '@/lib/auth/guards';
import { listMediaRenditions } from '@/lib/data/media';
import { MarkdownLimitError, renderMarkdown } from '@/lib/markdown/render';
import { mediaHashesIn } from '@/lib/media/urls';

export type PreviewResult = { html: string; error?: undefined } | { html?: undefined; error: string };

/**
 * The editor's live preview: the same sanitizing pipeline as the public page,
 * so what the author sees is what readers get. The editor calls it from code
 * with the text alone (app/admin/_components/markdown-editor.tsx).
 */
export const previewMarkdownAction = staffAction({ roles: STAFF, input: z.tuple([z.string()]) }, async (_user, source): Promise<PreviewResult> => {
  try {
    // Bounded like the render itself: a text too long to render is refused before any lookup.
    const hashes = source.length <= 100_000 ? mediaHashesIn(source).slice(0, 200) : [];
    return { html: renderMarkdown(source, 'article', { media: await listMediaRenditions(hashes) }) };
  } catch (error) {
    if (error instanceof MarkdownLimitError) return { error: error.message };
    throw error;
  }
});
