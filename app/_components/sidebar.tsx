import Link from 'next/link';
import { readCategoryCounts, readPostList, readYearCounts } from '@/lib/reader/posts';
import { paths } from '@/lib/paths';
import { site } from '@/lib/site';

const RECENT_COUNT = 5;
const NEWS_COUNT = 3;
// Every page carries the sidebar, so it must not grow with the data: beyond
// this many categories, the largest are shown and the rest are one click away.
const CATEGORY_COUNT = 10;

export async function Sidebar() {
  const [categories, years, recent, news] = await Promise.all([
    readCategoryCounts(),
    readYearCounts(),
    readPostList({}, 1),
    readPostList({ categorySlug: site.newsCategorySlug }, 1),
  ]);
  const newsCategory = categories.find((category) => category.slug === site.newsCategorySlug);
  const shownCategories = [...categories]
    .filter((category) => category.postCount > 0)
    .sort((a, b) => b.postCount - a.postCount || a.name.localeCompare(b.name))
    .slice(0, CATEGORY_COUNT)
    .sort((a, b) => a.name.localeCompare(b.name));

  return (
    <aside className="sidebar" aria-label="Browse the blog">
      <section aria-labelledby="sidebar-categories">
        <h2 id="sidebar-categories">Blogs by Categories</h2>
        <ul>
          {shownCategories.map((category) => (
            <li key={category.slug}>
              <Link href={`/category/${category.slug}`}>{category.name}</Link>{' '}
              <span className="count">({category.postCount})</span>
            </li>
          ))}
        </ul>
        {categories.length > shownCategories.length && (
          <p>
            <Link href={paths.categories()}>All categories</Link>
          </p>
        )}
      </section>
      <section aria-labelledby="sidebar-years">
        <h2 id="sidebar-years">Blogs by Years</h2>
        <ul>
          {years.map(({ year, postCount }) => (
            <li key={year}>
              <Link href={`/archive/${year}`}>{year}</Link> <span className="count">({postCount})</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="sidebar-recent">
        <h2 id="sidebar-recent">Recent Posts</h2>
        <ul>
          {recent.items.slice(0, RECENT_COUNT).map((post) => (
            <li key={post.slug}>
              <Link href={`/blog/${post.slug}`}>{post.title}</Link>
            </li>
          ))}
        </ul>
      </section>
      {newsCategory && (
        <section aria-labelledby="sidebar-news">
          <h2 id="sidebar-news">{newsCategory.name}</h2>
          <p>{newsCategory.description}</p>
          <ul>
            {news.items.slice(0, NEWS_COUNT).map((post) => (
              <li key={post.slug}>
                <Link href={`/blog/${post.slug}`}>{post.title}</Link>
              </li>
            ))}
          </ul>
          <p>
            <Link href={`/category/${newsCategory.slug}`}>
              Show All<span className="visually-hidden"> {newsCategory.name}</span>
            </Link>
          </p>
        </section>
      )}
    </aside>
  );
}
