import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A load balancer on loopback, as production would put in front of several instances: each
 * request goes to the next instance in turn. A test may pin a request to one instance with the
 * `x-upstream` header (its index); every response says which instance answered (`x-served-by`).
 */
export interface RoundRobinProxy {
  origin: string;
  close(): Promise<void>;
}

export async function startRoundRobinProxy(upstreamPorts: number[]): Promise<RoundRobinProxy> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  let next = 0;
  const server = http.createServer((request, response) => {
    const pinned = Number(request.headers['x-upstream']);
    const index = Number.isInteger(pinned) && upstreamPorts[pinned] ? pinned : next++ % upstreamPorts.length;
    const port = upstreamPorts[index]!;
    const upstream = http.request({ host: '127.0.0.1', port, method: request.method, path: request.url, headers: request.headers, agent }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'x-served-by': String(index) });
      answer.pipe(response);
    });
    upstream.on('error', () => {
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain' });
      response.end('The instance did not answer.');
    });
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}
