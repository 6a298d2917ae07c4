'use server';

import { headers } from 'next/headers';
import { publicAction, STATE_AND_FORM } from '@/lib/auth/define-action';
import { clientIpHash } from '@/lib/client-ip';
import { createQuoteRequest, QUOTE_RATE_LIMIT } from '@/lib/data/quotes';
import { perEmailAndIp, takeRateLimitedAttempt } from '@/lib/data/rate-limit';
import { fieldErrors, keepTextWhenDatabaseIsDown, readFields, type FormState } from '@/lib/forms/form-state';
import { quoteRequestSchema, type QuoteRequestFields } from '@/lib/validation/quote';

const FIELDS = ['name', 'email', 'company', 'message'] as const satisfies readonly QuoteRequestFields[];
/** Hidden from people; bots that fill every field reveal themselves here. */
const HONEYPOT_FIELD = 'website';

export type QuoteFormState = FormState<QuoteRequestFields>;

/**
 * A public endpoint: anyone may request a quote, so there is no session
 * check. It validates everything itself, stores nothing it has not checked,
 * and limits requests per IP and per e-mail (PostgreSQL, so across instances).
 */
export const submitQuoteRequest = publicAction(
  { reason: 'readers request quotes without an account; validated, honeypot-guarded, rate-limited per IP and e-mail', input: STATE_AND_FORM },
  async (_previous, formData): Promise<QuoteFormState> => {
    const values = readFields(formData, FIELDS);
    const honeypot = formData.get(HONEYPOT_FIELD);
    if (typeof honeypot === 'string' && honeypot !== '') {
      // Answer as if it worked, so the bot learns nothing.
      return { status: 'success', values: {}, errors: {} };
    }
    const parsed = quoteRequestSchema.safeParse(values);
    if (!parsed.success) {
      return { status: 'error', values, errors: fieldErrors(parsed.error), message: 'Please correct the highlighted fields.' };
    }
    const request = parsed.data;
    return keepTextWhenDatabaseIsDown(
      async (): Promise<QuoteFormState> => {
        const ipHash = clientIpHash(await headers());
        if (!(await takeRateLimitedAttempt('quote', perEmailAndIp(request.email, ipHash, QUOTE_RATE_LIMIT), QUOTE_RATE_LIMIT.windowSeconds))) {
          return {
            status: 'error',
            values,
            errors: {},
            message: 'We have received several requests from you in the last hour, so this one was not sent. Please try again in an hour; your text is still here.',
          };
        }
        await createQuoteRequest(request);
        return { status: 'success', values: {}, errors: {}, message: `Thank you, ${request.name}! We will reply to ${request.email} within two working days.` };
      },
      (message) => ({ status: 'error', values, errors: {}, message }),
    );
  },
);
