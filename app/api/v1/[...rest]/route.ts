import { apiError } from '@/lib/api/respond';

/** Any other address under /api/v1 answers in the API's own error shape, not with the site's HTML 404. */
export function GET(): Response {
  return apiError(404, 'not_found', 'No such API address. The list of addresses is at /api/v1/openapi.json.');
}
export const HEAD = GET;
