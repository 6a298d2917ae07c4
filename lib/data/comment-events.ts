import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import { comments } from '@/db/schema';
import type { OutboxEvent } from '@/lib/outbox/events';
import { paths } from '@/lib/paths';
import { absoluteUrl } from '@/lib/site';
import type { Executor } from './audit';
import { enqueueEvents } from './webhook-outbox';

/**
 * A comment.approved event for each comment that just became public (moderated, a staff reply, a trusted
 * commenter's), in the caller's transaction. It carries what readers see: never the commenter's e-mail or IP.
 */
export async function announceApprovedComments(tx: Executor, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  const rows = await tx
    .select({
      id: comments.id,
      authorName: comments.authorName,
      body: comments.body,
      parentId: comments.parentId,
      createdAt: comments.createdAt,
      targetKind: comments.targetKind,
      targetId: comments.targetId,
      // Spelled out: inside sql`…` Drizzle would write the comment's columns unqualified, and the subqueries have their own id.
      targetSlug: sql<string | null>`case when comments.target_kind = 'post'
        then (select p.slug from posts p where p.id = comments.target_id) else (select f.slug from frameworks f where f.id = comments.target_id) end`,
    })
    .from(comments)
    .where(inArray(comments.id, ids));
  const events = rows.map(({ targetKind, targetId, targetSlug, createdAt, ...comment }): OutboxEvent => {
    const page = targetSlug === null ? null : targetKind === 'post' ? paths.post(targetSlug) : paths.framework(targetSlug);
    return {
      type: 'comment.approved',
      subject: `comment:${comment.id}`,
      data: { ...comment, createdAt: createdAt.toISOString(), target: { kind: targetKind, id: targetId, slug: targetSlug, url: page && absoluteUrl(page) } },
    };
  });
  await enqueueEvents(tx, events);
}
