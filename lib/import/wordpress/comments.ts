import type { ImportedComment } from '@/lib/data/imports';
import { commentBody, commentName } from '@/lib/validation/comment';
import { plainText, wordpressHtmlToMarkdown } from '../html-to-markdown';
import { count, type ImportContext } from './context';
import type { WxrComment } from './wxr';

/** The deepest reply the thread shows (db/schema/comments.ts); a deeper one joins its parent's level. */
const MAX_DEPTH = 3;

function statusOf(approved: string): ImportedComment['status'] | null {
  if (approved === '1') return 'approved';
  if (approved === '0') return 'pending';
  if (approved === 'spam') return 'spam';
  if (approved === 'trash' || approved === 'post-trashed') return 'trash';
  return null;
}

/** Parents before their replies: WordPress numbers comments as they come, so a reply's id is the larger. */
function threadOrder(comments: WxrComment[]): WxrComment[] {
  return [...comments].sort((a, b) => Number(a.id) - Number(b.id));
}

/**
 * Each imported post's comments, threaded as on WordPress and with its approval state,
 * through the comment form's own checks of the name and body (lib/validation/comment.ts).
 */
export async function importComments(context: ImportContext): Promise<void> {
  const { wxr, writer, report } = context;
  let flattened = 0;
  for (const item of wxr.items) {
    const postId = context.postIds.get(item.id);
    if (postId === undefined) continue;
    const placed = new Map<string, { id: number; depth: number; parentId: number | null }>();
    for (const comment of threadOrder(item.comments)) {
      const label = `comment ${comment.id} on post ${item.id}`;
      if (comment.type && comment.type !== 'comment') {
        report.skipped.push({ item: label, why: `it is a ${comment.type}, which this site does not keep.` });
        continue;
      }
      const status = statusOf(comment.approved);
      const converted = await wordpressHtmlToMarkdown(comment.content);
      const name = commentName.safeParse(plainText(comment.authorName) || 'Anonymous');
      const body = commentBody.safeParse(converted.markdown);
      if (!status || !name.success || !body.success) {
        const why = !status ? `its approval state “${comment.approved}” is unknown.` : [...(name.error?.issues ?? []), ...(body.error?.issues ?? [])].map((issue) => issue.message).join(' ');
        report.skipped.push({ item: label, why });
        continue;
      }
      for (const loss of converted.dropped) report.dropped.push({ item: label, ...loss });
      const parent = comment.parentId && comment.parentId !== '0' ? placed.get(comment.parentId) : undefined;
      if (comment.parentId !== '0' && comment.parentId && !parent) report.notes.push(`${label} answered comment ${comment.parentId}, which was not imported: it is a top-level comment.`);
      const tooDeep = parent !== undefined && parent.depth >= MAX_DEPTH;
      if (tooDeep) flattened += 1;
      const parentId = parent ? (tooDeep ? parent.parentId : parent.id) : null;
      const depth = parent ? Math.min(parent.depth + 1, MAX_DEPTH) : 1;
      const result = await writer.upsertComment(comment.id, {
        postId,
        parentId,
        depth,
        authorName: name.data,
        email: comment.email,
        body: body.data,
        status,
        userId: context.authorIdsByWpId.get(comment.userId) ?? null,
        createdAt: comment.date ?? new Date(),
      });
      placed.set(comment.id, { id: count(report, 'comments', result), depth, parentId });
    }
  }
  if (flattened) report.notes.push(`${flattened} replies were nested deeper than ${MAX_DEPTH} levels: each joins its parent's level, the deepest this site shows.`);
}
