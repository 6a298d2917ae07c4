import http from 'node:http';

export interface LoadTally {
  /** Answered, by status. */
  statuses: Record<number, number>;
  /** Sent on an open connection and never answered: the connection was reset or closed under it. */
  resets: number;
  /** A new connection was refused: the server had stopped accepting, which a load balancer routes around. */
  refused: number;
}

/**
 * Keeps `connections` keep-alive connections busy with GETs of `paths` until
 * `stop()`, the way a proxy in front of an instance does. Each loop stops at
 * its first refused connection, since the server has then stopped accepting.
 */
export function keepAliveLoad(origin: string, paths: string[], connections: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const tally: LoadTally = { statuses: {}, resets: 0, refused: 0 };
  let running = true;
  const get = (path: string) =>
    new Promise<'answered' | 'refused' | 'reset'>((resolve) => {
      const request = http.get(`${origin}${path}`, { agent }, (response) => {
        response.resume();
        response.on('end', () => {
          tally.statuses[response.statusCode!] = (tally.statuses[response.statusCode!] ?? 0) + 1;
          resolve('answered');
        });
        response.on('error', () => resolve('reset'));
      });
      request.on('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED' ? 'refused' : 'reset'));
    });
  const loops = Array.from({ length: connections }, async (_, index) => {
    for (let i = index; running; i++) {
      const outcome = await get(paths[i % paths.length]!);
      if (outcome === 'reset') tally.resets += 1;
      if (outcome === 'refused') {
        tally.refused += 1;
        return;
      }
    }
  });
  return {
    tally,
    answered: () => Object.values(tally.statuses).reduce((sum, count) => sum + count, 0),
    async stop() {
      running = false;
      await Promise.all(loops);
      agent.destroy();
      return tally;
    },
  };
}
