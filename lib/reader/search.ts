import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';
import { searchWithCorrection } from '@/lib/data/search';
import { cacheForReaders } from '@/lib/reader/schedule';

export async function readSearch(query: string) {
  'use cache';
  cacheLife('days');
  await cacheForReaders();
  cacheTag(cacheTags.search);
  return searchWithCorrection(query);
}
