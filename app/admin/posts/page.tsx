import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole, STAFF } from '@/lib/auth/guards';
import { canManageTrash } from '@/lib/auth/post-policy';
import { ADMIN_POSTS_PER_PAGE, listAdminPosts, listAuthorChoices, listCategoryChoices, POST_STATES, type PostState } from '@/lib/data/post-admin-list';
import { parsePositiveInt } from '@/lib/forms/ids';
import { adminPostPaths } from '@/lib/paths';
import { formatDate, formatDateTime } from '@/lib/site';
import { emptyTrashAction, restoreFromTrashAction } from './actions';

// Rendered whole on request, blocking, as every admin page is (app/admin/layout.tsx); Next's dev-only instant-navigation check does not apply.
export const instant = false;

export const metadata: Metadata = { title: 'Posts' };

const STATE_LABELS: Record<PostState, string> = { draft: 'Draft', scheduled: 'Scheduled', published: 'Published', trash: 'Trash' };

type SearchParams = { state?: string; category?: string; author?: string; q?: string; page?: string; trashed?: string };
type Props = { searchParams: Promise<SearchParams> };

function listHref(params: SearchParams, change: Partial<SearchParams>): string {
  const merged = { ...params, ...change, trashed: undefined };
  const query = new URLSearchParams(Object.entries(merged).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));
  const text = query.toString();
  return text ? `${adminPostPaths.list()}?${text}` : adminPostPaths.list();
}

/** One labelled filter menu of the GET form; the empty choice means "any". */
function FilterSelect({ name, label, allLabel, choices, selected }: { name: string; label: string; allLabel: string; choices: Array<{ id: number; name: string }>; selected?: number }) {
  return (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={String(selected ?? '')}>
        <option value="">{allLabel}</option>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.name}
          </option>
        ))}
      </select>
    </div>
  );
}

export default async function AdminPostsPage({ searchParams }: Props) {
  const user = await requireRole(...STAFF);
  const params = await searchParams;
  const state = POST_STATES.find((candidate) => candidate === params.state);
  const page = parsePositiveInt(params.page) ?? 1;
  // Authors see their own posts only; the filter is forced, not offered.
  const authorId = user.role === 'author' ? user.id : parsePositiveInt(params.author) ?? undefined;
  // A repeated ?q= arrives as an array; only a single string is a search.
  const query = typeof params.q === 'string' ? params.q.slice(0, 200) : undefined;
  const filter = { state, categoryId: parsePositiveInt(params.category) ?? undefined, authorId, query, page };
  const [{ items, total }, categoryChoices, authorChoices] = await Promise.all([listAdminPosts(filter), listCategoryChoices(), listAuthorChoices()]);
  const pageCount = Math.max(1, Math.ceil(total / ADMIN_POSTS_PER_PAGE));
  const inTrash = state === 'trash';

  return (
    <>
      <div className="admin-heading">
        <h1>Posts</h1>
        <Link href={adminPostPaths.create()} className="button">
          New post
        </Link>
      </div>
      {params.trashed && (
        <p className="notice notice-success" role="status">
          The post was moved to the trash.
        </p>
      )}
      <nav aria-label="Post status" className="pagination">
        <Link href={listHref(params, { state: undefined, page: undefined })} aria-current={!state ? 'page' : undefined}>
          All
        </Link>
        {POST_STATES.map((key) => (
          <Link key={key} href={listHref(params, { state: key, page: undefined })} aria-current={key === state ? 'page' : undefined}>
            {STATE_LABELS[key]}
          </Link>
        ))}
      </nav>
      <form method="get" action={adminPostPaths.list()} className="admin-filters" role="search" aria-label="Filter posts">
        {state && <input type="hidden" name="state" value={state} />}
        <div className="field">
          <label htmlFor="filter-q">Search</label>
          <input id="filter-q" name="q" type="search" defaultValue={query ?? ''} maxLength={200} />
        </div>
        <FilterSelect name="category" label="Category" allLabel="All categories" choices={categoryChoices} selected={filter.categoryId} />
        {user.role !== 'author' && <FilterSelect name="author" label="Author" allLabel="All authors" choices={authorChoices} selected={filter.authorId} />}
        <button type="submit" className="button">
          Filter
        </button>
      </form>
      <p className="meta" role="status">
        {total === 0 ? 'No posts match.' : `${total} post${total === 1 ? '' : 's'}; page ${page} of ${pageCount}.`}
      </p>
      {inTrash && canManageTrash(user) && total > 0 && (
        <form action={emptyTrashAction}>
          <button type="submit" className="button button-danger">
            Empty trash (delete {total} post{total === 1 ? '' : 's'} for good)
          </button>
        </form>
      )}
      {items.length > 0 && (
        <div className="table-scroll">
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Status</th>
                <th scope="col">Author</th>
                <th scope="col">Category</th>
                <th scope="col">Last update</th>
              </tr>
            </thead>
            <tbody>
              {items.map((post) => (
                <tr key={post.id}>
                  <th scope="row">
                    {inTrash ? post.title : <Link href={adminPostPaths.edit(post.id)}>{post.title}</Link>}
                    {inTrash && canManageTrash(user) && (
                      <form action={restoreFromTrashAction} className="inline-form">
                        <input type="hidden" name="id" value={post.id} />
                        <button type="submit" className="link-button">
                          Restore<span className="visually-hidden"> {post.title}</span>
                        </button>
                      </form>
                    )}
                  </th>
                  <td>
                    <span className={`pill state-${post.state}`}>{STATE_LABELS[post.state]}</span>
                    {post.state === 'scheduled' && post.publishedAt && (
                      <>
                        {' '}
                        <time dateTime={post.publishedAt.toISOString()}>{formatDateTime(post.publishedAt)}</time>
                      </>
                    )}
                  </td>
                  <td>{post.authorName}</td>
                  <td>{post.categoryName}</td>
                  <td>
                    <time dateTime={post.updatedAt.toISOString()}>{formatDate(post.updatedAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pageCount > 1 && (
        <nav aria-label="Pages" className="pagination">
          {page > 1 && <Link href={listHref(params, { page: String(page - 1) })}>Previous</Link>}
          {page < pageCount && <Link href={listHref(params, { page: String(page + 1) })}>Next</Link>}
        </nav>
      )}
    </>
  );
}
