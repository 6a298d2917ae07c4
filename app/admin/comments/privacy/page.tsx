import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { findCommentsByEmail } from '@/lib/data/comment-moderation';
import { privacyEmailSchema } from '@/lib/validation/comment-admin';
import { EraseByEmailForm } from '../forms';
import { QueueItem } from '../queue-item';
import '../comments-admin.css';

// Rendered whole on request, blocking, as every admin page is (app/admin/layout.tsx); Next's dev-only instant-navigation check does not apply.
export const instant = false;

export const metadata: Metadata = { title: 'Comments by e-mail' };

type Props = { searchParams: Promise<{ email?: string }> };

/** Privacy requests: every comment made with an address, and erasing them all. Admins only. */
export default async function CommentPrivacyPage({ searchParams }: Props) {
  await requireRole('admin');
  const requested = (await searchParams).email ?? '';
  const parsed = requested ? privacyEmailSchema.safeParse({ email: requested }) : null;
  const email = parsed?.success ? parsed.data.email : null;
  const found = email ? await findCommentsByEmail(email) : [];
  return (
    <>
      <p>
        <Link href="/admin/comments">← Comments</Link>
      </p>
      <h1>Find or erase comments by e-mail</h1>
      <form method="get" action="/admin/comments/privacy" className="queue-filter" role="search" aria-label="Find comments by e-mail">
        <div className="field">
          <label htmlFor="privacy-email">E-mail address</label>
          <input
            id="privacy-email"
            name="email"
            type="email"
            defaultValue={requested}
            required
            maxLength={254}
            aria-invalid={parsed && !parsed.success ? true : undefined}
            aria-describedby={parsed && !parsed.success ? 'privacy-email-error' : undefined}
          />
          {parsed && !parsed.success && (
            <p id="privacy-email-error" className="field-error">
              {parsed.error.issues[0]?.message}
            </p>
          )}
        </div>
        <div>
          <button type="submit" className="button">
            Find
          </button>
        </div>
      </form>
      {email && (
        <>
          <p role="status">
            {found.length === 0 ? `No comments by ${email}.` : `${found.length} comment${found.length === 1 ? '' : 's'} by ${email}, in every status:`}
          </p>
          {found.length > 0 && (
            <>
              <ul className="post-list">
                {found.map((comment) => (
                  <li key={comment.id}>
                    <QueueItem comment={comment} selectable={false} />
                  </li>
                ))}
              </ul>
              <EraseByEmailForm email={email} />
            </>
          )}
        </>
      )}
    </>
  );
}
