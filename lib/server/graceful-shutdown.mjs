// @ts-check
import net from 'node:net';

/**
 * Stops a server without dropping anyone's request (decision 016):
 * 1. stop accepting connections (the listener closes; a load balancer moves on);
 * 2. every response from now on says `Connection: close`, so keep-alive clients
 *    finish the request they sent and then reconnect elsewhere;
 * 3. connections with nothing in flight get a quiet moment first, because a
 *    client may already be writing a request on one (closing it at once is
 *    what resets requests); then they are closed;
 * 4. when the last connection is gone, or at `timeoutMs`, `onDrained` runs.
 *
 * Node's own `server.close()` closes idle keep-alive connections at once,
 * which is the race behind the resets, so only the listener is closed here.
 * @param {import('node:http').Server} server
 * @param {{ timeoutMs: number, idleGraceMs?: number }} options
 */
export function trackForShutdown(server, { timeoutMs, idleGraceMs = 5000 }) {
  /** @type {Map<import('node:net').Socket, Set<import('node:http').ServerResponse>>} responses in flight per connection */
  const connections = new Map();
  let draining = false;

  /**
   * A keep-alive connection with nothing in flight: its client may be writing the next request right now, so it is
   * closed only after a quiet moment. The check runs in setImmediate, after the event loop has read what arrived
   * meanwhile (a loaded loop runs timers before it reads sockets), and a connection that received bytes is left to
   * its request, whose answer then carries `Connection: close`.
   */
  const closeWhenIdle = (/** @type {import('node:net').Socket} */ socket) => {
    const bytesBefore = socket.bytesRead;
    setTimeout(() => {
      setImmediate(() => {
        if (connections.get(socket)?.size !== 0) return;
        if (socket.bytesRead === bytesBefore) socket.end();
        else closeWhenIdle(socket);
      });
    }, idleGraceMs).unref();
  };

  server.on('connection', (socket) => {
    connections.set(socket, new Set());
    socket.once('close', () => connections.delete(socket));
  });
  server.on('request', (request, response) => {
    const { socket } = request;
    const inFlight = connections.get(socket);
    if (!inFlight) return;
    inFlight.add(response);
    if (draining) response.setHeader('Connection', 'close');
    response.once('close', () => {
      inFlight.delete(response);
      if (draining && inFlight.size === 0) closeWhenIdle(socket);
    });
  });

  /**
   * @param {() => Promise<void>} onDrained
   * @returns {Promise<'drained' | 'timed out'>}
   */
  return function shutdown(onDrained) {
    draining = true;
    for (const [socket, inFlight] of connections) {
      // Answers not yet started tell their client to reconnect elsewhere afterwards.
      for (const response of inFlight) if (!response.headersSent) response.setHeader('Connection', 'close');
      if (inFlight.size === 0) closeWhenIdle(socket);
    }
    return new Promise((resolve) => {
      let finished = false;
      const finish = async (/** @type {'drained' | 'timed out'} */ how) => {
        if (finished) return;
        finished = true;
        clearTimeout(deadline);
        await onDrained();
        resolve(how);
      };
      net.Server.prototype.close.call(server, () => finish('drained'));
      const deadline = setTimeout(() => {
        for (const socket of connections.keys()) socket.destroy();
        finish('timed out');
      }, timeoutMs);
      deadline.unref();
    });
  };
}
