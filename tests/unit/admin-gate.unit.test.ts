import { describe, expect, it } from 'vitest';
import { signInRedirect } from '@/lib/http/admin-gate';

const url = (path: string) => new URL(path, 'http://localhost');

describe('an admin page asked for without a session cookie', () => {
  it('is sent to sign-in, which brings the visitor back to the page and its query', () => {
    expect(signInRedirect('GET', url('/admin'), [])).toBe('/login?callbackUrl=%2Fadmin');
    expect(signInRedirect('HEAD', url('/admin/posts?status=draft'), ['theme'])).toBe('/login?callbackUrl=%2Fadmin%2Fposts%3Fstatus%3Ddraft');
  });

  it('goes through with a session cookie, whole or chunked, over http or https', () => {
    for (const name of ['authjs.session-token', '__Secure-authjs.session-token', 'authjs.session-token.0']) {
      expect(signInRedirect('GET', url('/admin/users'), [name]), name).toBeNull();
    }
  });

  it('leaves other cookies, other paths and Server Action posts alone', () => {
    expect(signInRedirect('GET', url('/admin/users'), ['authjs.csrf-token', 'authjs.callback-url'])).not.toBeNull();
    expect(signInRedirect('GET', url('/administration'), [])).toBeNull();
    expect(signInRedirect('GET', url('/blog/admin'), [])).toBeNull();
    expect(signInRedirect('POST', url('/admin/posts'), [])).toBeNull();
  });
});
