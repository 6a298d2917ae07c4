import type { NextRequest } from 'next/server';
import { issueFormToken } from '@/lib/comments/form-token';
import { commentTargetKey } from '@/lib/comments/paths';
import { commentTargetSchema } from '@/lib/validation/comment';

/**
 * The signed "form started" token for a comment form (decision 009). A
 * public GET: it reads and writes nothing, and only signs the current time
 * for one page, so a reader's script can fetch it when the form is first
 * used (the cached page cannot carry it). Never cached.
 */
export function GET(request: NextRequest): Response {
  const { searchParams } = request.nextUrl;
  const target = commentTargetSchema.safeParse({ kind: searchParams.get('kind'), slug: searchParams.get('slug'), parentId: '' });
  const headers = { 'Cache-Control': 'no-store', 'Content-Type': 'application/json; charset=utf-8' };
  if (!target.success) return Response.json({ error: 'kind must be post or framework, and slug a post or framework address.' }, { status: 400, headers });
  return Response.json({ token: issueFormToken(commentTargetKey(target.data.kind, target.data.slug)) }, { headers });
}
