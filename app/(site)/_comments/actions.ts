'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { invalidateComments } from '@/lib/cache/invalidate-comments';
import { publicAction, STATE_AND_FORM } from '@/lib/auth/define-action';
import { clientIpHash } from '@/lib/client-ip';
import { checkFormToken, formTokenHash, issueFormToken } from '@/lib/comments/form-token';
import { commentPaths, commentTargetKey } from '@/lib/comments/paths';
import { COMMENT_RULES, countLinks, decideStatus, findBlockedWord, placeReply } from '@/lib/comments/rules';
import {
  getCommentTarget,
  getReplyParent,
  hasApprovedComment,
  insertComment,
  isDuplicateComment,
  listBlockedWords,
  threadPageOf,
} from '@/lib/data/comments';
import { perEmailAndIp, takeRateLimitedAttempt } from '@/lib/data/rate-limit';
import { fieldErrors, keepTextWhenDatabaseIsDown, readFields } from '@/lib/forms/form-state';
import { parseMarkdown } from '@/lib/markdown/render';
import { commentSchema, commentTargetSchema, type CommentFields, type CommentInput } from '@/lib/validation/comment';
import { READER_FORMS_HEADER, type CommentFormState } from './form-state';

const FIELDS = ['name', 'email', 'body'] as const satisfies readonly CommentFields[];
/** Hidden from people; bots that fill every field reveal themselves here. */
const HONEYPOT_FIELD = 'website';

const PUBLISHED = 'Thank you! Your comment is published.';
const AWAITING = (name: string) => `Thank you, ${name}! Your comment is awaiting moderation and will appear once it is approved.`;

/**
 * A public endpoint: readers comment without an account. Defences, in order:
 * honeypot, validation, signed minimum fill time, rate limits per IP and
 * e-mail (PostgreSQL), duplicates; then the moderation rules decide whether
 * the comment waits for an editor.
 */
export const postComment = publicAction(
  { reason: 'readers comment without an account; validated, honeypot, signed fill time, rate-limited per IP and e-mail, moderated', input: STATE_AND_FORM },
  async (_previous, formData): Promise<CommentFormState> => {
    const values = readFields(formData, FIELDS);
    const hidden = readFields(formData, ['kind', 'slug', 'parentId', 'token', HONEYPOT_FIELD] as const);
    const targetFields = commentTargetSchema.safeParse(hidden);
    if (!targetFields.success) return { status: 'error', values, errors: {}, message: 'This form is not attached to a page that takes comments.' };
    const { kind, slug, parentId } = targetFields.data;
    const targetKey = commentTargetKey(kind, slug);
    if (hidden[HONEYPOT_FIELD] !== '') {
      // Answer as if it worked, so the bot learns nothing.
      return { status: 'success', values: {}, errors: {}, message: AWAITING(values.name.trim() || 'reader') };
    }

    const parsed = commentSchema.safeParse(values);
    if (!parsed.success) {
      return { status: 'error', values, errors: fieldErrors(parsed.error), message: 'Please correct the highlighted fields.', token: hidden.token };
    }
    const tokenCheck = checkFormToken(hidden.token, targetKey);
    if (tokenCheck === 'too-fast') {
      return { status: 'error', values, errors: {}, message: 'That was quicker than anyone can write. Please wait a few seconds, then press “Post comment” again.', token: hidden.token };
    }
    if (tokenCheck !== 'ok') {
      // No JavaScript (the cached page cannot carry a fresh token) or a form left open for a day.
      return {
        status: 'error',
        values,
        errors: {},
        message: 'Almost there: to keep spam out, please check your comment and press “Post comment” once more.',
        token: issueFormToken(targetKey),
      };
    }

    const draft = { values, input: parsed.data, kind, slug, parentId, targetKey, token: hidden.token };
    return keepTextWhenDatabaseIsDown(
      () => storeComment(draft),
      (message) => ({ status: 'error', values, errors: {}, message, token: hidden.token }),
    );
  },
);

type CommentTarget = ReturnType<typeof commentTargetSchema.parse>;

interface CommentDraft extends Pick<CommentTarget, 'kind' | 'slug' | 'parentId'> {
  values: Record<CommentFields, string>;
  input: CommentInput;
  targetKey: string;
  token: string;
}

/** The checks that need the database, then the insert; a database outage on the way is answered by the caller. */
async function storeComment({ values, input, kind, slug, parentId, targetKey, token }: CommentDraft): Promise<CommentFormState> {
  const target = await getCommentTarget(kind, slug);
  if (!target) return { status: 'error', values, errors: {}, message: 'This page no longer takes comments.' };
  const parent = parentId === null ? null : await getReplyParent(target, parentId);
  if (parentId !== null && !parent) {
    return { status: 'error', values, errors: {}, message: 'The comment you are replying to is no longer shown, so the reply cannot be posted.', token: token };
  }

  const ipHash = clientIpHash(await headers());
  const { rateLimit } = COMMENT_RULES;
  if (!(await takeRateLimitedAttempt('comment', perEmailAndIp(input.email, ipHash, rateLimit), rateLimit.windowSeconds))) {
    return {
      status: 'error',
      values,
      errors: {},
      message: 'You have posted several comments in the last few minutes. Please take a short break and try again in about 10 minutes; your text is still here.',
      token: token,
    };
  }
  if (await isDuplicateComment({ kind, targetId: target.id, email: input.email, ipHash, body: input.body })) {
    return { status: 'error', values, errors: { body: 'You have already posted this comment here.' }, message: 'Please correct the highlighted fields.', token: token };
  }

  const [knownCommenter, blocked] = await Promise.all([hasApprovedComment(input.email), listBlockedWords()]);
  const decision = decideStatus({
    knownCommenter,
    links: countLinks(parseMarkdown(input.body, 'comment')),
    blockedWord: findBlockedWord(`${input.name}\n${input.body}`, blocked),
  });
  const inserted = await insertComment({
    target,
    parent: parent ? placeReply(parent) : null,
    authorName: input.name,
    email: input.email,
    ipHash,
    body: input.body,
    formTokenHash: formTokenHash(token),
    ...decision,
  });
  if (!inserted) {
    // The token has posted a comment already: a replay, or a second comment from the same form.
    return {
      status: 'error',
      values,
      errors: {},
      message: 'This form has already posted a comment. To post this one too, please press “Post comment” once more.',
      token: issueFormToken(targetKey),
    };
  }
  const { id } = inserted;
  // A fresh token, so the same form can post another comment later.
  if (decision.status !== 'approved') return { status: 'success', values: {}, errors: {}, message: AWAITING(input.name), commentId: id, token: issueFormToken(targetKey) };

  invalidateComments([{ kind, slug }]);
  const location = commentPaths.comment(kind, slug, await threadPageOf(id), id);
  if ((await headers()).get(READER_FORMS_HEADER) === '1') return { status: 'success', values: {}, errors: {}, message: PUBLISHED, commentId: id, location, token: issueFormToken(targetKey) };
  redirect(location);
}
