import { readRssFeed } from '@/lib/reader/feed';

export async function GET(): Promise<Response> {
  return new Response(await readRssFeed(), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
