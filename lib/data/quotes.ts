import 'server-only';
import { desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { quoteRequests } from '@/db/schema';
import type { QuoteRequestInput } from '@/lib/validation/quote';

/**
 * Quote requests per connection and per address. People ask for a quote a few
 * times a year; a scanner posts hundreds a minute.
 */
export const QUOTE_RATE_LIMIT = { windowSeconds: 60 * 60, perIp: 5, perEmail: 3 } as const;

export async function createQuoteRequest(input: QuoteRequestInput): Promise<{ id: number }> {
  const [row] = await db.insert(quoteRequests).values(input).returning({ id: quoteRequests.id });
  return row!;
}

export interface QuoteRequestRow {
  id: number;
  name: string;
  email: string;
  company: string;
  message: string;
  createdAt: Date;
  handledAt: Date | null;
}

export const QUOTES_PER_PAGE = 20;

/** Open requests first (oldest first, so none waits forever), then handled ones, newest first. */
export async function listQuoteRequests(filter: 'open' | 'handled' | 'all', page = 1): Promise<{ items: QuoteRequestRow[]; total: number }> {
  const where = filter === 'open' ? isNull(quoteRequests.handledAt) : filter === 'handled' ? isNotNull(quoteRequests.handledAt) : undefined;
  const rows = await db
    .select({
      id: quoteRequests.id,
      name: quoteRequests.name,
      email: quoteRequests.email,
      company: quoteRequests.company,
      message: quoteRequests.message,
      createdAt: quoteRequests.createdAt,
      handledAt: quoteRequests.handledAt,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(quoteRequests)
    .where(where)
    .orderBy(sql`${quoteRequests.handledAt} is not null`, sql`case when ${quoteRequests.handledAt} is null then ${quoteRequests.createdAt} end asc`, desc(quoteRequests.createdAt))
    .limit(QUOTES_PER_PAGE)
    .offset((page - 1) * QUOTES_PER_PAGE);
  return { items: rows.map(({ total: _total, ...row }) => row), total: rows[0]?.total ?? 0 };
}

/** Marks a request handled (or open again); false when there is no such request. */
export async function setQuoteHandled(id: number, handled: boolean): Promise<boolean> {
  const updated = await db
    .update(quoteRequests)
    .set({ handledAt: handled ? sql`now()` : null })
    .where(eq(quoteRequests.id, id))
    .returning({ id: quoteRequests.id });
  return updated.length > 0;
}
