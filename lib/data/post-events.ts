import 'server-only';
import type { OutboxEvent } from '@/lib/outbox/events';
import { paths } from '@/lib/paths';
import { absoluteUrl } from '@/lib/site';
import type { Executor } from './audit';
import { enqueueEvents, withdrawScheduledEvents } from './webhook-outbox';

/** The post fields a webhook carries: what readers see of it, never an author's e-mail. */
interface AnnouncedPost {
  id: number;
  title: string;
  slug: string;
  excerpt: string;
  categorySlug: string;
  tags: string[];
  status: string;
  publishedAt: Date | null;
  authorName: string;
}

/** Where the post stands for readers before and after the change. */
export interface PostVisibilityChange {
  wasLive: boolean;
  isLive: boolean;
  /** When a scheduled post will go live, if that is still ahead. */
  goesLiveAt: Date | null;
  /** Trashing a post unpublishes it; emptying the trash deletes it. */
  deleted?: boolean;
}

const subjectOf = (postId: number) => `post:${postId}`;

function postData(post: AnnouncedPost): Record<string, unknown> {
  return {
    id: post.id,
    title: post.title,
    slug: post.slug,
    url: absoluteUrl(paths.post(post.slug)),
    excerpt: post.excerpt,
    category: post.categorySlug,
    tags: post.tags,
    status: post.status,
    publishedAt: post.publishedAt?.toISOString() ?? null,
    author: post.authorName,
  };
}

/** The webhook events of a post change, as readers see it: published, updated while live, unpublished, or deleted for good. */
export function postEvents(post: AnnouncedPost, change: PostVisibilityChange): OutboxEvent[] {
  const subject = subjectOf(post.id);
  const data = postData(post);
  if (change.deleted) return [{ type: 'post.deleted', subject, data: { id: post.id, slug: post.slug, title: post.title } }];
  const events: OutboxEvent[] = [];
  if (change.wasLive && change.isLive) events.push({ type: 'post.updated', subject, data });
  if (change.wasLive && !change.isLive) events.push({ type: 'post.unpublished', subject, data });
  if (!change.wasLive && change.isLive) events.push({ type: 'post.published', subject, data });
  // A scheduled post goes live with no write at all: its event waits in the outbox until then.
  if (change.goesLiveAt) events.push({ type: 'post.published', subject, data, dueAt: change.goesLiveAt });
  return events;
}

/**
 * Writes a post change's events into the outbox, in the change's transaction. A publication still waiting
 * for its time is withdrawn first: the post was rescheduled, unpublished or trashed since (this save
 * schedules it again if it still should).
 */
export async function announcePostChange(tx: Executor, post: AnnouncedPost, change: PostVisibilityChange): Promise<void> {
  await withdrawScheduledEvents(tx, subjectOf(post.id));
  await enqueueEvents(tx, postEvents(post, change));
}
