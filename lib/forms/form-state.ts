import { notFound } from 'next/navigation';
import type { z } from 'zod';
import { isDatabaseUnavailable } from '@/lib/data/pg-errors';

/** What a form action returns: the values as typed (so nothing is lost) and a message per field. */
export interface FormState<Field extends string> {
  status: 'idle' | 'error' | 'success';
  values: Partial<Record<Field, string>>;
  errors: Partial<Record<Field, string>>;
  message?: string;
}

export function idleState<Field extends string>(): FormState<Field> {
  return { status: 'idle', values: {}, errors: {} };
}

/**
 * Every form action's first step. A Server Action is a public endpoint that
 * anyone can call with any arguments; one that expects a form and is handed
 * something else answers 404, as Next.js does for an action it does not know,
 * instead of failing on `formData.get` with a 500. (A Server Action cannot
 * choose its status otherwise; see docs/decisions/011-hostile-requests.md.)
 */
export function requireFormData(value: unknown): asserts value is FormData {
  if (!(value instanceof FormData)) notFound();
}

/** The submitted text of each field; a file or a missing field reads as ''. */
export function readFields<Field extends string>(formData: FormData, fields: readonly Field[]): Record<Field, string> {
  const values = {} as Record<Field, string>;
  for (const field of fields) {
    const value = formData.get(field);
    values[field] = typeof value === 'string' ? value : '';
  }
  return values;
}

/** The first message for each field, keyed by field name. */
export function fieldErrors<Field extends string>(error: z.ZodError): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as Field | undefined;
    if (field !== undefined && errors[field] === undefined) errors[field] = issue.message;
  }
  return errors;
}

/** What every form says when the database is away; the form it sits on still holds everything typed. */
export const DATABASE_UNAVAILABLE_MESSAGE =
  'The site cannot save anything right now: its database is not answering. Nothing was saved and your text is still here. Please try again in a minute or two.';

/**
 * The one place a form action meets a database outage (decision 016). The
 * action's work runs as usual; if the database cannot be reached (refused,
 * restarting, out of connections: lib/data/pg-errors.ts), the action answers
 * with `unavailable`, a state that carries the values as typed, instead of
 * throwing (a 500 that loses the text). Every other error, and Next's own
 * redirect/notFound signals, pass through untouched.
 */
export async function keepTextWhenDatabaseIsDown<State>(work: () => Promise<State>, unavailable: (message: string) => State): Promise<State> {
  try {
    return await work();
  } catch (error) {
    if (isDatabaseUnavailable(error)) return unavailable(DATABASE_UNAVAILABLE_MESSAGE);
    throw error;
  }
}
