import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/guards';
import { FLAGSHIP_POST_SLUG } from '@/lib/data/frameworks';
import { getRankingPost, listRanking, listRankingPosts, listUnrankedFrameworks } from '@/lib/data/rankings';
import { adminFrameworkPaths, paths } from '@/lib/paths';
import { promisedCount } from '@/lib/ranked-list';
import { addToRankingAction, moveInRankingAction, removeFromRankingAction } from './actions';
import '../frameworks.css';

// Rendered whole on request, blocking, as every admin page is (app/admin/layout.tsx); Next's dev-only instant-navigation check does not apply.
export const instant = false;

export const metadata: Metadata = { title: 'Framework ranking' };

type Props = { searchParams: Promise<{ post?: string; remove?: string }> };

function Hidden({ postId, frameworkId }: { postId: number; frameworkId: number }) {
  return (
    <>
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="frameworkId" value={frameworkId} />
    </>
  );
}

/** Reorders the frameworks of a "Top N" post; each button is a small form, so it all works without JavaScript. */
export default async function RankingPage({ searchParams }: Props) {
  await requireRole('admin', 'editor');
  const { post: requested, remove } = await searchParams;
  const post = await getRankingPost(typeof requested === 'string' && requested !== '' ? requested : FLAGSHIP_POST_SLUG);
  if (!post) notFound();
  const [ranking, unranked, rankingPosts] = await Promise.all([listRanking(post.id), listUnrankedFrameworks(post.id), listRankingPosts()]);
  const promised = promisedCount(post.title);
  const here = (query: Record<string, string> = {}) => `${adminFrameworkPaths.list()}/ranking?${new URLSearchParams({ post: post.slug, ...query })}`;
  const removing = ranking.find((entry) => String(entry.frameworkId) === remove);
  const drafts = ranking.filter((entry) => !entry.published);
  return (
    <>
      <p>
        <Link href={adminFrameworkPaths.list()}>← All frameworks</Link>
      </p>
      <h1>Ranking of “{post.title}”</h1>
      {rankingPosts.length > 1 && (
        <nav aria-label="Posts with a ranking" className="pagination">
          {rankingPosts.map((other) => (
            <Link key={other.id} href={`${adminFrameworkPaths.list()}/ranking?${new URLSearchParams({ post: other.slug })}`} aria-current={other.id === post.id ? 'page' : undefined}>
              {other.title}
            </Link>
          ))}
        </nav>
      )}
      <p className="meta">
        Readers see the new order on their next load of <Link href={paths.post(post.slug)}>the post</Link>.
      </p>
      {promised !== null && ranking.length !== promised && (
        <p className="notice notice-error" role="status">
          The title promises {promised} frameworks (“Top {promised}”), and the ranking holds {ranking.length}. Readers will count: change the ranking, or the title.
        </p>
      )}
      {drafts.length > 0 && (
        <p className="notice notice-warning" role="status">
          {drafts.map((entry) => entry.name).join(', ')} {drafts.length === 1 ? 'is a draft' : 'are drafts'}: the post shows {drafts.length === 1 ? 'its section' : 'their sections'}{' '}
          without a link, and {drafts.length === 1 ? 'its page stays' : 'their pages stay'} hidden from readers (and from the comparison table) until published.
        </p>
      )}
      {removing && (
        <section className="notice notice-warning" aria-labelledby="remove-heading">
          <h2 id="remove-heading">Remove {removing.name} from the ranking?</h2>
          <p>
            Readers lose its section in “{post.title}” on their next load, and the post then ranks {ranking.length - 1} framework{ranking.length - 1 === 1 ? '' : 's'}
            {promised !== null && ranking.length - 1 !== promised ? `, not the ${promised} its title promises` : ''}. The framework’s own page stays.
          </p>
          <form action={removeFromRankingAction} className="form-actions">
            <Hidden postId={post.id} frameworkId={removing.frameworkId} />
            <button type="submit" className="button button-danger">
              Remove {removing.name}
            </button>
            <Link href={here()}>Cancel</Link>
          </form>
        </section>
      )}
      {ranking.length === 0 ? (
        <p>This post ranks no framework yet.</p>
      ) : (
        <ol className="ranking-list" aria-label="Ranked frameworks">
          {ranking.map((entry, index) => (
            <li key={entry.frameworkId}>
              <span className="ranking-name">
                #{entry.position} {entry.name}
                {!entry.published && <span className="meta"> (draft)</span>}
              </span>
              <form action={moveInRankingAction}>
                <Hidden postId={post.id} frameworkId={entry.frameworkId} />
                <input type="hidden" name="direction" value="up" />
                <button type="submit" className="button" disabled={index === 0}>
                  Move up<span className="visually-hidden"> {entry.name}</span>
                </button>
              </form>
              <form action={moveInRankingAction}>
                <Hidden postId={post.id} frameworkId={entry.frameworkId} />
                <input type="hidden" name="direction" value="down" />
                <button type="submit" className="button" disabled={index === ranking.length - 1}>
                  Move down<span className="visually-hidden"> {entry.name}</span>
                </button>
              </form>
              {/* Removing asks first: the link opens the question above, without JavaScript too. */}
              <Link href={`${here({ remove: String(entry.frameworkId) })}#remove-heading`} className="button button-secondary">
                Remove…<span className="visually-hidden"> {entry.name} from the ranking</span>
              </Link>
            </li>
          ))}
        </ol>
      )}
      {unranked.length > 0 && (
        <form action={addToRankingAction} className="form ranking-add">
          <input type="hidden" name="postId" value={post.id} />
          <div className="field">
            <label htmlFor="ranking-add-framework">Add a framework at the end</label>
            <select id="ranking-add-framework" name="frameworkId" required>
              {unranked.map((framework) => (
                <option key={framework.id} value={framework.id}>
                  {framework.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <button type="submit" className="button">
              Add to the ranking
            </button>
          </div>
        </form>
      )}
    </>
  );
}
