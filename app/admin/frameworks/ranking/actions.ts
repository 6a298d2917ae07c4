'use server';

import { requireFormData } from '@/lib/forms/form-state';
import { notFound, redirect } from 'next/navigation';
import { requireRole } from '@/lib/auth/guards';
import { parsePositiveInt } from '@/lib/forms/ids';
import { invalidateRanking } from '@/lib/cache/invalidate';
import { changeRanking, type RankingChange } from '@/lib/data/rankings';
import { adminFrameworkPaths } from '@/lib/paths';

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

export async function moveInRankingAction(formData: FormData): Promise<void> {
  requireFormData(formData);
  const user = await requireRole('admin', 'editor');
  const direction = formData.get('direction');
  await apply(formData, (frameworkId) => (direction === 'up' || direction === 'down' ? { action: 'move', frameworkId, direction } : null), user.id);
}

export async function addToRankingAction(formData: FormData): Promise<void> {
  requireFormData(formData);
  const user = await requireRole('admin', 'editor');
  await apply(formData, (frameworkId) => ({ action: 'add', frameworkId }), user.id);
}

export async function removeFromRankingAction(formData: FormData): Promise<void> {
  requireFormData(formData);
  const user = await requireRole('admin', 'editor');
  await apply(formData, (frameworkId) => ({ action: 'remove', frameworkId }), user.id);
}
