import type { MediaRendition } from './media';
import type { TagSummary } from './tags';

export interface PostSummary {
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: Date;
  authorName: string;
  /** The author page: /author/<slug>. */
  authorSlug: string;
  categorySlug: string;
  categoryName: string;
  /** Approved comments; present in post lists. */
  commentCount?: number;
  featureMediaId: number | null;
  /** By name; empty when the post has none. */
  tags: TagSummary[];
  /** Whole minutes, from the words of the body and of any ranked frameworks (lib/reading-time.ts). */
  readingMinutes: number;
  /** Attached by the cached reader reads (lib/reader/posts.ts), tagged with the image. */
  featureImage?: MediaRendition | null;
}

export interface PostDetail extends PostSummary {
  id: number;
  body: string;
  updatedAt: Date;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}

/** What an editor writes about a framework: shared by the seed, the data layer and forms. */
export interface FrameworkFields {
  name: string;
  language: string;
  firstReleased: number;
  creator: string;
  architecture: string;
  bestFor: string;
  overview: string;
  pros: string[];
  cons: string[];
  bestUseCasesSummary: string | null;
  bestUseCases: string[];
  keyFeatures: string[];
}

export interface FrameworkDetail extends FrameworkFields {
  slug: string;
  updatedAt: Date;
}

export interface RankedFramework extends FrameworkDetail {
  position: number;
  /** False for a draft: its section shows in the post, but nothing links to its page (decision 022). */
  published: boolean;
}

/** /frameworks: what the flagship post ranks, in its order, then every other public framework by name. */
export interface FrameworkComparison {
  ranked: FrameworkDetail[];
  others: FrameworkDetail[];
}

export interface CategoryCount {
  slug: string;
  name: string;
  description: string;
  postCount: number;
}

export interface YearCount {
  year: number;
  postCount: number;
}
