'use server';

import { refresh } from 'next/cache';
import { notFound } from 'next/navigation';
import { FORM, STATE_AND_FORM, staffAction } from '@/lib/auth/define-action';
import { STAFF } from '@/lib/auth/guards';
import { isLive } from '@/lib/data/post-editing';
import { createPreviewLink, revokePreviewLink, type PreviewSource } from '@/lib/data/previews';
import { parsePositiveInt } from '@/lib/forms/ids';
import { absoluteUrl } from '@/lib/site';
import { editablePostFor } from './editable-post';

export type PreviewLinkState = { status: 'idle' } | { status: 'created'; link: string; expiresAt: string } | { status: 'error'; message: string; errors: { days?: string; source?: string } };

const DAYS = new Set([1, 7, 30]);
const SOURCES = new Set<PreviewSource>(['saved', 'working-copy']);

/** "Share preview": a link to the post as it stands, for someone without an account. Shown once; stored as a hash. */
export const createPreviewLinkAction = staffAction(
  // An outage, the guard's included, answers in the form instead of a 500 (decision 016).
  { roles: STAFF, input: STATE_AND_FORM, unavailable: (message): PreviewLinkState => ({ status: 'error', message, errors: {} }) },
  async (user, _previous, formData): Promise<PreviewLinkState> => {
    const post = await editablePostFor(user, parsePositiveInt(formData.get('id')));
    const days = Number(formData.get('days'));
    const source = formData.get('source') as PreviewSource;
    if (!DAYS.has(days)) return { status: 'error', message: 'No link was made.', errors: { days: 'Link works for must be 1, 7 or 30 days.' } };
    if (!SOURCES.has(source)) return { status: 'error', message: 'No link was made.', errors: { source: 'Shows must be the saved version or your latest changes.' } };
    if (isLive(post)) return { status: 'error', message: 'This post is published: share its address instead. A preview link to it would only redirect there.', errors: {} };
    const { token, expiresAt } = await createPreviewLink({ postId: post.id, postTitle: post.title, source, days, actorId: user.id });
    refresh();
    return { status: 'created', link: absoluteUrl(`/preview/${token}`), expiresAt: expiresAt.toISOString() };
  },
);

/** Ends a preview link at once: it answers 410 from the next request on. */
export const revokePreviewLinkAction = staffAction({ roles: STAFF, input: FORM }, async (user, formData): Promise<void> => {
  const post = await editablePostFor(user, parsePositiveInt(formData.get('id')));
  const linkId = parsePositiveInt(formData.get('linkId'));
  if (linkId === null || !(await revokePreviewLink({ linkId, postId: post.id, postTitle: post.title, actorId: user.id }))) notFound();
  refresh();
});
