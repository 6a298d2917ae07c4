import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { env } from '@/lib/env';

/**
 * Secrets the server must read back (a TOTP secret) are stored sealed with AES-256-GCM, under a
 * key derived from AUTH_SECRET, so a copy of the database alone cannot mint someone's codes.
 * Changing AUTH_SECRET makes them unreadable: people then sign in with a recovery code and set
 * two-factor sign-in up again (README, "Two-factor sign-in").
 */
const key = Buffer.from(hkdfSync('sha256', env.AUTH_SECRET, 'musings', 'sealed secrets v1', 32));

export function seal(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
}

/** Null when the text was sealed under another key or was altered. */
export function unseal(sealed: string): string | null {
  const [version, iv, body, tag] = sealed.split('.');
  if (version !== 'v1' || !iv || !body || !tag) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
