import { NextResponse, type NextRequest } from 'next/server';
import { listLegacyPermalinkTargets } from '@/lib/data/legacy-permalinks';
import { legacyKeyOf } from '@/lib/import/permalinks';

/** How long an instance answers from the table it read: an import's new addresses work everywhere within this. */
export const LEGACY_TABLE_MAX_AGE_MS = 60_000;

let table: { readAt: number; targets: Map<string, string> } | null = null;
let reading: Promise<Map<string, string>> | null = null;

function readTable(): Promise<Map<string, string>> {
  reading ??= listLegacyPermalinkTargets()
    .then((targets) => {
      table = { readAt: Date.now(), targets };
      return targets;
    })
    .finally(() => {
      reading = null;
    });
  return reading;
}

/** The table, read once and then again at most once a minute, in the background while the old one still answers. */
async function currentTargets(): Promise<Map<string, string>> {
  if (!table) return readTable();
  if (Date.now() - table.readAt > LEGACY_TABLE_MAX_AGE_MS) void readTable().catch(() => {});
  return table.targets;
}

/** Forgets the table, so the next lookup reads it again (tests, and the admin import in this process). */
export function forgetLegacyPermalinks(): void {
  table = null;
}

/**
 * A 308 from an imported site's old address (`/2024/03/hello/`, `/?p=4`, an attachment page) to
 * where it lives now, or null. Requests for our own pages never get here past legacyKeyOf, so a
 * reader's page view stays free of queries; old addresses cost one query per instance a minute.
 */
export async function legacyPermalinkRedirect(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  const key = legacyKeyOf(request.nextUrl.pathname, request.nextUrl.searchParams);
  if (key === null) return null;
  // With the database down an old address is a 404 for now, never a 500.
  const target = (await currentTargets().catch(() => null))?.get(key);
  if (!target) return null;
  const moved = NextResponse.redirect(new URL(target, request.url), 308);
  moved.headers.set('Cache-Control', 'public, max-age=3600');
  return moved;
}
