import { z } from 'zod';
import { isWebhookEventType, type WebhookEventType } from '@/lib/outbox/events';

export const WEBHOOK_FIELDS = ['url', 'events'] as const;
export type WebhookField = (typeof WEBHOOK_FIELDS)[number];

const MAX_URL_LENGTH = 2000;

/** Only http(s), with a host and no user:password (it would travel in every request and sit in the list). */
export const webhookUrl = z
  .string()
  .trim()
  .min(1, 'Enter the URL to send events to.')
  .max(MAX_URL_LENGTH, `The URL can be at most ${MAX_URL_LENGTH} characters.`)
  .superRefine((value, context) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      context.addIssue({ code: 'custom', message: 'Enter a full URL, such as https://example.com/hooks/musings.' });
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') context.addIssue({ code: 'custom', message: 'The URL must start with http:// or https://.' });
    else if (url.username || url.password) context.addIssue({ code: 'custom', message: 'Leave the user name and password out of the URL; check the signature instead.' });
  });

export const webhookEndpointSchema = z.object({
  url: webhookUrl,
  events: z
    .array(z.string())
    .transform((names, context) => {
      const unknown = names.filter((name) => !isWebhookEventType(name));
      if (unknown.length > 0) context.addIssue({ code: 'custom', message: `Unknown event: ${unknown.join(', ')}.` });
      return [...new Set(names)] as WebhookEventType[];
    })
    .refine((names) => names.length > 0, 'Choose at least one event.'),
});

export type WebhookEndpointInput = z.output<typeof webhookEndpointSchema>;
