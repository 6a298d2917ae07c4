import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole, STAFF } from '@/lib/auth/guards';
import { mediaScopeOf } from '@/lib/auth/media-policy';
import { listMedia } from '@/lib/data/media';
import { parsePositiveInt } from '@/lib/forms/ids';
import { MediaCard } from './media-card';
import { UploadForm } from './upload-form';
import './media.css';

// Rendered whole on request, blocking, as every admin page is (app/admin/layout.tsx); Next's dev-only instant-navigation check does not apply.
export const instant = false;

export const metadata: Metadata = { title: 'Media library' };

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string; missing?: string; uploaded?: string; deleted?: string }> };

function libraryHref(query: string, missingAlt: boolean, page: number): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (missingAlt) params.set('missing', 'alt');
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `/admin/media?${search}` : '/admin/media';
}

export default async function MediaLibraryPage({ searchParams }: Props) {
  const user = await requireRole(...STAFF);
  const params = await searchParams;
  // Control characters (a NUL above all) cannot reach PostgreSQL text; they never match a name anyway.
  const query = (Array.isArray(params.q) ? params.q[0] : params.q)?.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200) ?? '';
  const missingAlt = params.missing === 'alt';
  const page = parsePositiveInt(params.page ?? '1') ?? 1;
  const { items, total, pageCount } = await listMedia({ uploaderId: mediaScopeOf(user), query, missingAlt }, page);
  const uploadedId = parsePositiveInt(params.uploaded ?? '');

  return (
    <>
      <h1>Media library</h1>
      {uploadedId && (
        <p className="notice notice-success" role="status">
          Image uploaded. <Link href={`/admin/media/${uploadedId}`}>Add its alt text</Link> so posts using it can be published.
        </p>
      )}
      {params.deleted && (
        <p className="notice notice-success" role="status">
          Deleted {params.deleted}.
        </p>
      )}
      <UploadForm />
      <form method="get" action="/admin/media" className="media-search" role="search">
        <label htmlFor="media-q">Search images</label>
        <input id="media-q" type="search" name="q" defaultValue={query} placeholder="File name, alt text or caption" />
        <label className="checkbox">
          <input type="checkbox" name="missing" value="alt" defaultChecked={missingAlt} /> Only images without alt text
        </label>
        <button type="submit" className="button">
          Search
        </button>
      </form>
      <p className="meta" role="status">
        {total === 0 ? 'No images here yet.' : `${total} image${total === 1 ? '' : 's'}${user.role === 'author' ? ' uploaded by you' : ''}.`}
      </p>
      <ul className="media-grid">
        {items.map((image) => (
          <MediaCard key={image.id} image={image} />
        ))}
      </ul>
      {pageCount > 1 && (
        <nav aria-label="Pages of images" className="pagination">
          {page > 1 && <Link href={libraryHref(query, missingAlt, page - 1)}>Previous</Link>}
          <span>
            Page {page} of {pageCount}
          </span>
          {page < pageCount && <Link href={libraryHref(query, missingAlt, page + 1)}>Next</Link>}
        </nav>
      )}
    </>
  );
}
