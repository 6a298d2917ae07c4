import { ipKey } from '@/lib/auth/authenticate';
import { env } from '@/lib/env';

/**
 * The client address. Our server (lib/server/http-server.mjs) appends the peer
 * it accepted the connection from to X-Forwarded-For, as every proxy in front
 * appends its own peer. So the right end of the list is what trusted machines
 * wrote, and the client is `trustedHops` entries in from there; anything a
 * client sends itself sits further left and is ignored (decision 016).
 */
export function clientIp(headers: Headers, trustedHops: number = env.TRUSTED_PROXY_HOPS): string | null {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  // Fewer entries than trusted hops: a proxy was bypassed or is misconfigured; the farthest known address is all there is.
  return entries[Math.max(0, entries.length - 1 - trustedHops)] ?? null;
}

/** The same address for storing: only ever as a keyed hash. */
export function clientIpHash(headers: Headers): string | null {
  const ip = clientIp(headers);
  return ip ? ipKey(ip) : null;
}
