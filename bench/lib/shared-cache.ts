/**
 * The Top 10 post through Varnish (deploy/varnish/musings.vcl, in front of
 * `next start` configured to purge it) against nginx serving the same HTML as
 * a static file, measured one after the other in the same run. Both are asked
 * for gzip and have it ready (Varnish stores the app's gzip, nginx a .gz next
 * to the file), so neither compresses per request.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startVarnish } from '../../scripts/varnish';
import { startNext } from './environment';
import { measure, warmUp, type LoadOptions, type LoadResult } from './load';

export interface SharedCacheResult {
  varnish: LoadResult;
  nginx: LoadResult;
}

const GZIP = { 'Accept-Encoding': 'gzip' };

export async function measureBehindVarnish(options: {
  root: string;
  pagePath: string;
  appPort: number;
  varnishPort: number;
  nginxPort: number;
  env: Record<string, string>;
  load: LoadOptions;
}): Promise<SharedCacheResult> {
  const varnishUrl = `http://127.0.0.1:${options.varnishPort}`;
  // With a purge target the app lets Varnish keep pages (s-maxage); without one Varnish would revalidate each view.
  const app = await startNext(options.root, options.appPort, { ...options.env, CACHE_PURGE_VARNISH: varnishUrl });
  let varnishResult: LoadResult;
  let html: string;
  try {
    const varnish = await startVarnish(options.varnishPort, [options.appPort]);
    try {
      const url = `${varnish.url}${options.pagePath}`;
      await warmUp(url);
      const hit = await fetch(url);
      if (hit.headers.get('x-cache') !== 'HIT') throw new Error(`${url} is not a Varnish hit (X-Cache: ${hit.headers.get('x-cache')})`);
      html = await hit.text();
      varnishResult = await measure(url, { ...options.load, headers: GZIP });
    } finally {
      await varnish.stop();
    }
  } finally {
    await app.stop();
  }
  // The very HTML readers get through Varnish, as a file.
  const nginx = await startNginx(html, options.nginxPort);
  try {
    const url = `${nginx.url}/top-10.html`;
    await warmUp(url);
    return { varnish: varnishResult, nginx: await measure(url, { ...options.load, headers: GZIP }) };
  } finally {
    await nginx.stop();
  }
}

function findNginx(): string {
  for (const candidate of [process.env.NGINX_PATH, '/usr/sbin/nginx', ...(process.env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, 'nginx'))]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error('nginx was not found for the static-file baseline: `apt-get install -y nginx`, or set NGINX_PATH.');
}

/** nginx in the foreground with a config of its own: one static file (and its .gz), no logs. */
async function startNginx(html: string, port: number): Promise<{ url: string; stop(): Promise<void> }> {
  const nginx = findNginx();
  const dir = await mkdtemp(path.join(tmpdir(), 'musings-nginx-'));
  await chmod(dir, 0o755);
  const site = path.join(dir, 'site');
  await mkdir(site, { mode: 0o755 });
  await writeFile(path.join(site, 'top-10.html'), html, { mode: 0o644 });
  await writeFile(path.join(site, 'top-10.html.gz'), gzipSync(html, { level: 9 }), { mode: 0o644 });
  const config = path.join(dir, 'nginx.conf');
  await writeFile(
    config,
    [
      'daemon off;',
      'worker_processes auto;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      'events { worker_connections 1024; }',
      'http {',
      '  access_log off;',
      '  sendfile on; tcp_nopush on; keepalive_requests 100000;',
      '  types { text/html html; }',
      '  gzip_static on;',
      `  client_body_temp_path ${dir}/tmp; proxy_temp_path ${dir}/tmp; fastcgi_temp_path ${dir}/tmp; uwsgi_temp_path ${dir}/tmp; scgi_temp_path ${dir}/tmp;`,
      `  server { listen 127.0.0.1:${port}; root ${site}; }`,
      '}',
      '',
    ].join('\n'),
  );
  const args = ['-e', path.join(dir, 'error.log'), '-c', config, '-p', dir];
  const check = spawnSync(nginx, ['-t', ...args], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx refused its bench config:\n${check.stderr}`);
  const child = spawn(nginx, args, { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  while (!(await fetch(`${url}/top-10.html`).then((response) => response.ok, () => false))) {
    if (Date.now() > deadline) throw new Error(`nginx did not start on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    stop: async () => {
      await new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGQUIT');
      });
      await rm(dir, { recursive: true, force: true });
    },
  };
}
