'use server';

import { notFound, redirect } from 'next/navigation';
import { FORM, staffAction } from '@/lib/auth/define-action';
import { parsePositiveInt } from '@/lib/forms/ids';
import { invalidateRanking } from '@/lib/cache/invalidate';
import { changeRanking, type RankingChange } from '@/lib/data/rankings';
import { adminFrameworkPaths } from '@/lib/paths';

const EDITORS = ['admin', 'editor'] as const;

/** Applies one change, expires the post and the frameworks it touched, and shows the ranking again. */
async function apply(formData: FormData, change: (frameworkId: number) => RankingChange | null, actorId: number): Promise<never> {
  const postId = parsePositiveInt(formData.get('postId'));
  const frameworkId = parsePositiveInt(formData.get('frameworkId'));
  const wanted = frameworkId === null ? null : change(frameworkId);
  if (postId === null || wanted === null) notFound();
  const result = await changeRanking(postId, wanted, actorId);
  if (result.status === 'not-found') notFound();
  if (result.status === 'changed') invalidateRanking(result.post.slug, result.affectedSlugs);
  redirect(`${adminFrameworkPaths.list()}/ranking?${new URLSearchParams({ post: result.post.slug })}`);
}

export const moveInRankingAction = staffAction({ roles: EDITORS, input: FORM }, async (user, formData): Promise<void> => {
  const direction = formData.get('direction');
  await apply(formData, (frameworkId) => (direction === 'up' || direction === 'down' ? { action: 'move', frameworkId, direction } : null), user.id);
});

export const addToRankingAction = staffAction({ roles: EDITORS, input: FORM }, async (user, formData): Promise<void> => {
  await apply(formData, (frameworkId) => ({ action: 'add', frameworkId }), user.id);
});

export const removeFromRankingAction = staffAction({ roles: EDITORS, input: FORM }, async (user, formData): Promise<void> => {
  await apply(formData, (frameworkId) => ({ action: 'remove', frameworkId }), user.id);
});
