import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header every delivery carries: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export const SIGNATURE_HEADER = 'Musings-Signature';
/** The event's id (a UUID): the same on every attempt and redelivery, so receivers can drop duplicates. */
export const EVENT_ID_HEADER = 'Musings-Event-Id';
export const EVENT_TYPE_HEADER = 'Musings-Event';

function hmacHex(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

export function signatureHeader(secret: string, body: string, timestamp: number): string {
  return `t=${timestamp},v1=${hmacHex(secret, timestamp, body)}`;
}

/**
 * What a receiver runs (the README shows the same in a few lines): the signature must match, in constant
 * time, and the timestamp be within `toleranceSeconds` of now, so a captured request cannot be replayed later.
 */
export function verifySignature(secret: string, body: string, header: string, { nowSeconds = Math.floor(Date.now() / 1000), toleranceSeconds = 300 } = {}): boolean {
  const parts = new Map(header.split(',').map((part) => part.split('=', 2) as [string, string]));
  const timestamp = Number(parts.get('t'));
  const given = parts.get('v1');
  if (!Number.isInteger(timestamp) || !given || Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(hmacHex(secret, timestamp, body), 'hex');
  const actual = Buffer.from(given, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
