import { createHash, randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { site } from '@/lib/site';

/**
 * TOTP as every authenticator app speaks it (RFC 6238: SHA-1, six digits, 30-second steps).
 * A code is accepted one step either side of now, for clocks a little apart.
 */
const PERIOD_SECONDS = 30;
const WINDOW_STEPS = 1;

function totpFor(secretBase32: string, label = ''): TOTP {
  return new TOTP({ issuer: site.name, label, secret: Secret.fromBase32(secretBase32), period: PERIOD_SECONDS, digits: 6, algorithm: 'SHA1' });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secretBase32: string, email: string): string {
  return totpFor(secretBase32, email).toString();
}

/** The code an app shows at `timestamp`; the tests use it in place of a phone. */
export function totpCode(secretBase32: string, timestamp = Date.now()): string {
  return totpFor(secretBase32).generate({ timestamp });
}

/** The time step `code` belongs to, inside the window; null when it is not a current code. */
export function totpStepOf(secretBase32: string, code: string, timestamp = Date.now()): number | null {
  const normalized = code.replace(/[\s-]/g, '');
  if (!/^\d{6}$/.test(normalized)) return null;
  const delta = totpFor(secretBase32).validate({ token: normalized, timestamp, window: WINDOW_STEPS });
  return delta === null ? null : TOTP.counter({ period: PERIOD_SECONDS, timestamp }) + delta;
}

/** The QR code as inline SVG, drawn here: the secret never goes to another service. */
export async function totpQrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

const RECOVERY_CODE_COUNT = 10;

/** Ten codes of 10 characters from an alphabet without look-alikes (no 0/O, 1/l/I), shown as xxxxx-xxxxx. */
export function newRecoveryCodes(): string[] {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => alphabet[randomInt(alphabet.length)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** Codes are random (about 49 bits), so a plain SHA-256 of the normalized code is enough to keep them. */
export function recoveryCodeHash(code: string): string {
  return createHash('sha256').update(code.toLowerCase().replace(/[^a-z0-9]/g, '')).digest('base64url');
}

/** Whether what was typed looks like a recovery code rather than an app's six digits. */
export function looksLikeRecoveryCode(code: string): boolean {
  return /^[a-z0-9]{5}-?[a-z0-9]{5}$/i.test(code.trim());
}
