import { db } from '@/db/client';
import { quoteRequests } from '@/db/schema';
import type { QuoteRequestInput } from '@/lib/validation/quote';

export async function createQuoteRequest(input: QuoteRequestInput): Promise<{ id: number }> {
  const [row] = await db.insert(quoteRequests).values(input).returning({ id: quoteRequests.id });
  return row!;
}
