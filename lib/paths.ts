/** Every reader URL the app links to, built in one place. */
export const paths = {
  home: (page = 1) => (page === 1 ? '/' : `/page/${page}`),
  post: (slug: string) => `/blog/${slug}`,
  categories: () => '/category',
  category: (slug: string, page = 1) => (page === 1 ? `/category/${slug}` : `/category/${slug}/page/${page}`),
  tag: (slug: string, page = 1) => (page === 1 ? `/tag/${slug}` : `/tag/${slug}/page/${page}`),
  author: (slug: string, page = 1) => (page === 1 ? `/author/${slug}` : `/author/${slug}/page/${page}`),
  archive: (year: number, page = 1) => (page === 1 ? `/archive/${year}` : `/archive/${year}/page/${page}`),
  frameworks: () => '/frameworks',
  framework: (slug: string) => `/frameworks/${slug}`,
  search: (query?: string) => (query ? `/search/${encodeURIComponent(query)}` : '/search'),
} as const;

/** Admin URLs of one kind of versioned item: its list, the new form, an editor, a history. */
function adminItemPaths(base: string) {
  return {
    list: () => base,
    create: () => `${base}/new`,
    edit: (id: number) => `${base}/${id}`,
    history: (id: number) => `${base}/${id}/history`,
  } as const;
}

export const adminPostPaths = adminItemPaths('/admin/posts');
export const adminFrameworkPaths = adminItemPaths('/admin/frameworks');
