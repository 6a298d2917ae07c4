import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';
import { getMediaRendition, listMediaRenditions, type MediaRendition } from '@/lib/data/media';

/**
 * The library images a text uses, cached and tagged per image. Called from
 * inside page caches, whose entries take these tags too, so an alt-text edit
 * or a delete expires exactly the pages that show the image.
 */
export async function readMediaRenditions(hashes: string[]): Promise<MediaRendition[]> {
  'use cache';
  cacheLife('max');
  cacheTag(...hashes.map(cacheTags.media));
  return listMediaRenditions(hashes);
}

/** A feature image or logo by id; tagged by its hash once known. */
export async function readMediaRendition(id: number): Promise<MediaRendition | null> {
  'use cache';
  cacheLife('max');
  const image = await getMediaRendition(id);
  if (image) cacheTag(cacheTags.media(image.hash));
  return image;
}
