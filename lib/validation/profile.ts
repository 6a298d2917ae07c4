import { z } from 'zod';
import { optionalStorableText } from './text';
import { newUserSchema } from './user';

export const MAX_BIO_LENGTH = 600;

/** Someone's own name and bio, from their account page; the portrait is checked against the library apart. */
export const profileSchema = z.object({
  name: newUserSchema.shape.name,
  bio: optionalStorableText('Bio', MAX_BIO_LENGTH),
});

export type ProfileField = keyof z.input<typeof profileSchema> | 'avatarMediaId';
