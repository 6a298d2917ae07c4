import { z } from 'zod';
import { characterCount, emailAddress, storableText } from './text';

export const ROLES = ['admin', 'editor', 'author'] as const;
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1000;

export const newUserSchema = z.object({
  email: emailAddress(),
  name: storableText('Name', { min: 1, max: 100, singleLine: true }),
  role: z.enum(ROLES, { error: `Role must be one of: ${ROLES.join(', ')}.` }),
  password: z
    .string({ error: 'Password is required.' })
    .refine((value) => characterCount(value) >= MIN_PASSWORD_LENGTH, `Password must be at least ${MIN_PASSWORD_LENGTH} characters.`)
    .refine((value) => characterCount(value) <= MAX_PASSWORD_LENGTH, `Password must be at most ${MAX_PASSWORD_LENGTH} characters.`),
});

export type NewUserInput = z.output<typeof newUserSchema>;
export type NewUserField = keyof z.input<typeof newUserSchema>;

/** An admin changing someone's role. */
export const roleChangeSchema = newUserSchema.pick({ role: true });

/** An admin typing a new password for someone: the same rules as at creation. */
export const passwordResetSchema = newUserSchema.pick({ password: true });

/** A user id from a form or a URL segment. */
export const userIdSchema = z.coerce.number().int().positive().max(2_147_483_647);
