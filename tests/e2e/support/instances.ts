import { spawn } from 'node:child_process';
import { isPortTaken as isListening } from '../../../db/embedded';
import { stopChild } from '../../../scripts/run';

export interface Instance {
  port: number;
  stop(): Promise<void>;
}

/** Another `next start` of the same build, as behind a load balancer (see media-instances.e2e.ts). */
export async function startInstance(port: number, env: Record<string, string>): Promise<Instance> {
  // A server left on the port (by a run that was killed) would answer in this one's place.
  if (await isListening(port)) throw new Error(`Port ${port} is already taken; stop whatever listens there first`);
  const child = spawn('node_modules/.bin/next', ['start', '--port', String(port), '--hostname', '127.0.0.1'], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // Kept, and shown only if the instance fails to start: during the test's PostgreSQL restart the
  // instances log the queries that fail, which is expected there.
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
  // If the test's worker is torn down (a timeout), its finally blocks may never run: don't leave servers behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const instance = { port, stop: () => stopChild(child).finally(() => process.off('exit', killOnExit)) };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The instance on port ${port} exited with ${child.exitCode}:\n${errors}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/robots.txt`)).ok) return instance;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await instance.stop();
  throw new Error(`The instance on port ${port} did not start within 90 s:\n${errors}`);
}
