import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedPostgresHandle } from '@/db/embedded';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');
export const DATA_ROOT = path.join(PROJECT_ROOT, '.data');

export interface LocalDatabase {
  url: string;
  embedded: EmbeddedPostgresHandle | null;
}

/**
 * DATABASE_URL when it is set; otherwise the embedded cluster under .data/
 * (started, or reused when already running) with the given database in it.
 */
export async function resolveDatabase(options: { databaseName: string; dataRoot?: string; port?: number }): Promise<LocalDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, embedded: null };
  const embedded = await startEmbeddedPostgres({
    dataRoot: options.dataRoot ?? DATA_ROOT,
    port: options.port ?? Number(process.env.EMBEDDED_PG_PORT ?? 54329),
  });
  await ensureDatabase(embedded.serverUrl, options.databaseName);
  return { url: `${embedded.serverUrl}/${options.databaseName}`, embedded };
}

/**
 * A local checkout has no AUTH_SECRET on a fresh clone. Generate one per
 * checkout and keep it in .data/ (git-ignored) so sessions survive restarts.
 * Deployments set AUTH_SECRET themselves; lib/env.ts rejects a missing one.
 */
export function localAuthSecret(): Promise<string> {
  return localSecret('auth-secret');
}

/**
 * The same for Next's Server Action key: one per checkout, so a rebuild keeps
 * the action ids and a page open in the browser still posts to the new build
 * (decision 016). Deployments set NEXT_SERVER_ACTIONS_ENCRYPTION_KEY themselves.
 */
export function localActionsKey(): Promise<string> {
  return localSecret('server-actions-key', 'base64');
}

async function localSecret(name: string, encoding: BufferEncoding = 'base64url'): Promise<string> {
  const file = path.join(DATA_ROOT, name);
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = randomBytes(32).toString(encoding);
  await mkdir(DATA_ROOT, { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
