'use server';

import { refresh } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { STATE_AND_FORM, staffAction } from '@/lib/auth/define-action';
import { hashPassword } from '@/lib/auth/password';
import { changeUserRole, createUserWithAudit, resetUserPassword, setUserDisabled, type UserChangeResult } from '@/lib/data/user-management';
import { DuplicateEmailError } from '@/lib/data/users';
import { fieldErrors, readFields, type FormState } from '@/lib/forms/form-state';
import { newUserSchema, passwordResetSchema, roleChangeSchema, userIdSchema, type NewUserField } from '@/lib/validation/user';

export type CreateUserState = FormState<NewUserField>;
export type RoleFormState = FormState<'role'>;
export type StatusFormState = FormState<never>;
export type PasswordFormState = FormState<'password'>;

const NEW_USER_FIELDS = ['name', 'email', 'role', 'password'] as const satisfies readonly NewUserField[];
const CORRECT_FIELDS = 'Please correct the highlighted fields.';
const LAST_ADMIN = 'This is the last active admin. Make someone else an admin first, so the site always has one.';

/** The account a form acts on, from its hidden `id`; anything else is a 404. */
function targetId(formData: FormData): number {
  const parsed = userIdSchema.safeParse(formData.get('id'));
  if (!parsed.success) notFound();
  return parsed.data;
}

function changed(result: UserChangeResult): result is Extract<UserChangeResult, { ok: true }> {
  if (!result.ok && result.reason === 'not_found') notFound();
  return result.ok;
}

export const createUserAction = staffAction({ roles: ['admin'], input: STATE_AND_FORM }, async (admin, _previous, formData): Promise<CreateUserState> => {
  const typed = readFields(formData, NEW_USER_FIELDS);
  // The password is never sent back into the page.
  const values = { ...typed, password: '' };
  const parsed = newUserSchema.safeParse(typed);
  if (!parsed.success) return { status: 'error', values, errors: fieldErrors(parsed.error), message: CORRECT_FIELDS };
  const { password, ...user } = parsed.data;
  let id: number;
  try {
    ({ id } = await createUserWithAudit(admin.id, { ...user, passwordHash: await hashPassword(password) }));
  } catch (error) {
    if (!(error instanceof DuplicateEmailError)) throw error;
    return { status: 'error', values, errors: { email: `${user.email} already has an account.` }, message: CORRECT_FIELDS };
  }
  redirect(`/admin/users/${id}?created=1`);
});

export const changeRoleAction = staffAction({ roles: ['admin'], input: STATE_AND_FORM }, async (admin, _previous, formData): Promise<RoleFormState> => {
  const id = targetId(formData);
  const values = readFields(formData, ['role'] as const);
  const parsed = roleChangeSchema.safeParse(values);
  const refused = (role: string): RoleFormState => ({ status: 'error', values, errors: { role }, message: 'The role was not changed.' });
  if (!parsed.success) return refused(fieldErrors<'role'>(parsed.error).role ?? 'Choose a role.');
  if (id === admin.id && parsed.data.role !== 'admin') return refused('You cannot change your own role. Another admin can, so the site is never left without one.');
  const result = await changeUserRole(admin.id, id, parsed.data.role);
  if (!changed(result)) return refused(LAST_ADMIN);
  refresh();
  return { status: 'success', values: {}, errors: {}, message: `${result.user.name} is now ${article(result.user.role)} ${result.user.role}.` };
});

export const setUserDisabledAction = staffAction({ roles: ['admin'], input: STATE_AND_FORM }, async (admin, _previous, formData): Promise<StatusFormState> => {
  const id = targetId(formData);
  const disable = formData.get('disabled') === 'true';
  if (disable && id === admin.id) return { status: 'error', values: {}, errors: {}, message: 'You cannot disable your own account.' };
  const result = await setUserDisabled(admin.id, id, disable);
  if (!changed(result)) return { status: 'error', values: {}, errors: {}, message: LAST_ADMIN };
  refresh();
  return {
    status: 'success',
    values: {},
    errors: {},
    message: disable ? `${result.user.name} is disabled and is signed out on their next request.` : `${result.user.name} can sign in again.`,
  };
});

export const resetPasswordAction = staffAction({ roles: ['admin'], input: STATE_AND_FORM }, async (admin, _previous, formData): Promise<PasswordFormState> => {
  const id = targetId(formData);
  const parsed = passwordResetSchema.safeParse(readFields(formData, ['password'] as const));
  if (!parsed.success) return { status: 'error', values: {}, errors: fieldErrors(parsed.error), message: 'The password was not changed.' };
  const user = await resetUserPassword(admin.id, id, await hashPassword(parsed.data.password));
  if (!user) notFound();
  refresh();
  return { status: 'success', values: {}, errors: {}, message: `${user.name} has a new password and is signed out everywhere. Tell them the password in person or over a secure channel.` };
});

const article = (role: string) => (/^[aeiou]/.test(role) ? 'an' : 'a');
