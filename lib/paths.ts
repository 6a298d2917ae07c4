/** Every reader URL the app links to, built in one place. */
export const paths = {
  home: (page = 1) => (page === 1 ? '/' : `/page/${page}`),
  post: (slug: string) => `/blog/${slug}`,
  categories: () => '/category',
  category: (slug: string, page = 1) => (page === 1 ? `/category/${slug}` : `/category/${slug}/page/${page}`),
  archive: (year: number, page = 1) => (page === 1 ? `/archive/${year}` : `/archive/${year}/page/${page}`),
  frameworks: () => '/frameworks',
  framework: (slug: string) => `/frameworks/${slug}`,
  search: (query?: string) => (query ? `/search/${encodeURIComponent(query)}` : '/search'),
} as const;

/** Admin URLs for posts. */
export const adminPostPaths = {
  list: () => '/admin/posts',
  create: () => '/admin/posts/new',
  edit: (id: number) => `/admin/posts/${id}`,
  history: (id: number) => `/admin/posts/${id}/history`,
} as const;

/** Admin URLs for framework articles. */
export const adminFrameworkPaths = {
  list: () => '/admin/frameworks',
  create: () => '/admin/frameworks/new',
  edit: (id: number) => `/admin/frameworks/${id}`,
  history: (id: number) => `/admin/frameworks/${id}/history`,
} as const;
