import { z } from 'zod';
import { emailAddress, optionalStorableText, storableText } from './text';

export const quoteRequestSchema = z.object({
  name: storableText('Name', { min: 1, max: 100, singleLine: true }),
  email: emailAddress(),
  company: optionalStorableText('Company', 150, { singleLine: true }),
  message: storableText('Message', { min: 10, max: 5000 }),
});

export type QuoteRequestInput = z.output<typeof quoteRequestSchema>;
export type QuoteRequestFields = keyof z.input<typeof quoteRequestSchema>;
