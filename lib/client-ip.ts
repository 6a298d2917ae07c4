import { ipKey } from '@/lib/auth/authenticate';

/** The client address, as the proxy or load balancer in front reports it. */
export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip') || null;
}

/** The same address for storing: only ever as a keyed hash. */
export function clientIpHash(headers: Headers): string | null {
  const ip = clientIp(headers);
  return ip ? ipKey(ip) : null;
}
