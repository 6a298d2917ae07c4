import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/guards';
import { FLAGSHIP_POST_SLUG } from '@/lib/data/frameworks';
import { getRankingPost, listRanking, listRankingPosts, listUnrankedFrameworks } from '@/lib/data/rankings';
import { adminFrameworkPaths, paths } from '@/lib/paths';
import { addToRankingAction, moveInRankingAction, removeFromRankingAction } from './actions';
import '../frameworks.css';

export const metadata: Metadata = { title: 'Framework ranking' };

type Props = { searchParams: Promise<{ post?: string }> };

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
  const requested = (await searchParams).post;
  const post = await getRankingPost(typeof requested === 'string' && requested !== '' ? requested : FLAGSHIP_POST_SLUG);
  if (!post) notFound();
  const [ranking, unranked, rankingPosts] = await Promise.all([listRanking(post.id), listUnrankedFrameworks(post.id), listRankingPosts()]);
  return (
    <>
      <p>
        <Link href={adminFrameworkPaths.list()}>← All frameworks</Link>
      </p>
      <h1>Ranking of “{post.title}”</h1>
      {rankingPosts.length > 1 && (
        <nav aria-label="Posts with a ranking" className="pagination">
          {rankingPosts.map((other) => (
            <Link key={other.id} href={`/admin/frameworks/ranking?post=${encodeURIComponent(other.slug)}`} aria-current={other.id === post.id ? 'page' : undefined}>
              {other.title}
            </Link>
          ))}
        </nav>
      )}
      <p className="meta">
        Readers see the new order on their next load of <Link href={paths.post(post.slug)}>the post</Link>.
      </p>
      {ranking.length === 0 ? (
        <p>This post ranks no framework yet.</p>
      ) : (
        <ol className="ranking-list" aria-label="Ranked frameworks">
          {ranking.map((entry, index) => (
            <li key={entry.frameworkId}>
              <span className="ranking-name">
                #{entry.position} {entry.name}
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
              <form action={removeFromRankingAction}>
                <Hidden postId={post.id} frameworkId={entry.frameworkId} />
                <button type="submit" className="button">
                  Remove<span className="visually-hidden"> {entry.name} from the ranking</span>
                </button>
              </form>
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
