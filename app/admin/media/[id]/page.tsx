import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { requireRole, STAFF } from '@/lib/auth/guards';
import { canManageMedia } from '@/lib/auth/media-policy';
import { getMediaItem, listMediaUsage } from '@/lib/data/media';
import { parsePositiveInt } from '@/lib/forms/ids';
import { formatBytes } from '@/lib/media/limits';
import { markdownUrlOf } from '@/lib/media/upload';
import { adminFrameworkPaths, adminPostPaths, paths } from '@/lib/paths';
import { formatDate } from '@/lib/site';
import { MediaPicture } from '@/app/_components/media-picture';
import { DeleteMediaForm, MediaTextForm } from './media-forms';
import '../media.css';

// Rendered whole on request, blocking, as every admin page is (app/admin/layout.tsx); Next's dev-only instant-navigation check does not apply.
export const instant = false;

export const metadata: Metadata = { title: 'Image' };

type Props = { params: Promise<{ id: string }> };

export default async function MediaItemPage({ params }: Props) {
  const user = await requireRole(...STAFF);
  const id = parsePositiveInt((await params).id);
  const image = id === null ? null : await getMediaItem(id);
  if (!image) notFound();
  if (!canManageMedia(user, image)) forbidden();
  const usage = await listMediaUsage(image.id, image.hash);
  const markdown = `![](${markdownUrlOf(image)})`;

  return (
    <>
      <p>
        <Link href="/admin/media">← Media library</Link>
      </p>
      <h1>{image.fileName}</h1>
      <div className="media-detail">
        <div>
          <MediaPicture image={image} alt={image.altText} sizes="(max-width: 800px) 100vw, 50vw" />
          <p className="meta">
            {formatBytes(image.byteSize)} {image.format.toUpperCase()} · {image.width} × {image.height} · uploaded {formatDate(image.createdAt)} by {image.uploaderName ?? 'a removed account'}
          </p>
          <div className="field">
            <label htmlFor="media-markdown">Markdown</label>
            <span id="media-markdown-hint" className="field-hint">
              Paste into a post or framework article. Readers get a responsive picture in AVIF, WebP and {image.fallback.toUpperCase()}.
            </span>
            <input id="media-markdown" className="media-markdown" readOnly value={markdown} aria-describedby="media-markdown-hint" />
          </div>
        </div>
        <div>
          <MediaTextForm id={image.id} altText={image.altText} caption={image.caption} />
          <h2>Used in</h2>
          {usage.length === 0 ? (
            <p>Nothing uses this image.</p>
          ) : (
            <ul>
              {usage.map((use) => (
                <li key={`${use.kind}-${use.id}-${use.as}`}>
                  <Link href={use.kind === 'post' ? adminPostPaths.edit(use.id) : use.kind === 'framework' ? adminFrameworkPaths.edit(use.id) : paths.author(use.slug)}>{use.title}</Link> ({use.kind}, {use.as}
                  {use.trashed ? ', in the trash' : ''})
                </li>
              ))}
            </ul>
          )}
          <h2>Delete</h2>
          <p className="field-hint">An image something still uses cannot be deleted.</p>
          <DeleteMediaForm id={image.id} fileName={image.fileName} />
        </div>
      </div>
    </>
  );
}
