import { cacheTag } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';
import { getFramework, getFrameworkSlugRedirectTarget, listFrameworkComparison, listFrameworks, listPostsRankingFramework } from '@/lib/data/frameworks';
import { FLAGSHIP_POST_SLUG } from '@/lib/data/frameworks';
import { getFrameworkLogoMediaIdBySlug } from '@/lib/data/feature-images';
import { readMediaRendition } from '@/lib/reader/media';
import { cacheForReaders } from '@/lib/reader/schedule';

/** Every public framework, ranked ones first: the sitemap and the pages built ahead. */
export async function readFrameworks() {
  'use cache';
  await cacheForReaders();
  cacheTag(cacheTags.frameworkIndex);
  const frameworks = await listFrameworks();
  cacheTag(...frameworks.map((framework) => cacheTags.framework(framework.slug)));
  return frameworks;
}

/** /frameworks: the flagship post's ranked frameworks in its order, then the other public ones. */
export async function readFrameworkComparison() {
  'use cache';
  await cacheForReaders();
  // postSlug of the flagship: trashing or restoring it changes what it ranks here.
  cacheTag(cacheTags.frameworkIndex, cacheTags.postSlug(FLAGSHIP_POST_SLUG));
  const comparison = await listFrameworkComparison();
  cacheTag(...[...comparison.ranked, ...comparison.others].map((framework) => cacheTags.framework(framework.slug)));
  return comparison;
}

/** The current slug of a framework once public under `oldSlug`; tagged with both, which a rename or (un)publish invalidates. */
export async function readFrameworkSlugRedirect(oldSlug: string) {
  'use cache';
  await cacheForReaders();
  cacheTag(cacheTags.framework(oldSlug));
  const target = await getFrameworkSlugRedirectTarget(oldSlug);
  if (target) cacheTag(cacheTags.framework(target));
  return target;
}

/** One framework with its neighbours in rank order and the posts that rank it. */
export async function readFramework(slug: string) {
  'use cache';
  await cacheForReaders();
  // postLists too: the page names the public posts that rank it, and publishing,
  // scheduling or trashing a "Top N" post changes that list without touching this framework.
  cacheTag(cacheTags.framework(slug), cacheTags.frameworkIndex, cacheTags.postLists);
  const framework = await getFramework(slug);
  if (!framework) return null;
  const [comparison, rankedIn, logoId] = await Promise.all([listFrameworkComparison(), listPostsRankingFramework(slug), getFrameworkLogoMediaIdBySlug(slug)]);
  const logo = logoId === null ? null : await readMediaRendition(logoId);
  // Previous / next walk the Top 10 in rank order; an unranked framework walks the others, by name.
  const group = comparison.ranked.some((candidate) => candidate.slug === slug) ? comparison.ranked : comparison.others;
  const index = group.findIndex((candidate) => candidate.slug === slug);
  const neighbour = (offset: number) => {
    const other = group[index + offset];
    return other ? { slug: other.slug, name: other.name } : null;
  };
  cacheTag(...rankedIn.map((post) => cacheTags.postSlug(post.slug)));
  return { framework, previous: neighbour(-1), next: neighbour(1), rankedIn, logo };
}
