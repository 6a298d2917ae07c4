import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import path from 'node:path';

const BIN = path.resolve(import.meta.dirname, '..', 'node_modules', '.bin');

/**
 * Runs a project binary (node_modules/.bin on PATH, not npx, which does not
 * pass SIGTERM on) with inherited output, forwarding SIGINT/SIGTERM/SIGHUP so
 * the child can shut down cleanly. Resolves with its exit code.
 */
export function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<number> {
  const env = options.env ?? process.env;
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      stdio: 'inherit',
      env: { ...env, NEXT_TELEMETRY_DISABLED: '1', PATH: `${BIN}${path.delimiter}${env.PATH ?? ''}` },
    });
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    for (const signal of signals) process.on(signal, forward);
    const done = (code: number) => {
      for (const signal of signals) process.off(signal, forward);
      resolve(code);
    };
    child.on('exit', (code, signal) => done(code ?? 128 + (signal ? constants.signals[signal] : 0)));
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      done(127);
    });
  });
}

/** `run`, throwing when the command fails. */
export async function runOrThrow(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<void> {
  const code = await run(command, args, options);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}`);
}

/** Stops a child with SIGTERM, then SIGKILL if it has not exited after `graceMs`. */
export function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
