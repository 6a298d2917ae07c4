import { z } from 'zod';
import { characterCount, optionalStorableText } from './text';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, newUserSchema } from './user';

export const MAX_BIO_LENGTH = 600;

/** Someone's own name and bio, from their account page; the portrait is checked against the library apart. */
export const profileSchema = z.object({
  name: newUserSchema.shape.name,
  bio: optionalStorableText('Bio', MAX_BIO_LENGTH),
});

export type ProfileField = keyof z.input<typeof profileSchema> | 'avatarMediaId';

/** Changing one's own password: the current one (checked by sign-in's own rules), the new one twice. */
export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, 'Current password is required.').max(MAX_PASSWORD_LENGTH * 2, 'Current password is wrong.'),
    newPassword: z
      .string()
      .refine((value) => characterCount(value) >= MIN_PASSWORD_LENGTH, `New password must be at least ${MIN_PASSWORD_LENGTH} characters.`)
      .refine((value) => characterCount(value) <= MAX_PASSWORD_LENGTH, `New password must be at most ${MAX_PASSWORD_LENGTH} characters.`),
    repeatPassword: z.string(),
  })
  .refine((fields) => fields.repeatPassword === fields.newPassword, { path: ['repeatPassword'], message: 'New password again does not match the new password.' })
  .refine((fields) => fields.newPassword !== fields.currentPassword, { path: ['newPassword'], message: 'New password must differ from the current one.' });

export type PasswordChangeField = keyof z.input<typeof passwordChangeSchema>;
