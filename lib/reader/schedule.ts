import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';
import { getNextScheduledPublishAt } from '@/lib/data/visibility';

/**
 * Next's shortest lifetime a cached entry may have and still be part of a
 * prerendered page; below it the page would turn into a dynamic hole. The
 * handlers end schedule-bound entries at `revalidate` anyway (see cacheTags.scheduleBound).
 */
const MIN_EXPIRE_SECONDS = 300;

function endAt(at: number): void {
  // Rounded down: an entry ending up to a second early only renders again, one rounded up would
  // show the post up to a second late (plus the render's own time, which dates nested entries).
  const seconds = Math.max(1, Math.floor((at - Date.now()) / 1000));
  cacheTag(cacheTags.scheduleBound);
  // `stale` is left to the 'max' profile: below five minutes Next would leave the page out of its prerender.
  cacheLife({ revalidate: seconds, expire: Math.max(seconds, MIN_EXPIRE_SECONDS) });
}

async function readNextScheduledPublishAt(): Promise<number | null> {
  'use cache';
  cacheLife('max');
  cacheTag(cacheTags.postLists);
  const at = (await getNextScheduledPublishAt())?.getTime() ?? null;
  if (at !== null) endAt(at);
  return at;
}

/**
 * The lifetime of anything readers see that depends on which posts are
 * public: until an edit invalidates its tags, or until the next scheduled
 * post goes live, whichever comes first. This is how a scheduled post
 * appears on time with no cron or job runner. Call it at the top of a
 * 'use cache' scope, in place of cacheLife('max').
 */
export async function cacheForReaders(): Promise<void> {
  cacheLife('max');
  const at = await readNextScheduledPublishAt();
  if (at !== null) endAt(at);
}
