import { NextResponse } from 'next/server';
import { openPreview } from '@/lib/data/previews';
import { paths } from '@/lib/paths';
import { STATUS_PAGE_POLICY, statusPage } from '@/lib/server/status-page.mjs';

const PREVIEW_PATH = /^\/preview\/([^/]+)$/;

/** A preview is one person's look at unpublished text: no cache keeps it, no search engine lists it. */
export const PREVIEW_HEADERS = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex, nofollow' } as const;

export const PREVIEW_GONE_PAGE = statusPage({
  title: 'This preview has ended',
  paragraphs: [
    'The link you followed showed a post before it was published. It has expired, or its author has withdrawn it.',
    'If you still need to see it, ask the person who sent you the link for a new one.',
  ],
  link: { href: '/', text: 'Read what is published on the home page' },
});

export function isPreviewPath(pathname: string): boolean {
  return PREVIEW_PATH.test(pathname);
}

/**
 * The statuses a page cannot give itself (decision 017): a link that has
 * ended answers 410 with a friendly page, one whose post is now live a 308 to
 * it. Null when the preview is showing: the page renders it.
 */
export async function previewGate(pathname: string, requestUrl: string): Promise<NextResponse | null> {
  const token = PREVIEW_PATH.exec(pathname)?.[1] ?? '';
  const found = await openPreview(token, { record: false });
  if (found.state === 'preview') return null;
  if (found.state === 'published') {
    const moved = NextResponse.redirect(new URL(paths.post(found.slug), requestUrl), 308);
    for (const [name, value] of Object.entries(PREVIEW_HEADERS)) moved.headers.set(name, value);
    return moved;
  }
  return new NextResponse(PREVIEW_GONE_PAGE, {
    status: 410,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      ...PREVIEW_HEADERS,
      'Content-Security-Policy': STATUS_PAGE_POLICY,
    },
  });
}
