/** The API's front door: where its description is. Needs no key. */
export function GET(): Response {
  return Response.json({ openapi: '/api/v1/openapi.json', keys: 'Admins make keys at /admin/api-keys; send one as Authorization: Bearer <key>.' });
}
