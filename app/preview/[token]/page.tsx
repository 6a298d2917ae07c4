import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { Markdown } from '@/app/_components/markdown';
import { openPreview } from '@/lib/data/previews';
import { formatDateTime, site } from '@/lib/site';
import './preview.css';

// A preview is one person's look at unpublished text: never indexed (proxy.ts also sends X-Robots-Tag), never cached.
export const metadata: Metadata = { title: 'Preview', robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

/**
 * A post before it is published, for someone without an account who has the
 * link (lib/data/previews.ts). Ended links never get here: proxy.ts answers
 * 410 for them, and 308 to the post once it is live.
 */
export default function PreviewPage({ params }: Props) {
  return (
    <Suspense fallback={<p className="container">Loading the preview…</p>}>
      <Preview params={params} />
    </Suspense>
  );
}

async function Preview({ params }: Props) {
  await connection();
  const found = await openPreview((await params).token, { record: true });
  // Ended between the proxy's look and this read: the same as any address that shows nothing.
  if (found.state !== 'preview') notFound();
  return (
    <>
      <div className="preview-banner" role="note" aria-label="Preview">
        <div className="container">
          <strong>Preview</strong> — not published yet{found.fromWorkingCopy ? ', and not saved yet either: these are the author’s latest changes' : ''}. This link works until{' '}
          {formatDateTime(found.expiresAt)}. Please do not share it further.
        </div>
      </div>
      <main className="container preview-main">
        <p className="meta">
          <Link href="/">{site.name}</Link> · {found.categoryName}
        </p>
        <article aria-labelledby="preview-title">
          <header className="article-header">
            <h1 id="preview-title">{found.title || 'Untitled'}</h1>
            <p className="meta">By {found.authorName}</p>
            {found.excerpt && <p className="lede">{found.excerpt}</p>}
          </header>
          <Markdown source={found.body} />
        </article>
      </main>
    </>
  );
}
