import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestUser } from '../factories/users';
import { sessionFor } from '../support/sessions';

const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock('@/lib/auth/config', () => ({ auth: async () => session.current }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

const { previewMarkdownAction } = await import('@/app/admin/preview-action');

describe('previewMarkdownAction', () => {
  beforeEach(() => {
    session.current = null;
  });

  it('sends a visitor without a session to sign in', async () => {
    await expect(previewMarkdownAction('**hi**')).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;.*;\/login;/) });
  });

  it('refuses a disabled author whose session is still valid', async () => {
    const author = await createTestUser({ role: 'author', disabled: true });
    session.current = await sessionFor(author);
    await expect(previewMarkdownAction('**hi**')).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;/) });
  });

  it('renders for any staff member through the public, sanitizing pipeline', async () => {
    const author = await createTestUser({ role: 'author' });
    session.current = await sessionFor(author);
    const { html } = await previewMarkdownAction('**bold** [x](javascript:alert(1)) <script>alert(1)</script>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).not.toMatch(/javascript:|<script/i);
  });

  it('explains text the pipeline will not render instead of failing', async () => {
    const editor = await createTestUser({ role: 'editor' });
    session.current = await sessionFor(editor);
    expect(await previewMarkdownAction('>'.repeat(5000))).toEqual({ error: expect.stringMatching(/nest/i) });
  });
});
