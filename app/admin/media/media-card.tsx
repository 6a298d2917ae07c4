import Link from 'next/link';
import type { MediaItem } from '@/lib/data/media';
import { formatBytes } from '@/lib/media/limits';
import { mediaFileUrl } from '@/lib/media/urls';
import { formatDate } from '@/lib/site';

/** One image in the library grid: thumbnail and the facts an editor scans for. */
export function MediaCard({ image }: { image: MediaItem }) {
  const thumbWidth = image.widths[0] ?? image.width;
  const thumbHeight = Math.round((image.height * thumbWidth) / image.width);
  return (
    <li className="media-card">
      {/* Not a link: the file name below is, and a thumbnail without alt text would make a link with no name. */}
      <div className="media-thumb">
        {/* eslint-disable-next-line @next/next/no-img-element -- our own immutable variants, already sized */}
        <img src={mediaFileUrl(image.hash, `${thumbWidth}.${image.hasAvif ? 'webp' : image.fallback}`)} width={thumbWidth} height={thumbHeight} alt={image.altText} loading="lazy" decoding="async" />
      </div>
      <h2 className="media-card-title">
        <Link href={`/admin/media/${image.id}`}>{image.fileName}</Link>
      </h2>
      <dl className="media-facts">
        <dt>Size</dt>
        <dd>
          {formatBytes(image.byteSize)} · {image.width} × {image.height}
        </dd>
        <dt>Uploaded</dt>
        <dd>
          {formatDate(image.createdAt)} by {image.uploaderName ?? 'a removed account'}
        </dd>
        <dt>Alt text</dt>
        <dd className={image.altText ? undefined : 'media-missing-alt'}>{image.altText ? 'Set' : 'Missing'}</dd>
        <dt>Used in</dt>
        <dd>{image.usageCount === 0 ? 'Nothing' : `${image.usageCount} place${image.usageCount === 1 ? '' : 's'}`}</dd>
      </dl>
    </li>
  );
}
