/**
 * npm run test:deploy — a rolling deploy, tested: two builds of this source with one
 * NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, run side by side on one database (decision 016).
 * Build A is `.next` (built first if missing), build B is a fresh `next build` into
 * `.next-deploy-b`. It checks that B knows every Server Action id of A, counts the
 * client chunks they share, and posts the quote form and the comment form of pages
 * served by A to B, the way a page open during a deploy does. Not part of `npm test`:
 * a second build costs minutes (decision 016 has the numbers).
 */
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { acquireTestServer, recreateDatabase } from '../tests/setup/test-server';
import { localActionsKey, PROJECT_ROOT } from './local-db';
import { runOrThrow } from './run';

const PORT_A = Number(process.env.E2E_PORT ?? 3100) + 20;
const PORT_B = PORT_A + 1;
const DIST_B = '.next-deploy-b';

const key = process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? (await localActionsKey());
const authSecret = randomBytes(32).toString('base64url');
const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${what}`);
  if (!ok) failures.push(what);
};

function actionIds(distDir: string): Set<string> {
  const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, distDir, 'server', 'server-reference-manifest.json'), 'utf8'));
  return new Set(Object.keys(manifest.node ?? {}));
}

function chunks(distDir: string): Set<string> {
  const dir = path.join(PROJECT_ROOT, distDir, 'static', 'chunks');
  return new Set(readdirSync(dir, { recursive: true }).map(String).filter((file) => file.endsWith('.js')));
}

async function serve(port: number, distDir: string, databaseUrl: string) {
  const child = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_DIST_DIR: distDir, DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key, SITE_URL: `http://127.0.0.1:${port}` },
  });
  for (let tries = 0; tries < 240; tries++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return child;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`build ${distDir} did not start on ${port}`);
}

/** The fields a browser would post for the first form on the page matching `formMarker`, hidden ones included. */
function formFields(html: string, formMarker: RegExp): FormData {
  const start = html.search(formMarker);
  const form = html.slice(start, html.indexOf('</form>', start));
  const data = new FormData();
  const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  for (const [, attributes] of form.matchAll(/<input([^>]*)>/g)) {
    const name = /name="([^"]*)"/.exec(attributes!)?.[1];
    if (name) data.set(decode(name), decode(/value="([^"]*)"/.exec(attributes!)?.[1] ?? ''));
  }
  return data;
}

async function main() {
  const started = Date.now();
  const server = await acquireTestServer();
  const children: ReturnType<typeof spawn>[] = [];
  try {
    const database = 'musings_deploy';
    await recreateDatabase(server.serverUrl, database);
    const databaseUrl = `${server.serverUrl}/${database}`;
    const buildEnv = { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key };
    await runOrThrow('tsx', ['--conditions=react-server', 'scripts/with-db.ts', '--seed'], { env: buildEnv });
    if (!existsSync(path.join(PROJECT_ROOT, '.next', 'BUILD_ID'))) await runOrThrow('next', ['build'], { env: buildEnv });
    const buildStarted = Date.now();
    if (!(process.argv.includes('--reuse') && existsSync(path.join(PROJECT_ROOT, DIST_B, 'BUILD_ID')))) {
      await runOrThrow('next', ['build'], { env: { ...buildEnv, NEXT_DIST_DIR: DIST_B } });
      console.log(`second build: ${Math.round((Date.now() - buildStarted) / 1000)} s`);
    }

    const [idsA, idsB] = [actionIds('.next'), actionIds(DIST_B)];
    const missing = [...idsA].filter((id) => !idsB.has(id));
    check(missing.length === 0, `build B knows all ${idsA.size} Server Action ids of build A (${idsA.size - missing.length} shared)`);
    const [chunksA, chunksB] = [chunks('.next'), chunks(DIST_B)];
    const sharedChunks = [...chunksA].filter((file) => chunksB.has(file)).length;
    console.log(`info  client chunks shared: ${sharedChunks} of ${chunksA.size} (reader pages load none of them; decision 012)`);

    children.push(await serve(PORT_A, '.next', databaseUrl), await serve(PORT_B, DIST_B, databaseUrl));
    const [a, b] = [`http://127.0.0.1:${PORT_A}`, `http://127.0.0.1:${PORT_B}`];

    // The quote form without JavaScript: page from A, post to B.
    const quote = formFields(await (await fetch(`${a}/quote`)).text(), /<form[^>]*data-enhance="quote"/);
    quote.set('name', 'Rolling Deploy');
    quote.set('email', 'deploy@example.com');
    quote.set('message', 'Sent from a page of the old build to the new one.');
    const quoteAnswer = await fetch(`${b}/quote`, { method: 'POST', body: quote, headers: { Origin: b, 'X-Forwarded-For': '198.51.100.77' } });
    check(quoteAnswer.status === 200 && (await quoteAnswer.text()).includes('Thank you, Rolling Deploy!'), `quote form of build A posted to build B: ${quoteAnswer.status}, thanked`);

    // The comment form with public/reader-forms.js: page from A, token and post to B.
    const slug = 'design-systems-for-small-teams';
    const comment = formFields(await (await fetch(`${a}/blog/${slug}`)).text(), /<form[^>]*data-enhance[^>]*>(?=[\s\S]*?name="body")/);
    const { token } = (await (await fetch(`${b}/api/comment-token?kind=post&slug=${slug}`)).json()) as { token: string };
    comment.set('token', token);
    comment.set('name', 'Deploy');
    comment.set('email', 'deploy-comment@example.com');
    comment.set('body', 'Posted across builds.');
    await new Promise((resolve) => setTimeout(resolve, 3_200));
    const commentAnswer = await fetch(`${b}/blog/${slug}`, { method: 'POST', body: comment, headers: { Origin: b, Accept: 'text/html', 'X-Reader-Forms': '1', 'X-Forwarded-For': '198.51.100.78' } });
    check(commentAnswer.status === 200 && (await commentAnswer.text()).includes('awaiting moderation'), `comment form of build A posted to build B: ${commentAnswer.status}, held for moderation`);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await server.stop();
    console.log(`took ${Math.round((Date.now() - started) / 1000)} s`);
  }
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
