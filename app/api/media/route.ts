import { currentUser, STAFF } from '@/lib/auth/guards';
import { originHost } from '@/lib/http/request-gate';
import { formatBytes, MAX_UPLOAD_BYTES } from '@/lib/media/limits';
import { MediaRefusal } from '@/lib/media/refusal';
import { acceptUpload } from '@/lib/media/upload';

/** Room for the multipart envelope around the largest file allowed. */
const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;

/**
 * Image uploads: the editor's paste and drop (fetch, JSON answers) and the
 * media library's plain form (HTML answers: a redirect back on success, a
 * page with the message otherwise). Outside proxy.ts's matcher, so a 20 MB
 * body is not buffered twice. Bad input answers 4xx naming the field.
 */
export async function POST(request: Request): Promise<Response> {
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json');
  const refuse = (status: number, message: string) => (wantsJson ? Response.json({ field: 'file', error: message }, { status }) : refusalPage(status, message));

  const user = await currentUser();
  if (!user) return wantsJson ? refuse(401, 'Sign in to upload images.') : seeOther('/login');
  if (!STAFF.includes(user.role)) return refuse(403, 'Your account may not upload images.');
  // The session cookie is SameSite=Lax already; a foreign Origin is refused as well.
  const origin = request.headers.get('origin');
  if (origin && originHost(origin) !== request.headers.get('host')) return refuse(403, 'Uploads are accepted from this site only.');

  const length = Number(request.headers.get('content-length'));
  if (!length) return refuse(411, 'File: the upload must state its length.');
  if (length > MAX_BODY_BYTES) return refuse(413, `File is larger than ${formatBytes(MAX_UPLOAD_BYTES)}, the limit.`);

  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refuse(400, 'File is required: send it as a multipart form field named “file”.');
  }
  try {
    const uploaded = await acceptUpload(form.get('file'), user);
    if (wantsJson) return Response.json(uploaded, { status: uploaded.created ? 201 : 200 });
    return seeOther(`${returnPath(form.get('returnTo'))}?uploaded=${uploaded.id}`);
  } catch (error) {
    if (error instanceof MediaRefusal) return refuse(error.status, error.message);
    throw error;
  }
}

/**
 * A relative Location: behind a proxy or on another host name (127.0.0.1 vs
 * localhost) the request URL the server sees is not the one the browser used.
 */
function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path } });
}

/** Only the admin pages that hold an upload form; anything else goes to the library. */
function returnPath(value: FormDataEntryValue | null): string {
  return typeof value === 'string' && /^\/admin\/media(\/\d+)?$/.test(value) ? value : '/admin/media';
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** For the form that works without JavaScript: the message, and the way back. */
function refusalPage(status: number, message: string): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Upload refused</title></head><body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem"><h1>Upload refused</h1><p role="alert">${escapeHtml(message)}</p><p><a href="/admin/media">Back to the media library</a></p></body></html>`;
  return new Response(html, { status, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
