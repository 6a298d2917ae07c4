import { z } from 'zod';
import { optionalStorableText } from './text';

export const MEDIA_TEXT_FIELDS = ['altText', 'caption'] as const;
export type MediaTextField = (typeof MEDIA_TEXT_FIELDS)[number];

export const mediaTextSchema = z.object({
  altText: optionalStorableText('Alt text', 500).transform((value) => value.trim().replace(/\s+/g, ' ')),
  caption: optionalStorableText('Caption', 1000).transform((value) => value.trim()),
});

/** A file name fit to show: its last path part, printable, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]|[\uD800-\uDFFF]/g, '').trim();
  return [...(base || 'image')].slice(0, 200).join('');
}
