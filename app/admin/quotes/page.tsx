import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { listQuoteRequests } from '@/lib/data/quotes';
import { formatDate } from '@/lib/site';
import { setQuoteHandledAction } from './actions';

// Rendered whole on request, blocking, as every admin page is (app/admin/layout.tsx); Next's dev-only instant-navigation check does not apply.
export const instant = false;

export const metadata: Metadata = { title: 'Quote requests' };

const FILTERS = { open: 'Open', handled: 'Handled', all: 'All' } as const;
type Filter = keyof typeof FILTERS;

type Props = { searchParams: Promise<{ show?: string }> };

export default async function QuoteRequestsPage({ searchParams }: Props) {
  await requireRole('admin', 'editor');
  const requested = (await searchParams).show;
  const filter: Filter = requested === 'handled' || requested === 'all' ? requested : 'open';
  const { items, total } = await listQuoteRequests(filter);
  return (
    <>
      <h1>Quote requests</h1>
      <nav aria-label="Filter quote requests" className="pagination">
        {Object.entries(FILTERS).map(([key, label]) => (
          <Link key={key} href={`/admin/quotes?show=${key}`} aria-current={key === filter ? 'page' : undefined}>
            {label}
          </Link>
        ))}
      </nav>
      <p className="meta" role="status">
        {total === 0 ? 'No requests here.' : `${total} ${FILTERS[filter].toLowerCase()} request${total === 1 ? '' : 's'}${total > items.length ? `, the first ${items.length} shown` : ''}.`}
      </p>
      <ul className="post-list">
        {items.map((quote) => (
          <li key={quote.id}>
            <article className="post-card" aria-labelledby={`quote-${quote.id}`}>
              <h2 id={`quote-${quote.id}`}>
                {quote.name}
                {quote.company && <span className="meta"> · {quote.company}</span>}
              </h2>
              <p className="meta">
                <a href={`mailto:${quote.email}`}>{quote.email}</a> · received {formatDate(quote.createdAt)}
                {quote.handledAt && ` · handled ${formatDate(quote.handledAt)}`}
              </p>
              <p className="quote-message">{quote.message}</p>
              <form action={setQuoteHandledAction}>
                <input type="hidden" name="id" value={quote.id} />
                <input type="hidden" name="handled" value={quote.handledAt ? 'false' : 'true'} />
                <button type="submit" className="button">
                  {quote.handledAt ? 'Reopen' : 'Mark handled'}
                  <span className="visually-hidden"> the request from {quote.name}</span>
                </button>
              </form>
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}
