import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';
import { searchContent } from '@/lib/data/search';

export async function readSearch(query: string) {
  'use cache';
  cacheLife('days');
  cacheTag(cacheTags.search);
  return searchContent(query);
}
