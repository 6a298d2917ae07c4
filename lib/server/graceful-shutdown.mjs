// @ts-check
import net from 'node:net';

/**
 * Stops a server without dropping anyone's request (decision 016):
 * 1. stop accepting connections (the listener closes; a load balancer moves on);
 * 2. every response from now on says `Connection: close`, so keep-alive clients
 *    finish the request they sent and then reconnect elsewhere;
 * 3. connections idle at that moment get a short grace period, because a
 *    client may already have written a request on one (closing it at once is
 *    what resets requests); then they are closed;
 * 4. when the last connection is gone, or at `timeoutMs`, `onDrained` runs.
 *
 * Node's own `server.close()` closes idle keep-alive connections at once,
 * which is the race behind the resets, so only the listener is closed here.
 * @param {import('node:http').Server} server
 * @param {{ timeoutMs: number, idleGraceMs?: number }} options
 */
export function trackForShutdown(server, { timeoutMs, idleGraceMs = 1000 }) {
  /** @type {Map<import('node:net').Socket, number>} requests in flight per connection */
  const connections = new Map();
  let draining = false;

  server.on('connection', (socket) => {
    connections.set(socket, 0);
    socket.once('close', () => connections.delete(socket));
  });
  server.on('request', (request, response) => {
    const { socket } = request;
    connections.set(socket, (connections.get(socket) ?? 0) + 1);
    if (draining) response.setHeader('Connection', 'close');
    response.once('close', () => {
      if (!connections.has(socket)) return;
      const left = (connections.get(socket) ?? 1) - 1;
      connections.set(socket, left);
      if (draining && left === 0) socket.end();
    });
  });

  /**
   * @param {() => Promise<void>} onDrained
   * @returns {Promise<'drained' | 'timed out'>}
   */
  return function shutdown(onDrained) {
    draining = true;
    return new Promise((resolve) => {
      let finished = false;
      const finish = async (/** @type {'drained' | 'timed out'} */ how) => {
        if (finished) return;
        finished = true;
        clearTimeout(graceTimer);
        clearTimeout(deadline);
        await onDrained();
        resolve(how);
      };
      net.Server.prototype.close.call(server, () => finish('drained'));
      const graceTimer = setTimeout(() => {
        for (const [socket, inFlight] of connections) if (inFlight === 0) socket.end();
      }, idleGraceMs);
      const deadline = setTimeout(() => {
        for (const socket of connections.keys()) socket.destroy();
        finish('timed out');
      }, timeoutMs);
      graceTimer.unref();
      deadline.unref();
    });
  };
}
