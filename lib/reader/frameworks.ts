import { cacheTag } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';
import { getFramework, listFrameworks, listPostsRankingFramework } from '@/lib/data/frameworks';
import { getFrameworkLogoMediaIdBySlug } from '@/lib/data/feature-images';
import { readMediaRendition } from '@/lib/reader/media';
import { cacheForReaders } from '@/lib/reader/schedule';

export async function readFrameworks() {
  'use cache';
  await cacheForReaders();
  cacheTag(cacheTags.frameworkIndex);
  const frameworks = await listFrameworks();
  cacheTag(...frameworks.map((framework) => cacheTags.framework(framework.slug)));
  return frameworks;
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
  const [all, rankedIn, logoId] = await Promise.all([listFrameworks(), listPostsRankingFramework(slug), getFrameworkLogoMediaIdBySlug(slug)]);
  const logo = logoId === null ? null : await readMediaRendition(logoId);
  const index = all.findIndex((candidate) => candidate.slug === slug);
  const neighbour = (offset: number) => {
    const other = all[index + offset];
    return other ? { slug: other.slug, name: other.name } : null;
  };
  cacheTag(...rankedIn.map((post) => cacheTags.postSlug(post.slug)));
  return { framework, previous: neighbour(-1), next: neighbour(1), rankedIn, logo };
}
