import type { TaxonomyKind } from '@/lib/data/taxonomy-admin';
import { paths } from '@/lib/paths';

/** How the admin names each taxonomy, and where its pages are. */
export const TAXONOMIES = {
  category: { noun: 'category', plural: 'categories', title: 'Categories', adminPath: '/admin/categories', readerPath: (slug: string) => paths.category(slug) },
  tag: { noun: 'tag', plural: 'tags', title: 'Tags', adminPath: '/admin/tags', readerPath: (slug: string) => paths.tag(slug) },
} as const satisfies Record<TaxonomyKind, { noun: TaxonomyKind; plural: string; title: string; adminPath: string; readerPath: (slug: string) => string }>;
