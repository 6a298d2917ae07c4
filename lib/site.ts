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

const dateFormat = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}
