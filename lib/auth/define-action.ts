import 'server-only';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import type { ActiveUser, Role } from '@/lib/data/users';
import { keepTextWhenDatabaseIsDown } from '@/lib/forms/form-state';
import { requireRoleOf } from './guards';

/**
 * The one shape every Server Action is built in (decision 024). A Server Action is a public
 * endpoint that anyone can call with any arguments, so the wrapper, not the action's body,
 * does the two things no action may skip:
 * 1. the guard: `staffAction` reads the session and the role before anything else runs
 *    (no session: a redirect to sign-in; the wrong role: 403); `publicAction` says why none is needed;
 * 2. the arguments' shape: what a browser sends is checked against `input` before the body
 *    sees it. Anything else answers 404, as Next.js does for an action it does not know
 *    (decision 011): a form action handed a string cannot reach `formData.get` and fail with a 500.
 * The fields of a form are the body's business: each form answers its own messages, with
 * the values as typed (lib/forms/form-state.ts).
 */

/** `<form action={…}>`: the form alone. */
export const FORM = z.tuple([z.instanceof(FormData)]);
/** `useActionState`: the state the page holds (the client's, so never trusted), then the form. */
export const STATE_AND_FORM = z.tuple([z.unknown(), z.instanceof(FormData)]);
// No shape for "nothing": a button's action posted from a form still receives the form (FORM).

export type ActionGuard = { kind: 'staff'; roles: readonly Role[]; input: z.ZodType<unknown[]> } | { kind: 'public'; reason: string; input: z.ZodType<unknown[]> };

/** Every action the wrapper built, with its guard: the enumeration test reads it to prove each export was built here. */
const built = new WeakMap<object, ActionGuard>();

export function guardOf(action: unknown): ActionGuard | undefined {
  return typeof action === 'function' ? built.get(action) : undefined;
}

function parsedArguments<Input extends z.ZodType<unknown[]>>(input: Input, args: unknown[]): z.output<Input> {
  const parsed = input.safeParse(args);
  if (!parsed.success) notFound();
  return parsed.data;
}

/**
 * An action for signed-in staff with one of `roles`: the body gets the user as the database knows
 * them now. `duringTwoFactorSetup` marks the few actions someone may use while the site still
 * waits for them to set up two-factor sign-in (setting it up, signing out).
 * The guard reads the database, so a form that must keep its text through an outage (decision 016)
 * says what it answers then in `unavailable`, from the arguments as checked; the guard and the body
 * both run inside it.
 */
export function staffAction<Input extends z.ZodType<unknown[]>, Result>(
  options: { roles: readonly Role[]; input: Input; duringTwoFactorSetup?: boolean; unavailable?: (message: string, args: z.output<Input>) => Result },
  run: (user: ActiveUser, ...args: z.output<Input>) => Promise<Result>,
): (...args: z.output<Input>) => Promise<Result> {
  if (options.roles.length === 0) throw new Error('A staff action names the roles that may call it.');
  const { unavailable } = options;
  const action = async (...args: z.output<Input>): Promise<Result> => {
    const guarded = async () => {
      const user = await requireRoleOf(options.roles, { duringTwoFactorSetup: options.duringTwoFactorSetup });
      return run(user, ...parsedArguments(options.input, args));
    };
    return unavailable ? keepTextWhenDatabaseIsDown(guarded, (message) => unavailable(message, parsedArguments(options.input, args))) : guarded();
  };
  built.set(action, { kind: 'staff', roles: options.roles, input: options.input });
  return action;
}

/**
 * An action anyone may call (a comment, a quote request, signing in). `reason` says why it needs
 * no session and what guards it instead (validation, honeypot, the rate limits it takes); the
 * enumeration test lists the public ones, so a new one is a reviewed choice.
 */
export function publicAction<Input extends z.ZodType<unknown[]>, Result>(
  options: { reason: string; input: Input },
  run: (...args: z.output<Input>) => Promise<Result>,
): (...args: z.output<Input>) => Promise<Result> {
  const action = async (...args: z.output<Input>): Promise<Result> => run(...parsedArguments(options.input, args));
  built.set(action, { kind: 'public', reason: options.reason, input: options.input });
  return action;
}
