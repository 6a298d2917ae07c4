import { readRankingDocument } from '@/lib/api/documents';
import { documentRoute } from '@/lib/api/route';

/** The flagship “Top 10” post’s ranking, in its order, each entry with the whole framework. */
export const GET = documentRoute(readRankingDocument);
export const HEAD = GET;
