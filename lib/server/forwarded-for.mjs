// @ts-check
/**
 * Appends the address this server accepted the connection from to
 * X-Forwarded-For, as every proxy does for its own peer. Next.js only sets the
 * header when it is missing, so without this a client's own X-Forwarded-For
 * would be all the app sees. lib/client-ip.ts then counts TRUSTED_PROXY_HOPS
 * entries in from the right end (decision 016).
 * @param {import('node:http').IncomingMessage} request
 */
export function appendPeerAddress(request) {
  const peer = request.socket.remoteAddress;
  if (!peer) return;
  // An IPv4 client on a dual-stack socket reads as ::ffff:203.0.113.7.
  const address = peer.startsWith('::ffff:') ? peer.slice('::ffff:'.length) : peer;
  const existing = request.headers['x-forwarded-for'];
  const before = Array.isArray(existing) ? existing.join(', ') : existing;
  request.headers['x-forwarded-for'] = before ? `${before}, ${address}` : address;
}
