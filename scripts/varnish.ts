/**
 * A local varnishd for the e2e test and the bench, running deploy/varnish/musings.vcl
 * with its backends block swapped for loopback ones (the compose file uses the file
 * as it is). One source of truth for the caching rules.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stopChild } from './run';

export const VCL_PATH = path.resolve(import.meta.dirname, '..', 'deploy', 'varnish', 'musings.vcl');
const BACKENDS_BLOCK = /# BEGIN backends\n[\s\S]*?# END backends\n/;

/** The shipped VCL with loopback backends and a loopback-only purge ACL. */
export async function loopbackVcl(backendPorts: number[]): Promise<string> {
  const source = await readFile(VCL_PATH, 'utf8');
  if (!BACKENDS_BLOCK.test(source)) throw new Error(`${VCL_PATH} lost its "# BEGIN backends" … "# END backends" block`);
  const backends = backendPorts.map((port, index) => `backend app${index + 1} { .host = "127.0.0.1"; .port = "${port}"; .first_byte_timeout = 30s; }`);
  const adds = backendPorts.map((_, index) => `  apps.add_backend(app${index + 1});`);
  const block = [
    '# BEGIN backends (loopback, written by scripts/varnish.ts)',
    ...backends,
    'sub vcl_init {',
    '  new apps = directors.round_robin();',
    ...adds,
    '}',
    'acl purgers { "127.0.0.1"; "::1"; }',
    '# END backends',
    '',
  ].join('\n');
  return source.replace(BACKENDS_BLOCK, block);
}

/** varnishd from PATH or Debian's /usr/sbin (not on a non-root PATH), or a message naming the fix. */
export function findVarnishd(): string {
  for (const candidate of [process.env.VARNISHD_PATH, ...(process.env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, 'varnishd')), '/usr/sbin/varnishd']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error('varnishd was not found. Install Varnish 7 with the xkey vmod: `apt-get install -y varnish varnish-modules` (.ci/run does this), or set VARNISHD_PATH.');
}

/** Compiles a VCL without starting Varnish; throws with the compiler's message. */
export function compileVcl(file: string): void {
  const result = spawnSync(findVarnishd(), ['-C', '-f', file, '-n', path.join(tmpdir(), `musings-vcc-${process.pid}`)], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`varnishd -C -f ${file} failed:\n${result.stderr}`);
}

/**
 * Writes the loopback VCL into a fresh directory. varnishd drops root privileges to its own
 * user, which must be able to read both.
 */
export async function writeLoopbackVcl(backendPorts: number[]): Promise<{ dir: string; file: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'musings-varnish-'));
  await chmod(dir, 0o755);
  const file = path.join(dir, 'musings.vcl');
  await writeFile(file, await loopbackVcl(backendPorts), { mode: 0o644 });
  return { dir, file };
}

export interface LocalVarnish {
  url: string;
  stop(): Promise<void>;
}

/** Starts varnishd in the foreground on 127.0.0.1:port and waits until it answers. */
export async function startVarnish(port: number, backendPorts: number[]): Promise<LocalVarnish> {
  const varnishd = findVarnishd();
  const { dir: workDir, file: vcl } = await writeLoopbackVcl(backendPorts);
  const child = spawn(varnishd, ['-F', '-a', `127.0.0.1:${port}`, '-f', vcl, '-n', path.join(workDir, 'n'), '-s', 'malloc,64m', '-p', 'default_grace=0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopChild(child, 5000);
    await rm(workDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      // Any answer means Varnish is listening (a 403 from the ACL is fine; the probe here is from loopback).
      await fetch(`${url}/`, { method: 'PURGE', headers: { 'xkey-purge': 'musings-startup-check' } });
      return { url, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  await stop();
  throw new Error(`varnishd did not start on port ${port}:\n${stderr}`);
}

