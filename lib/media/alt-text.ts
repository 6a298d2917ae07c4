import { listMediaMissingAlt } from '@/lib/data/media';
import { hashesWithoutOwnAlt } from './urls';

/**
 * The message for a text that may not go public yet: it shows library
 * images that have no alt text, neither in the library nor in the Markdown.
 * Null when every image is described.
 */
export async function missingAltMessage(markdown: string, label: string): Promise<string | null> {
  const missing = await listMediaMissingAlt(hashesWithoutOwnAlt(markdown).slice(0, 500));
  if (missing.length === 0) return null;
  const names = missing.map((image) => image.fileName).join(', ');
  return `${label} shows ${missing.length === 1 ? 'an image' : 'images'} with no alt text (${names}). Describe ${missing.length === 1 ? 'it' : 'them'} in the media library, or in the Markdown as ![what it shows](…), before publishing.`;
}
