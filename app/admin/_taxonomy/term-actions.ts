import { notFound, redirect } from 'next/navigation';
import { invalidateTaxonomy } from '@/lib/cache/invalidate';
import { refreshRelatedPostPages } from '@/lib/cache/related-refresh';
import { createTerm, removeTerm, updateTerm, type TaxonomyKind, type TaxonomyResult } from '@/lib/data/taxonomy-admin';
import type { SessionUser } from '@/lib/data/users';
import { fieldErrors, keepTextWhenDatabaseIsDown, readFields, type FormState } from '@/lib/forms/form-state';
import { moveSchema, termIdSchema, termSchema, type MoveField, type TermField } from '@/lib/validation/taxonomy';
import { TAXONOMIES } from './taxonomies';

// The shared body of the category and tag Server Actions (app/admin/{categories,tags}/actions.ts).
// Each is a public endpoint: the wrapper checks the session, the role (editors and admins) and that it was handed a form; then this
// validates, writes, expires exactly the pages the change touched, and redirects (so it works without JavaScript).

export type TermFormState = FormState<TermField>;
export type MoveFormState = FormState<MoveField>;

const TERM_FIELDS = ['name', 'slug', 'description'] as const satisfies readonly TermField[];
const CORRECT_FIELDS = 'Please correct the highlighted fields.';

function idOf(value: FormDataEntryValue | null): number {
  const parsed = termIdSchema.safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data;
}

/** A refusal from the data layer, as the form shows it; a term gone meanwhile is a 404. */
function refused<Field extends string>(kind: TaxonomyKind, result: Exclude<TaxonomyResult, { ok: true }>, values: Partial<Record<Field, string>>, field: Field): FormState<Field> {
  if (result.reason === 'not-found') notFound();
  const message = result.reason === 'slug-taken' ? `Another ${TAXONOMIES[kind].noun} already has this slug. Choose another.` : `Choose another ${TAXONOMIES[kind].noun}: it cannot be merged into itself.`;
  const errors: Partial<Record<Field, string>> = {};
  errors[field] = message;
  return { status: 'error', values, errors, message: CORRECT_FIELDS };
}

const unavailable = <Field extends string>(values: Partial<Record<Field, string>>) => (message: string): FormState<Field> => ({ status: 'error', values, errors: {}, message });

/** Creates a term (id absent) or saves its name, slug and description. */
export async function saveTermAction(kind: TaxonomyKind, actor: SessionUser, formData: FormData): Promise<TermFormState> {
  const id = formData.has('id') ? idOf(formData.get('id')) : null;
  const values = readFields(formData, TERM_FIELDS);
  const parsed = termSchema(kind).safeParse(values);
  if (!parsed.success) return { status: 'error', values, errors: fieldErrors(parsed.error), message: CORRECT_FIELDS };
  const base = TAXONOMIES[kind].adminPath;
  return keepTextWhenDatabaseIsDown<TermFormState>(async () => {
    const result = id === null ? await createTerm(kind, actor, parsed.data) : await updateTerm(kind, actor, id, parsed.data);
    if (!result.ok) return refused(kind, result, values, 'slug');
    invalidateTaxonomy(kind, result.change.slugs, result.change.placements);
    redirect(`${base}/${result.change.term.id}?done=${id === null ? 'created' : 'saved'}`);
  }, unavailable(values));
}

/** Merges a term into another (`merge`), or deletes it moving its posts. Both need the confirmation box ticked. */
export async function moveTermAction(kind: TaxonomyKind, mode: 'merge' | 'delete', actor: SessionUser, formData: FormData): Promise<MoveFormState> {
  const sourceId = idOf(formData.get('id'));
  const values = readFields(formData, ['targetId', 'confirm'] as const);
  const parsed = moveSchema(TAXONOMIES[kind].noun, { optional: mode === 'delete' && kind === 'tag' }).safeParse(values);
  if (!parsed.success) return { status: 'error', values, errors: fieldErrors(parsed.error), message: CORRECT_FIELDS };
  const base = TAXONOMIES[kind].adminPath;
  return keepTextWhenDatabaseIsDown<MoveFormState>(async () => {
    const result = await removeTerm(kind, actor, { sourceId, targetId: parsed.data.targetId, redirect: mode === 'merge' });
    if (!result.ok) return refused(kind, result, values, 'targetId');
    invalidateTaxonomy(kind, result.change.slugs, result.change.placements);
    // Posts moved to another category or tag score differently against every other post.
    await refreshRelatedPostPages('everywhere');
    redirect(mode === 'merge' ? `${base}/${result.change.term.id}?done=merged` : `${base}?done=deleted`);
  }, unavailable(values));
}
