import { env } from '@/lib/env';

export const site = {
  name: 'Web Marketing',
  tagline: 'Musings on design, development, and digital marketing',
  description: 'The blog of a small web agency: musings on design, development, and digital marketing.',
  newsCategorySlug: 'news-and-events',
} as const;

/** Absolute URL for canonical links, feeds and share links. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${env.SITE_URL}/`).toString();
}

// Dates live in lib/dates.ts, which needs no environment (unit tests import it directly).
export { formatDate, formatDateTime } from './dates';
