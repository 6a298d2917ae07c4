import { isCacheFunctionId, type Refusal } from './request-gate';

const MALFORMED: Refusal = { status: 400, message: 'The request body is not a form submission this site can read.' };
const NO_SUCH_ACTION: Refusal = { status: 404, message: 'There is no such action.' };

/** The action ids a no-JavaScript form post names: `$ACTION_ID_<id>`, or `$ACTION_<n>:0` holding `{ "id": … }`. */
function namedActionIds(form: FormData): string[] | null {
  const ids: string[] = [];
  for (const [key, value] of form.entries()) {
    if (key.startsWith('$ACTION_ID_')) ids.push(key.slice('$ACTION_ID_'.length));
    else if (/^\$ACTION_\d+:0$/.test(key)) {
      if (typeof value !== 'string') return null;
      try {
        const reference: unknown = JSON.parse(value);
        const id = (reference as { id?: unknown } | null)?.id;
        if (typeof id !== 'string') return null;
        ids.push(id);
      } catch {
        return null;
      }
    }
  }
  return ids;
}

/**
 * Reads a copy of a Server Action request's body (already bounded by its
 * Content-Length) the way Next.js will, and refuses what would make Next
 * throw a 500 while decoding it: a multipart body that does not parse, a
 * fetch action's text body that is not the JSON React sends, or a form post
 * naming a "use cache" function as its action.
 */
export async function refuseActionBody(request: Request): Promise<Refusal | null> {
  const type = request.headers.get('content-type') ?? '';
  const isFetchAction = request.headers.has('next-action');
  if (type.startsWith('multipart/form-data')) {
    let form: FormData;
    try {
      form = await request.clone().formData();
    } catch {
      return MALFORMED;
    }
    if (isFetchAction) return null;
    const ids = namedActionIds(form);
    if (ids === null) return MALFORMED;
    return ids.some(isCacheFunctionId) ? NO_SUCH_ACTION : null;
  }
  if (!isFetchAction) return null;
  try {
    JSON.parse(await request.clone().text());
    return null;
  } catch {
    return MALFORMED;
  }
}
