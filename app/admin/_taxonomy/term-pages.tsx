import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/guards';
import { getTerm, listTerms, type TaxonomyKind } from '@/lib/data/taxonomy-admin';
import { termIdSchema } from '@/lib/validation/taxonomy';
import type { MoveFormState, TermFormState } from './term-actions';
import { MoveForm, TermDetailsForm } from './term-forms';
import { TAXONOMIES } from './taxonomies';

type Action<State> = (previous: State, formData: FormData) => Promise<State>;

export interface TermActions {
  save: Action<TermFormState>;
  merge: Action<MoveFormState>;
  remove: Action<MoveFormState>;
}

const DONE: Record<string, (noun: string) => string> = {
  created: (noun) => `The ${noun} is created.`,
  saved: (noun) => `The ${noun} is saved; its old address, if it changed, redirects to the new one.`,
  merged: (noun) => `Merged: its posts are in this ${noun} now, and the merged ${noun}'s address redirects here.`,
  deleted: (noun) => `The ${noun} is deleted and its posts were moved.`,
};

function DoneNotice({ done, noun }: { done: string | undefined; noun: string }) {
  const say = done === undefined ? undefined : DONE[done];
  return say ? (
    <p className="notice notice-success" role="status">
      {say(noun)}
    </p>
  ) : null;
}

/** Every category or tag with its number of posts, and a form for a new one. Editors and admins only. */
export async function TermListPage({ kind, actions, done }: { kind: TaxonomyKind; actions: TermActions; done: string | undefined }) {
  await requireRole('admin', 'editor');
  const { noun, plural, title, adminPath, readerPath } = TAXONOMIES[kind];
  const terms = await listTerms(kind);
  return (
    <>
      <h1>{title}</h1>
      <DoneNotice done={done} noun={noun} />
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">Every {noun}, by name, with its number of posts</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Address</th>
              <th scope="col">Posts</th>
            </tr>
          </thead>
          <tbody>
            {terms.map((term) => (
              <tr key={term.id}>
                <td>
                  <Link href={`${adminPath}/${term.id}`}>{term.name}</Link>
                </td>
                <td>
                  <Link href={readerPath(term.slug)}>{readerPath(term.slug)}</Link>
                </td>
                <td>{term.postCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {terms.length === 0 && <p>No {plural} yet.</p>}
      <section aria-labelledby="new-term-heading">
        <h2 id="new-term-heading">New {noun}</h2>
        <TermDetailsForm action={actions.save} noun={noun} />
      </section>
    </>
  );
}

/** One category or tag: rename, re-slug, describe; merge it into another; delete it, choosing where its posts go. */
export async function TermEditPage({ kind, actions, id, done }: { kind: TaxonomyKind; actions: TermActions; id: string; done: string | undefined }) {
  await requireRole('admin', 'editor');
  const { noun, plural, adminPath, readerPath } = TAXONOMIES[kind];
  const parsedId = termIdSchema.safeParse(id);
  const term = parsedId.success ? await getTerm(kind, parsedId.data) : null;
  if (!term) notFound();
  const others = (await listTerms(kind)).filter((other) => other.id !== term.id).map(({ id: otherId, name }) => ({ id: otherId, name }));
  const posts = `${term.postCount} ${term.postCount === 1 ? 'post' : 'posts'}`;
  return (
    <>
      <p>
        <Link href={adminPath}>← All {plural}</Link>
      </p>
      <h1>
        {kind === 'category' ? 'Category' : 'Tag'}: {term.name}
      </h1>
      <DoneNotice done={done} noun={noun} />
      <p>
        {posts} · <Link href={readerPath(term.slug)}>{readerPath(term.slug)}</Link>
      </p>
      <section aria-labelledby="details-heading">
        <h2 id="details-heading">Name, address and description</h2>
        <TermDetailsForm action={actions.save} term={term} noun={noun} />
      </section>
      {others.length > 0 && (
        <section aria-labelledby="merge-heading">
          <h2 id="merge-heading">Merge into another {noun}</h2>
          <p>Its {posts} move to the {noun} you choose, this {noun} disappears, and its address redirects to that one.</p>
          <MoveForm action={actions.merge} id={term.id} mode="merge" noun={noun} choices={others} optionalTarget={false} confirmText={`Yes, merge “${term.name}” away.`} />
        </section>
      )}
      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete</h2>
        <p>
          {kind === 'category'
            ? `Every post has one category, so its ${posts} move to the category you choose.`
            : `Its ${posts} can move to another tag, or just lose this one.`}{' '}
          Its address stops working.
        </p>
        {kind === 'category' && others.length === 0 ? (
          <p>This is the only category, so it cannot be deleted.</p>
        ) : (
          <MoveForm action={actions.remove} id={term.id} mode="delete" noun={noun} choices={others} optionalTarget={kind === 'tag'} confirmText={`Yes, delete “${term.name}”.`} />
        )}
      </section>
    </>
  );
}
