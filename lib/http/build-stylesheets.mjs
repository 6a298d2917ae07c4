// @ts-check
/**
 * The stylesheets of the running build, for inlining into reader pages
 * (decision 012). A linked stylesheet blocks the first paint for one more
 * round trip after the document; on a mobile connection that round trip is
 * most of the time to the largest paint. The reader CSS is a few kilobytes,
 * so the page cache writes it into the document, and the Content-Security-Policy
 * allows exactly these styles by their hashes, never 'unsafe-inline'.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Larger stylesheets stay linked: inlined, they would be sent again with every page. */
export const MAX_INLINE_BYTES = 32 * 1024;

/** @type {Map<string, string> | undefined} public href → CSS text */
let stylesheets;

/**
 * Every `.css` file `next build` wrote under .next/static, by the address it is served at.
 * Empty when there is no build (unit tests, a fresh `next dev`).
 * @returns {Map<string, string>}
 */
export function buildStylesheets() {
  if (stylesheets) return stylesheets;
  const found = new Map();
  const root = path.join(process.cwd(), '.next', 'static');
  try {
    for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.css')) continue;
      const css = readFileSync(path.join(root, file), 'utf8');
      // A stylesheet that could close its own <style> element is never inlined.
      if (Buffer.byteLength(css) <= MAX_INLINE_BYTES && !/<\/style/i.test(css)) found.set(`/_next/static/${file.split(path.sep).join('/')}`, css);
    }
  } catch {
    // No build output: nothing to inline, and the pages keep their links.
  }
  stylesheets = found;
  return found;
}

/** @param {string} css */
export function styleHash(css) {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/** The CSP sources that allow every inlinable stylesheet of this build. */
export function buildStyleHashes() {
  return [...buildStylesheets().values()].map(styleHash);
}
