import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';
import { API_KEY_PREFIX, hashApiKey, listActiveApiKeyHashes } from '@/lib/data/api-keys';

/**
 * The keys in force, as hash → key id. Cached whole (a site has a handful of keys) and tagged, so
 * checking a key costs no query, and revoking one expires this entry on every instance through
 * the same tag fan-out as page edits. Caching the whole set rather than one lookup per key means
 * a stream of made-up keys cannot fill the cache or reach the database.
 */
async function readActiveKeys(): Promise<Record<string, number>> {
  'use cache';
  cacheLife('max');
  cacheTag(cacheTags.apiKeys);
  const rows = await listActiveApiKeyHashes();
  return Object.fromEntries(rows.map((row) => [row.keyHash, row.id]));
}

export type KeyCheck = { ok: true; keyId: number } | { ok: false; code: 'missing_key' | 'invalid_key'; message: string };

/** `Authorization: Bearer msk_…` (the key may also come as `X-Api-Key`, for tools that cannot set Authorization). */
export function presentedKey(headers: Headers): string | null {
  const authorization = headers.get('authorization');
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    return match ? match[1]! : '';
  }
  return headers.get('x-api-key')?.trim() ?? null;
}

export async function checkApiKey(headers: Headers): Promise<KeyCheck> {
  const key = presentedKey(headers);
  if (key === null) return { ok: false, code: 'missing_key', message: 'This API needs a key: send it as “Authorization: Bearer <key>”. Admins make keys at /admin/api-keys.' };
  if (!key.startsWith(API_KEY_PREFIX) || key.length > 100) return { ok: false, code: 'invalid_key', message: 'The API key is not valid: keys start with “msk_”.' };
  const keyId = (await readActiveKeys())[hashApiKey(key)];
  if (keyId === undefined) return { ok: false, code: 'invalid_key', message: 'The API key is not valid, or it was revoked.' };
  return { ok: true, keyId };
}
