'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { currentPasswordRefusal } from '@/lib/auth/authenticate';
import { FORM, STATE_AND_FORM, staffAction } from '@/lib/auth/define-action';
import { STAFF } from '@/lib/auth/guards';
import { forgetShownRecoveryCodes, showRecoveryCodesOnce } from '@/lib/auth/recovery-codes-cookie';
import { seal, unseal } from '@/lib/auth/sealed';
import { newRecoveryCodes, newTotpSecret, recoveryCodeHash, totpStepOf } from '@/lib/auth/totp';
import { clientIp } from '@/lib/client-ip';
import { confirmTwoFactorSetup, getSiteSecurity, getTwoFactorState, replaceRecoveryCodes, startTwoFactorSetup, turnOffTwoFactor } from '@/lib/data/two-factor';
import { fieldErrors, readFields, type FormState } from '@/lib/forms/form-state';
import { headers } from 'next/headers';

/** What a two-factor form answers when it is refused; on success each redirects to the page that says what changed. */
export type TwoFactorFormState = FormState<'code' | 'currentPassword'>;

/** An outage keeps nothing to type back here (codes and passwords are never sent back), but still answers in the page, not with a 500. */
const unavailable = (message: string): TwoFactorFormState => ({ status: 'error', values: {}, errors: {}, message });
const SETUP = { roles: STAFF, duringTwoFactorSetup: true } as const;
const codeSchema = z.object({ code: z.string().trim().min(1, 'Code is required.').max(40, 'Code is too long: enter the six digits your app shows.') });
const passwordSchema = z.object({ currentPassword: z.string().min(1, 'Current password is required.').max(2000, 'Current password is wrong.') });

/** Makes a new secret for the QR code on the page; nothing changes at sign-in until a code confirms it. */
export const startTwoFactorSetupAction = staffAction({ ...SETUP, input: FORM }, async (user): Promise<void> => {
  await startTwoFactorSetup(user.id, seal(newTotpSecret()));
  redirect('/admin/account?two-factor=scan#two-factor');
});

/** The first code from the app proves it holds the secret: two-factor sign-in is on, and ten recovery codes are shown once. */
export const confirmTwoFactorSetupAction = staffAction({ ...SETUP, input: STATE_AND_FORM, unavailable }, async (user, _previous, formData): Promise<TwoFactorFormState> => {
  const parsed = codeSchema.safeParse(readFields(formData, ['code']));
  if (!parsed.success) return { status: 'error', values: {}, errors: fieldErrors(parsed.error) };
  const state = await getTwoFactorState(user.id);
  const pending = state?.sealedPendingSecret ?? null;
  const secret = pending ? unseal(pending) : null;
  if (!pending || !secret) return { status: 'error', values: {}, errors: {}, message: 'Start the set-up again: there is no QR code waiting for a code.' };
  const step = totpStepOf(secret, parsed.data.code);
  if (step === null) return { status: 'error', values: {}, errors: { code: 'That code does not match. Enter the code your app shows now for this site.' } };
  const codes = newRecoveryCodes();
  if (!(await confirmTwoFactorSetup(user.id, pending, step, codes.map(recoveryCodeHash)))) {
    return { status: 'error', values: {}, errors: {}, message: 'The set-up was started again elsewhere. Scan the new QR code.' };
  }
  await showRecoveryCodesOnce(user.id, codes);
  redirect('/admin/account?two-factor=on#two-factor');
});

/** The current password confirms it is really them, through sign-in's own check and rate limits. */
async function confirmIdentity(user: { email: string }, formData: FormData): Promise<TwoFactorFormState | null> {
  const parsed = passwordSchema.safeParse(readFields(formData, ['currentPassword']));
  if (!parsed.success) return { status: 'error', values: {}, errors: fieldErrors(parsed.error) };
  const wrong = await currentPasswordRefusal(user.email, parsed.data.currentPassword, clientIp(await headers()));
  return wrong && { status: 'error', values: {}, errors: wrong.currentPassword ? { currentPassword: wrong.currentPassword } : {}, message: wrong.message };
}

/** New recovery codes replace every earlier one (used or not); shown once. */
export const newRecoveryCodesAction = staffAction({ roles: STAFF, input: STATE_AND_FORM, unavailable }, async (user, _previous, formData): Promise<TwoFactorFormState> => {
  const refused = await confirmIdentity(user, formData);
  if (refused) return refused;
  if (!(await getTwoFactorState(user.id))?.enabled) return { status: 'error', values: {}, errors: {}, message: 'Two-factor sign-in is off: there are no recovery codes to replace.' };
  const codes = newRecoveryCodes();
  await replaceRecoveryCodes(user.id, codes.map(recoveryCodeHash));
  await showRecoveryCodesOnce(user.id, codes);
  redirect('/admin/account?two-factor=new-codes#two-factor');
});

/** Turning it off needs the current password, and is refused while the site requires it of the person's role. */
export const turnOffTwoFactorAction = staffAction({ roles: STAFF, input: STATE_AND_FORM, unavailable }, async (user, _previous, formData): Promise<TwoFactorFormState> => {
  if (user.role !== 'author' && (await getSiteSecurity()).requireTwoFactorForEditors) {
    return { status: 'error', values: {}, errors: {}, message: 'This site requires two-factor sign-in for admins and editors, so it stays on. Make new recovery codes if you lost yours.' };
  }
  const refused = await confirmIdentity(user, formData);
  if (refused) return refused;
  await turnOffTwoFactor(user.id, user.id);
  refresh();
  return { status: 'success', values: {}, errors: {}, message: 'Two-factor sign-in is off. You sign in with your password alone.' };
});

/** "I have saved them": the codes leave the page for good. */
export const dismissRecoveryCodesAction = staffAction({ ...SETUP, input: FORM }, async (): Promise<void> => {
  await forgetShownRecoveryCodes();
  redirect('/admin/account#two-factor');
});
