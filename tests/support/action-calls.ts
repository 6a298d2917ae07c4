import { expect } from 'vitest';

/** How a guarded Server Action ends for a caller with no session, and for one without the role. */
export const REDIRECT_TO_LOGIN = { digest: expect.stringMatching(/^NEXT_REDIRECT;.*;\/login;/) };
export const FORBIDDEN = { digest: 'NEXT_HTTP_ERROR_FALLBACK;403' };

/** The state a form action starts from. */
export const idle = { status: 'idle' as const, values: {}, errors: {} };

/** The FormData a browser posts for these fields; an array posts the field once per item. */
export function form(fields: Record<string, string | number | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(name, String(item));
  return data;
}
