import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';
import { renderSocialCard } from '@/lib/media/social-card';
import { readPost } from '@/lib/reader/posts';
import { site } from '@/lib/site';

type Context = { params: Promise<{ slug: string }> };

/** Rendered once per edit of the post (tagged with it), then served from the cache. */
async function readSocialCard(slug: string): Promise<Uint8Array | null> {
  'use cache';
  cacheLife('max');
  cacheTag(cacheTags.postSlug(slug));
  const found = await readPost(slug);
  return found ? renderSocialCard({ title: found.post.title, section: found.post.categoryName, siteName: site.name }) : null;
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const card = await readSocialCard((await params).slug);
  if (!card) return new Response('No such post.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(card as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400' } });
}
