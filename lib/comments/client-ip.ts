import { ipKey } from '@/lib/auth/authenticate';

/** The client address as the proxy in front reports it, stored only as a keyed hash. */
export function clientIpHash(headers: Headers): string | null {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  const ip = forwarded || headers.get('x-real-ip');
  return ip ? ipKey(ip) : null;
}
