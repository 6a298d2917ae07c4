import net from 'node:net';

/**
 * A TCP relay between an app instance and PostgreSQL that a test can cut and
 * restore: cutting closes the port and resets every open connection, which is
 * what the instance sees when the database host goes away (and, unlike
 * stopping the shared test cluster, leaves the other tests' database alone).
 */
export async function cuttableLink(target: { host: string; port: number }, listenPort: number) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;

  const open = () =>
    new Promise<void>((resolve, reject) => {
      server = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => socket.destroy());
        }
        client.pipe(upstream).pipe(client);
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
      });
      server.once('error', reject);
      server.listen(listenPort, '127.0.0.1', () => resolve());
    });

  const cut = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.resetAndDestroy();
      if (!server) return resolve();
      server.close(() => resolve());
      server = null;
    });

  await open();
  return { url: (databaseUrl: string) => withHostAndPort(databaseUrl, listenPort), cut, restore: open };
}

function withHostAndPort(databaseUrl: string, port: number): string {
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return url.toString();
}

export function hostAndPort(databaseUrl: string): { host: string; port: number } {
  const url = new URL(databaseUrl);
  return { host: url.hostname, port: Number(url.port || 5432) };
}
