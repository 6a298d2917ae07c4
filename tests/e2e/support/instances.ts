import { spawn, type ChildProcess } from 'node:child_process';

export interface Instance {
  port: number;
  stop(): Promise<void>;
}

/** Another `next start` of the same build, as behind a load balancer (see media-instances.e2e.ts). */
export async function startInstance(port: number, env: Record<string, string>): Promise<Instance> {
  const child = spawn('node_modules/.bin/next', ['start', '--port', String(port), '--hostname', '127.0.0.1'], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const instance = { port, stop: () => stopChild(child) };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The instance on port ${port} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/robots.txt`)).ok) return instance;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await instance.stop();
  throw new Error(`The instance on port ${port} did not start within 90 s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
