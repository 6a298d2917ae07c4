'use server';

import { refresh } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { FORM, STATE_AND_FORM, staffAction } from '@/lib/auth/define-action';
import { invalidateComments } from '@/lib/cache/invalidate-comments';
import {
  addBlockedWord,
  createStaffReply,
  deleteComments,
  editCommentBody,
  eraseCommentsByEmail,
  removeBlockedWord,
  setCommentStatus,
} from '@/lib/data/comment-moderation';
import { fieldErrors, readFields, type FormState } from '@/lib/forms/form-state';
import { parsePositiveInt } from '@/lib/forms/ids';
import { commentBody } from '@/lib/validation/comment';
import { blockedWordSchema, moderationSchema, privacyEmailSchema } from '@/lib/validation/comment-admin';

const MODERATORS = ['admin', 'editor'] as const;

export type ModerationState = { status: 'idle' | 'error' | 'success'; message?: string };
export type CommentTextState = FormState<'body'>;
export type BlockedWordState = FormState<'word'>;
export type PrivacyState = FormState<'email'> & { erased?: number };

const STATUS_OF = { approve: 'approved', pending: 'pending', spam: 'spam', trash: 'trash' } as const;
const DONE = { approve: 'approved', pending: 'moved back to pending', spam: 'marked as spam', trash: 'moved to the trash', delete: 'deleted for good' } as const;

/** Bulk approve, spam, trash, back to pending, or delete the ticked comments. */
export const moderateCommentsAction = staffAction({ roles: MODERATORS, input: STATE_AND_FORM }, async (user, _previous, formData): Promise<ModerationState> => {
  // A comment's own button sends "operation:id" as `row`; the toolbar's buttons act on the ticked ones.
  const row = formData.get('row');
  const [rowOperation, rowId] = typeof row === 'string' ? row.split(':') : [];
  const parsed = moderationSchema.safeParse(row === null ? { operation: formData.get('operation'), ids: formData.getAll('ids') } : { operation: rowOperation, ids: rowId === undefined ? [] : [rowId] });
  if (!parsed.success) return { status: 'error', message: parsed.error.issues[0]?.message ?? 'Choose comments and an action.' };
  const { operation, ids } = parsed.data;
  const targets = operation === 'delete' ? await deleteComments(ids, user.id) : await setCommentStatus(ids, STATUS_OF[operation], user.id);
  invalidateComments(targets);
  refresh();
  return { status: 'success', message: `${ids.length} comment${ids.length === 1 ? '' : 's'} ${DONE[operation]}.` };
});

function commentId(formData: FormData): number {
  const id = parsePositiveInt(formData.get('id'));
  if (id === null) notFound();
  return id;
}

/** Corrects a comment's text; the same rules as a reader's comment apply. */
export const editCommentAction = staffAction({ roles: MODERATORS, input: STATE_AND_FORM }, async (user, _previous, formData): Promise<CommentTextState> => {
  const id = commentId(formData);
  const values = readFields(formData, ['body'] as const);
  const parsed = commentBody.safeParse(values.body);
  if (!parsed.success) return { status: 'error', values, errors: { body: parsed.error.issues[0]?.message }, message: 'Please correct the comment.' };
  const targets = await editCommentBody(id, parsed.data, user.id);
  if (!targets) notFound();
  invalidateComments(targets);
  refresh();
  return { status: 'success', values: { body: parsed.data }, errors: {}, message: 'Comment saved.' };
});

/** A reply from the staff, published at once with the "Author" badge. */
export const replyAsStaffAction = staffAction({ roles: MODERATORS, input: STATE_AND_FORM }, async (user, _previous, formData): Promise<CommentTextState> => {
  const id = commentId(formData);
  const values = readFields(formData, ['body'] as const);
  const parsed = commentBody.safeParse(values.body);
  if (!parsed.success) return { status: 'error', values, errors: { body: parsed.error.issues[0]?.message }, message: 'Please correct the reply.' };
  const reply = await createStaffReply(id, parsed.data, user);
  if (!reply) notFound();
  invalidateComments(reply.targets);
  redirect(`/admin/comments?status=approved&replied=${reply.id}`);
});

export const addBlockedWordAction = staffAction({ roles: MODERATORS, input: STATE_AND_FORM }, async (user, _previous, formData): Promise<BlockedWordState> => {
  const values = readFields(formData, ['word'] as const);
  const parsed = blockedWordSchema.safeParse(values);
  if (!parsed.success) return { status: 'error', values, errors: fieldErrors(parsed.error) };
  const added = await addBlockedWord(parsed.data.word, user.id);
  if (!added) return { status: 'error', values, errors: { word: `“${parsed.data.word}” is already on the list.` } };
  refresh();
  return { status: 'success', values: {}, errors: {}, message: `“${parsed.data.word}” added. New comments containing it are held for moderation.` };
});

export const removeBlockedWordAction = staffAction({ roles: MODERATORS, input: FORM }, async (user, formData): Promise<void> => {
  const found = await removeBlockedWord(commentId(formData), user.id);
  if (!found) notFound();
  refresh();
});

/** Privacy requests: erase every comment made with an address. Admins only. */
export const eraseCommentsByEmailAction = staffAction({ roles: ['admin'], input: STATE_AND_FORM }, async (user, _previous, formData): Promise<PrivacyState> => {
  const values = readFields(formData, ['email'] as const);
  const parsed = privacyEmailSchema.safeParse(values);
  if (!parsed.success) return { status: 'error', values, errors: fieldErrors(parsed.error) };
  if (formData.get('confirm') !== 'yes') return { status: 'error', values, errors: {}, message: 'Tick the confirmation box to erase the comments.' };
  const { erased, targets } = await eraseCommentsByEmail(parsed.data.email, user.id);
  invalidateComments(targets);
  refresh();
  return { status: 'success', values: {}, errors: {}, erased, message: `${erased} comment${erased === 1 ? '' : 's'} by ${parsed.data.email} erased.` };
});
