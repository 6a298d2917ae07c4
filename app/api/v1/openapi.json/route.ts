import { openApiDocument } from '@/lib/api/openapi';

/** The API's own description needs no key: it says what there is, not what is in it. */
export function GET(): Response {
  return Response.json(openApiDocument, { headers: { 'Cache-Control': 'public, max-age=300' } });
}
