import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { COMMENT_RULES, countLinks, decideStatus, findBlockedWord, placeReply } from '@/lib/comments/rules';
import { fieldErrors } from '@/lib/forms/form-state';
import { parseMarkdown } from '@/lib/markdown/render';
import { commentSchema } from '@/lib/validation/comment';

// lib/env validates the environment on import; the token module signs with AUTH_SECRET.
process.env.DATABASE_URL ??= 'postgres://unused/unused';
process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
const { checkFormToken, issueFormToken } = await import('@/lib/comments/form-token');

describe('moderation rules', () => {
  const clean = { knownCommenter: true, links: 0, blockedWord: null };

  it('publishes a known commenter at once', () => {
    expect(decideStatus(clean)).toEqual({ status: 'approved', heldReason: null });
  });

  it('holds a first comment from an address', () => {
    expect(decideStatus({ ...clean, knownCommenter: false })).toMatchObject({ status: 'pending', heldReason: 'first comment from this e-mail' });
  });

  it('holds more than two links, even from a known commenter', () => {
    expect(decideStatus({ ...clean, links: 2 }).status).toBe('approved');
    expect(decideStatus({ ...clean, links: 3 })).toMatchObject({ status: 'pending', heldReason: '3 links' });
  });

  it('holds a blocked word, even from a known commenter', () => {
    expect(decideStatus({ ...clean, blockedWord: 'casino' })).toMatchObject({ status: 'pending', heldReason: 'blocked word “casino”' });
  });

  it('counts inline links and autolinks', () => {
    expect(countLinks(parseMarkdown('[a](https://a.example) <https://b.example> www.c.example and `https://in.code`', 'comment'))).toBe(3);
  });

  it('finds blocked words as whole words, ignoring case, phrases included', () => {
    const words = ['casino', 'cheap pills'];
    expect(findBlockedWord('Visit our CASINO today', words)).toBe('casino');
    expect(findBlockedWord('buy Cheap  pills', words)).toBeNull();
    expect(findBlockedWord('buy cheap pills now', words)).toBe('cheap pills');
    expect(findBlockedWord('occasionally', ['casio'])).toBeNull();
    expect(findBlockedWord('x b*c y', ['b*c'])).toBe('b*c');
  });

  it('nests replies three deep; a reply past that becomes a sibling at the deepest level', () => {
    expect(placeReply({ id: 1, parentId: null, depth: 1 })).toEqual({ parentId: 1, depth: 2 });
    expect(placeReply({ id: 2, parentId: 1, depth: 2 })).toEqual({ parentId: 2, depth: 3 });
    expect(placeReply({ id: 3, parentId: 2, depth: 3 })).toEqual({ parentId: 2, depth: COMMENT_RULES.maxDepth });
  });
});

describe('commentSchema', () => {
  const valid = { name: 'Ada', email: 'ada@example.com', body: 'Nice post!' };
  const errorsFor = (input: Partial<typeof valid>) => {
    const result = commentSchema.safeParse({ ...valid, ...input });
    return result.success ? {} : fieldErrors(result.error);
  };

  it('accepts a plain comment and keeps its text as typed', () => {
    expect(commentSchema.parse({ ...valid, body: '  *hi*  `<b>`  ' }).body).toBe('  *hi*  `<b>`  ');
  });

  it.each([
    [{ body: '' }, 'body', 'Comment is required.'],
    [{ body: ' \n\t ' }, 'body', 'Comment is required.'],
    [{ name: '   ' }, 'name', 'Name is required.'],
    [{ body: 'x'.repeat(5_001) }, 'body', 'Comment must be at most 5,000 characters (it has 5,001).'],
    [{ name: 'n'.repeat(101) }, 'name', 'Name must be at most 100 characters (it has 101).'],
    [{ body: 'a\u0000b' }, 'body', 'Comment contains a NUL character, which cannot be stored.'],
    [{ body: 'broken \uD800 surrogate' }, 'body', 'Comment contains invalid Unicode (a lone surrogate).'],
    [{ body: '<script>alert(1)</script>' }, 'body', expect.stringMatching(/^Comment contains HTML tags/)],
    [{ body: 'hi <img src=x onerror=alert(1)>' }, 'body', expect.stringMatching(/^Comment contains HTML tags/)],
    [{ body: '[x](javascript:alert(1))' }, 'body', expect.stringMatching(/link that does not start with http/)],
    [{ body: '<data:text/html,hi>' }, 'body', expect.stringMatching(/link that does not start with http/)],
    [{ body: `${'> '.repeat(30)}deep` }, 'body', expect.stringMatching(/nested too deeply/)],
    [{ name: '<b>Ada</b>' }, 'name', 'Name cannot contain < or >.'],
    [{ email: 'not-an-address' }, 'email', 'E-mail must be a valid e-mail address, like name@example.com.'],
  ])('refuses bad input #%# with a message on its field', (input, field, message) => {
    expect(errorsFor(input)).toMatchObject({ [field]: message });
  });

  it('allows HTML inside code, where it is code', () => {
    expect(errorsFor({ body: 'Use `<div>` or\n\n```html\n<script src="x"></script>\n```' })).toEqual({});
  });
});

describe('the signed form token', () => {
  const target = 'post:hello';
  const started = Date.UTC(2026, 0, 1);

  it('accepts a form sent a few seconds after it was started', () => {
    expect(checkFormToken(issueFormToken(target, started), target, started + 10_000)).toBe('ok');
  });

  it('refuses one sent sooner than the minimum fill time', () => {
    expect(checkFormToken(issueFormToken(target, started), target, started + 1_000)).toBe('too-fast');
  });

  it('refuses an expired one, one for another page, and a forged one', () => {
    const token = issueFormToken(target, started);
    expect(checkFormToken(token, target, started + (COMMENT_RULES.tokenMaxAgeSeconds + 1) * 1000)).toBe('expired');
    expect(checkFormToken(token, 'post:other', started + 10_000)).toBe('missing');
    expect(checkFormToken(token.replace(/^\d+/, String(started - 60_000)), target, started + 10_000)).toBe('missing');
    expect(checkFormToken('', target)).toBe('missing');
  });
});
