'use server';

import { headers } from 'next/headers';
import { AuthError } from 'next-auth';
import { signIn } from '@/lib/auth/config';
import { isDatabaseUnavailable } from '@/lib/data/pg-errors';
import { fieldErrors, readFields, type FormState, requireFormData } from '@/lib/forms/form-state';
import { callbackFromPage, safeCallbackPath, signInSchema } from '@/lib/validation/sign-in';

export type SignInState = FormState<'email' | 'password'>;

const SIGN_IN_UNAVAILABLE = 'Signing in is not possible right now: the site cannot reach its database. Please try again in a minute or two.';

/** Public by nature: it is how a session is obtained. Validation and rate limits guard it. */
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  requireFormData(formData);
  const values = readFields(formData, ['email', 'password'] as const);
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) return { status: 'error', values: { email: values.email }, errors: fieldErrors(parsed.error) };
  try {
    // The page's own address says where to go, so it holds before the form's script has run, or without one.
    const requested = callbackFromPage((await headers()).get('referer')) ?? formData.get('callbackUrl');
    await signIn('credentials', { ...parsed.data, redirectTo: safeCallbackPath(requested) });
  } catch (error) {
    // Auth.js wraps what its callback threw; a database outage is not a wrong password (decision 016).
    if (isDatabaseUnavailable(error)) return { status: 'error', values: { email: values.email }, errors: {}, message: SIGN_IN_UNAVAILABLE };
    // signIn redirects by throwing; only its own errors are answered here.
    if (!(error instanceof AuthError)) throw error;
    const rateLimited = 'code' in error && error.code === 'rate_limited';
    return {
      status: 'error',
      values: { email: values.email },
      errors: {},
      message: rateLimited
        ? 'Too many failed sign-in attempts. Please wait 15 minutes before trying again.'
        : 'Wrong e-mail or password.',
    };
  }
  return { status: 'success', values: {}, errors: {} };
}
