import { readAuthorListDocument } from '@/lib/api/documents';
import { documentRoute } from '@/lib/api/route';

/** Everyone with a public post, most recently active first. */
export const GET = documentRoute(readAuthorListDocument);
export const HEAD = GET;
