'use server';

import { headers } from 'next/headers';
import { AuthError } from 'next-auth';
import { z } from 'zod';
import { authenticate, checkSecondFactor } from '@/lib/auth/authenticate';
import { signIn } from '@/lib/auth/config';
import { publicAction, STATE_AND_FORM } from '@/lib/auth/define-action';
import { issueTicket, readTicket } from '@/lib/auth/sign-in-ticket';
import { clientIp } from '@/lib/client-ip';
import { isDatabaseUnavailable } from '@/lib/data/pg-errors';
import { getSignInUser } from '@/lib/data/users';
import { fieldErrors, readFields, type FormState } from '@/lib/forms/form-state';
import { callbackFromPage, safeCallbackPath, signInSchema } from '@/lib/validation/sign-in';

export type SignInState = FormState<'email' | 'password' | 'code'> & {
  /** 'code': the password was right and the account has two-factor sign-in; the form asks for the code. */
  step?: 'code';
  /** Proof of the right password for the code step (lib/auth/sign-in-ticket.ts), valid five minutes. */
  ticket?: string;
};

const SIGN_IN_UNAVAILABLE = 'Signing in is not possible right now: the site cannot reach its database. Please try again in a minute or two.';
const RATE_LIMITED = 'Too many failed sign-in attempts. Please wait 15 minutes before trying again.';
const codeSchema = z.object({
  code: z.string().trim().min(1, 'Code is required.').max(40, 'Code is too long: enter the six digits from your app, or a recovery code.'),
});

/**
 * Signing in, in one or two steps through this one action, so it works the same without
 * JavaScript: the e-mail and password, then for an account with two-factor sign-in the code
 * from the app (or a recovery code). Each step counts against the same rate limits.
 */
export const signInAction = publicAction(
  { reason: 'how a session is obtained; validated, and every step rate-limited per account and IP', input: STATE_AND_FORM },
  async (_previous, formData): Promise<SignInState> => {
    const requestHeaders = await headers();
    // The page's own address says where to go, so it holds before the form's script has run, or without one.
    const redirectTo = safeCallbackPath(callbackFromPage(requestHeaders.get('referer')) ?? formData.get('callbackUrl'));
    const ip = clientIp(requestHeaders);
    try {
      return formData.has('ticket') ? await codeStep(formData, ip, redirectTo) : await passwordStep(formData, ip, redirectTo);
    } catch (error) {
      // Auth.js wraps what its callback threw; a database outage is not a wrong password (decision 016).
      if (isDatabaseUnavailable(error)) return { status: 'error', values: { email: readFields(formData, ['email']).email }, errors: {}, message: SIGN_IN_UNAVAILABLE };
      // signIn redirects by throwing; only its own errors are answered here.
      if (!(error instanceof AuthError)) throw error;
      return { status: 'error', values: {}, errors: {}, message: 'Signing in did not finish. Please enter your e-mail and password again.' };
    }
  },
);

async function passwordStep(formData: FormData, ip: string | null, redirectTo: string): Promise<SignInState> {
  const values = readFields(formData, ['email', 'password'] as const);
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) return { status: 'error', values: { email: values.email }, errors: fieldErrors(parsed.error) };
  const checked = await authenticate(parsed.data.email, parsed.data.password, ip);
  if (!checked.ok) {
    return { status: 'error', values: { email: values.email }, errors: {}, message: checked.reason === 'rate_limited' ? RATE_LIMITED : 'Wrong e-mail or password.' };
  }
  if (checked.hasTwoFactor) return { status: 'idle', step: 'code', ticket: issueTicket(checked.user.id, 'second-factor'), values: { email: values.email }, errors: {} };
  return finishSignIn(checked.user.id, redirectTo);
}

async function codeStep(formData: FormData, ip: string | null, redirectTo: string): Promise<SignInState> {
  const ticket = formData.get('ticket');
  const userId = readTicket(ticket, 'second-factor');
  const user = userId === null ? null : await getSignInUser(userId);
  if (!user) return { status: 'error', values: {}, errors: {}, message: 'The sign-in took longer than five minutes. Please enter your e-mail and password again.' };
  const again = (errors: SignInState['errors'], message?: string): SignInState => ({ status: 'error', step: 'code', ticket: String(ticket), values: { email: user.email }, errors, message });
  const parsed = codeSchema.safeParse(readFields(formData, ['code']));
  if (!parsed.success) return again(fieldErrors(parsed.error));
  const checked = await checkSecondFactor(user, parsed.data.code, ip);
  if (!checked.ok) {
    return checked.reason === 'rate_limited'
      ? { status: 'error', values: { email: user.email }, errors: {}, message: RATE_LIMITED }
      : again({ code: 'That code is wrong or was used already. Enter the newest code your app shows, or one of your recovery codes.' });
  }
  return finishSignIn(user.id, checked.usedRecoveryCode ? `/admin/account?recovery-code=used#two-factor` : redirectTo);
}

/** Every factor checked: Auth.js opens the session from a ticket only the server holds, and redirects (by throwing). */
async function finishSignIn(userId: number, redirectTo: string): Promise<SignInState> {
  await signIn('credentials', { ticket: issueTicket(userId, 'complete'), redirectTo });
  return { status: 'success', values: {}, errors: {} };
}
