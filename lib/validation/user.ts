import { z } from 'zod';
import { emailAddress, storableText } from './text';

export const ROLES = ['admin', 'editor', 'author'] as const;
export const MIN_PASSWORD_LENGTH = 12;

export const newUserSchema = z.object({
  email: emailAddress(),
  name: storableText('Name', { min: 1, max: 100 }).transform((value) => value.trim()),
  role: z.enum(ROLES, { error: `Role must be one of: ${ROLES.join(', ')}.` }),
  password: z
    .string({ error: 'Password is required.' })
    .min(MIN_PASSWORD_LENGTH, `Password must be at least ${MIN_PASSWORD_LENGTH} characters.`)
    .max(1000, 'Password is too long.'),
});
