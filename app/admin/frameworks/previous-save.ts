import { z } from 'zod';
import { FRAMEWORK_STATUSES } from '@/lib/validation/framework-fields';
import type { FrameworkConflict } from './form-state';

// What a save reads of the state the page sends back with the form (useActionState). The client supplies it, so any
// caller can send anything: each part is checked on its own, and one that does not fit reads as absent.

const conflictSchema = z.object({
  version: z.number().int().positive(),
  savedBy: z.string().nullable(),
  savedAt: z.string(),
  changes: z.array(
    z.object({
      field: z.string(),
      label: z.string(),
      parts: z.array(z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() })),
      added: z.number(),
      removed: z.number(),
    }),
  ),
  comparedWithOwnText: z.boolean(),
}) satisfies z.ZodType<FrameworkConflict>;

const previousSchema = z.object({
  attempt: z.number().int().nonnegative().catch(0),
  publication: z.enum(FRAMEWORK_STATUSES).optional().catch(undefined),
  status: z.string().optional().catch(undefined),
  message: z.string().optional().catch(undefined),
  conflict: conflictSchema.optional().catch(undefined),
});

export type PreviousSave = z.infer<typeof previousSchema>;

/** The previous state as far as it can be trusted; anything that is not one reads as the first attempt. */
export function previousSave(state: unknown): PreviousSave {
  const parsed = previousSchema.safeParse(state);
  return parsed.success ? parsed.data : { attempt: 0 };
}
