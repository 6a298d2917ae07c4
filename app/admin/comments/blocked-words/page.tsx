import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { listBlockedWordRows } from '@/lib/data/comment-moderation';
import { removeBlockedWordAction } from '../actions';
import { BlockedWordForm } from '../forms';
import '../comments-admin.css';

// Rendered whole on request, blocking, as every admin page is (app/admin/layout.tsx); Next's dev-only instant-navigation check does not apply.
export const instant = false;

export const metadata: Metadata = { title: 'Blocked words' };

export default async function BlockedWordsPage() {
  await requireRole('admin', 'editor');
  const words = await listBlockedWordRows();
  return (
    <>
      <p>
        <Link href="/admin/comments">← Comments</Link>
      </p>
      <h1>Blocked words</h1>
      <p>A new comment containing one of these (in its text or name) waits for moderation, even from a known commenter.</p>
      {words.length === 0 ? (
        <p>The list is empty.</p>
      ) : (
        <ul className="blocked-words" aria-label="Blocked words">
          {words.map((word) => (
            <li key={word.id} className="pill">
              {word.word}{' '}
              <form action={removeBlockedWordAction}>
                <input type="hidden" name="id" value={word.id} />
                <button type="submit" className="button button-secondary">
                  Remove<span className="visually-hidden"> {word.word}</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <BlockedWordForm />
    </>
  );
}
