import { z } from 'zod';
import { emailAddress, storableText } from './text';

export const MODERATION_OPERATIONS = ['approve', 'pending', 'spam', 'trash', 'delete'] as const;
export type ModerationOperation = (typeof MODERATION_OPERATIONS)[number];

/** A bulk moderation form: the operation button pressed and the ticked comment ids. */
export const moderationSchema = z.object({
  operation: z.enum(MODERATION_OPERATIONS),
  ids: z.array(z.string().regex(/^[1-9]\d{0,8}$/).transform(Number)).min(1, 'Tick at least one comment.').max(500),
});

export const blockedWordSchema = z.object({
  word: storableText('Blocked word', { min: 1, max: 100, singleLine: true }).refine((value) => !value.includes('\t'), 'Blocked word must be a single word or phrase on one line.'),
});

export const privacyEmailSchema = z.object({ email: emailAddress() });
