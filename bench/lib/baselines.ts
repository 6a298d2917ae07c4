import { fork } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runOrThrow } from '../../scripts/run';
import { ROOT, startNext, type RunningServer } from './environment';

const STATIC_APP = path.join(ROOT, 'bench', 'static-baseline');
const CONTENT_FILE = path.join(STATIC_APP, 'content.html');

/** The page's HTML, fetched once, served from memory by a bare node:http server in its own process. */
export async function startMemoryServer(html: string, port: number): Promise<{ url: string; stop(): Promise<void> }> {
  const file = path.join(ROOT, '.data', 'bench', 'top-10.html');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, html);
  const child = fork(path.join(ROOT, 'bench', 'lib', 'memory-server.mjs'), [file, String(port)], { stdio: 'inherit' });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`The memory server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () =>
      new Promise((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * The same HTML as a fully static page of a minimal Next.js app (a layout
 * and a page, built with this project's node_modules), rebuilt only when
 * the HTML changed since the last build.
 */
export async function startStaticNextApp(html: string, port: number): Promise<RunningServer> {
  const bodyHtml = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? html;
  const unchanged = existsSync(path.join(STATIC_APP, '.next', 'BUILD_ID')) && existsSync(CONTENT_FILE) && readFileSync(CONTENT_FILE, 'utf8') === bodyHtml;
  if (!unchanged) {
    await writeFile(CONTENT_FILE, bodyHtml);
    await runOrThrow('next', ['build', STATIC_APP], { env: { ...process.env, BASELINE_HTML_FILE: CONTENT_FILE } });
  }
  return startNext(STATIC_APP, port);
}
