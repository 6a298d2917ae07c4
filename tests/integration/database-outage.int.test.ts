import { describe, expect, it, vi } from 'vitest';
import { form, idle } from '../support/action-calls';

// The database is down: this file's app modules talk to a port where nothing listens (connection refused),
// which is what every instance sees while PostgreSQL restarts. Set before any app module reads the environment.
vi.hoisted(() => {
  process.env.DATABASE_URL = 'postgres://postgres@127.0.0.1:1/musings';
});
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': '192.0.2.44' }) }));
// Admin actions run as a signed-in user whose session is valid; looking them up needs the database.
vi.mock('@/lib/auth/config', () => ({ auth: async () => ({ user: { id: '1' }, sessionId: 'a-session-from-before-the-outage', signedInAt: Date.now() }) }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

const { postComment } = await import('@/app/(site)/_comments/actions');
const { submitQuoteRequest } = await import('@/app/(site)/quote/actions');
const { savePostAction } = await import('@/app/admin/posts/actions');
const { saveFrameworkAction } = await import('@/app/admin/frameworks/actions');
const { issueFormToken } = await import('@/lib/comments/form-token');
const { DATABASE_UNAVAILABLE_MESSAGE } = await import('@/lib/forms/form-state');

const CANNOT_SAVE = { status: 'error', message: DATABASE_UNAVAILABLE_MESSAGE };

describe('while the database cannot be reached, every form keeps what was typed and says it cannot save', () => {
  it('a comment, with its token, so pressing again later posts it', async () => {
    const token = issueFormToken('post:design-systems-for-small-teams', Date.now() - 10_000);
    const typed = { name: 'Ada', email: 'ada@example.com', body: 'Written during the outage — keep me.' };
    const state = await postComment(idle, form({ kind: 'post', slug: 'design-systems-for-small-teams', parentId: '', website: '', token, ...typed }));
    expect(state).toMatchObject({ ...CANNOT_SAVE, values: typed, token });
  });

  it('a quote request', async () => {
    const typed = { name: 'Grace', email: 'grace@example.com', company: 'Navy', message: 'A museum website, please, with a long enough message.' };
    expect(await submitQuoteRequest(idle, form(typed))).toMatchObject({ ...CANNOT_SAVE, values: typed });
  });

  it('an admin post save (the editor shows the message and keeps its fields)', async () => {
    const typed = { id: '7', title: 'Outage post', slug: 'outage-post', excerpt: 'Short.', categoryId: '1', body: 'Every **word** kept.', status: 'draft', publishAt: '', publishAtIso: '', version: '3' };
    const state = await savePostAction(idle, form(typed));
    expect(state).toMatchObject({ ...CANNOT_SAVE, values: { title: typed.title, body: typed.body, slug: typed.slug }, postId: 7 });
  });

  it('an admin framework save', async () => {
    const typed = { id: '2', version: '4', name: 'Astro', slug: 'astro', language: 'TypeScript', firstReleased: '2021', creator: 'The Astro team', architecture: 'Islands', bestFor: 'Content sites', overview: 'Kept as typed.', pros: ['Fast'], cons: ['Young'] };
    const state = await saveFrameworkAction({ ...idle, values: { ...typed, bestUseCasesSummary: '', bestUseCases: [], keyFeatures: [] }, id: '2', version: '4', publication: 'draft', attempt: 0 }, form(typed));
    expect(state).toMatchObject({ ...CANNOT_SAVE, id: '2', version: '4', values: { name: 'Astro', overview: 'Kept as typed.' } });
  });
});
