import { DateTime } from '@/app/admin/_components/date-time';
import type { PreviewLinkSummary } from '@/lib/data/previews';
import { revokePreviewLinkAction } from './preview-link-actions';
import { SharePreviewForm } from './share-preview';

function stateOf(link: PreviewLinkSummary, now: Date): string {
  if (link.revokedAt) return 'Revoked';
  return link.expiresAt <= now ? 'Expired' : 'Active';
}

/**
 * "Share preview" on the post editor: links for people without an account to
 * read the draft (or the author's latest changes), when each was last opened,
 * and a revoke button per link. A published post needs none.
 */
export function PreviewLinks({ postId, live, links, now }: { postId: number; live: boolean; links: PreviewLinkSummary[]; now: Date }) {
  return (
    <section aria-labelledby="share-preview-heading" className="share-preview">
      <h2 id="share-preview-heading">Share preview</h2>
      {live ? (
        <p>This post is published: share its address. Earlier preview links now lead there.</p>
      ) : (
        <>
          <p className="field-hint">A link anyone can open without an account, until it expires or you revoke it. Search engines are told not to list it.</p>
          <SharePreviewForm postId={postId} />
        </>
      )}
      {links.length > 0 && (
        <table className="admin-table">
          <caption className="visually-hidden">Preview links of this post, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Made</th>
              <th scope="col">Shows</th>
              <th scope="col">Works until</th>
              <th scope="col">Last opened</th>
              <th scope="col">State</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {links.map((link) => {
              const state = stateOf(link, now);
              return (
                <tr key={link.id}>
                  <td>
                    <DateTime date={link.createdAt} /> by {link.createdByName ?? 'a former user'}
                  </td>
                  <td>{link.source === 'saved' ? 'Saved version' : 'Latest changes'}</td>
                  <td>
                    <DateTime date={link.expiresAt} />
                  </td>
                  <td>{link.lastOpenedAt ? <><DateTime date={link.lastOpenedAt} /> ({link.openCount}×)</> : 'Never'}</td>
                  <td>{state}</td>
                  <td>
                    {state === 'Active' && (
                      <form action={revokePreviewLinkAction}>
                        <input type="hidden" name="id" value={postId} />
                        <input type="hidden" name="linkId" value={link.id} />
                        <button type="submit" className="button button-secondary">
                          Revoke<span className="visually-hidden"> the link made {link.createdAt.toISOString()}</span>
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
