import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { db } from '@/db/client';
import { apiKeys, users } from '@/db/schema';
import { recordAudit } from './audit';

/** What every key starts with, so a leaked one is easy to recognise (and to grep for in a repository). */
export const API_KEY_PREFIX = 'msk_';

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export interface ApiKeySummary {
  id: number;
  name: string;
  displayPrefix: string;
  createdByName: string | null;
  createdAt: Date;
  revokedAt: Date | null;
}

/** Makes a key and returns it: the only time it exists outside the caller's hands, since only its hash is kept. */
export async function createApiKey(name: string, actorId: number): Promise<{ id: number; key: string }> {
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiKeys)
      .values({ name, displayPrefix: key.slice(0, API_KEY_PREFIX.length + 6), keyHash: hashApiKey(key), createdBy: actorId })
      .returning({ id: apiKeys.id });
    await recordAudit({ actorId, action: 'api_key.create', targetType: 'api_key', targetId: row!.id, targetLabel: name }, tx);
    return { id: row!.id, key };
  });
}

/** Newest first, revoked ones included (they stay listed, so the admin sees what was taken back and when). */
export async function listApiKeys(): Promise<ApiKeySummary[]> {
  return db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      displayPrefix: apiKeys.displayPrefix,
      createdByName: users.name,
      createdAt: apiKeys.createdAt,
      revokedAt: apiKeys.revokedAt,
    })
    .from(apiKeys)
    .leftJoin(users, eq(users.id, apiKeys.createdBy))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
}

/** False when the key is unknown or already revoked. */
export async function revokeApiKey(id: number, actorId: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date(), revokedBy: actorId })
      .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
      .returning({ name: apiKeys.name });
    if (!row) return false;
    await recordAudit({ actorId, action: 'api_key.revoke', targetType: 'api_key', targetId: id, targetLabel: row.name }, tx);
    return true;
  });
}

/** The hashes of the keys in force, with their ids (the rate limit counts per key). */
export async function listActiveApiKeyHashes(): Promise<Array<{ id: number; keyHash: string }>> {
  return db.select({ id: apiKeys.id, keyHash: apiKeys.keyHash }).from(apiKeys).where(isNull(apiKeys.revokedAt));
}
