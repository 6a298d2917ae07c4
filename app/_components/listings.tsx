import { notFound, permanentRedirect } from 'next/navigation';
import { paths } from '@/lib/paths';
import { readAuthor, readCategory, readPostList, readTag, readTaxonomyRedirect } from '@/lib/reader/posts';
import { AuthorAvatar } from './author-card';
import { PostList } from './post-list';
import { WithSidebar } from './site-shell';

/** A category or tag renamed or merged away keeps its addresses: a permanent redirect (308) to the same page under its new slug (decision 021). */
async function redirectIfMoved(kind: 'category' | 'tag', slug: string, page: number): Promise<never> {
  const movedTo = await readTaxonomyRedirect(kind, slug);
  if (movedTo) permanentRedirect(kind === 'category' ? paths.category(movedTo, page) : paths.tag(movedTo, page));
  notFound();
}

/** A category's posts, one page of them; 404 for an unknown category or a page past the end. */
export async function CategoryListing({ slug, page }: { slug: string; page: number }) {
  const category = await readCategory(slug);
  if (!category) return redirectIfMoved('category', slug, page);
  const posts = await readPostList({ categorySlug: slug }, page);
  if (page > 1 && posts.items.length === 0) notFound();
  return (
    <WithSidebar>
      <h1>
        {category.name}
        {page > 1 && <span className="meta"> · page {page}</span>}
      </h1>
      {category.description && <p className="lead">{category.description}</p>}
      <PostList page={posts} pageHref={(n) => paths.category(slug, n)} emptyText="No posts in this category yet." />
    </WithSidebar>
  );
}

/** A tag's posts, one page of them; 404 for a tag no public post carries, or a page past the end. */
export async function TagListing({ slug, page }: { slug: string; page: number }) {
  const tag = await readTag(slug);
  if (!tag) return redirectIfMoved('tag', slug, page);
  const posts = await readPostList({ tagSlug: slug }, page);
  if (page > 1 && posts.items.length === 0) notFound();
  return (
    <WithSidebar>
      <p className="meta">Tag</p>
      <h1>
        {tag.name}
        {page > 1 && <span className="meta"> · page {page}</span>}
      </h1>
      {tag.description && <p className="lead">{tag.description}</p>}
      <PostList page={posts} pageHref={(n) => paths.tag(slug, n)} emptyText="No posts with this tag yet." />
    </WithSidebar>
  );
}

/** An author's name, portrait and bio over their posts; 404 for someone with no public post, or a page past the end. */
export async function AuthorListing({ slug, page }: { slug: string; page: number }) {
  const author = await readAuthor(slug);
  if (!author) notFound();
  const posts = await readPostList({ authorSlug: slug }, page);
  if (page > 1 && posts.items.length === 0) notFound();
  return (
    <WithSidebar>
      <header className="author-header">
        <AuthorAvatar author={author} size="large" />
        <div>
          <p className="meta">Author</p>
          <h1>
            {author.name}
            {page > 1 && <span className="meta"> · page {page}</span>}
          </h1>
          {author.bio && <p className="lead author-bio">{author.bio}</p>}
          <p className="meta">{posts.total === 1 ? '1 post' : `${posts.total} posts`}</p>
        </div>
      </header>
      <PostList page={posts} pageHref={(n) => paths.author(slug, n)} emptyText="No posts by this author yet." />
    </WithSidebar>
  );
}

export async function YearListing({ year, page }: { year: number; page: number }) {
  const posts = await readPostList({ year }, page);
  if (posts.items.length === 0) notFound();
  return (
    <WithSidebar>
      <h1>
        Posts from {year}
        {page > 1 && <span className="meta"> · page {page}</span>}
      </h1>
      <PostList page={posts} pageHref={(n) => paths.archive(year, n)} emptyText="No posts from this year." />
    </WithSidebar>
  );
}
