import { Secret, TOTP } from 'otpauth';

/** What an authenticator app shows for `secret` (the key printed beside the QR code), `offsetSteps` 30-second steps from now. */
export function appCode(secret: string, offsetSteps = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(secret.replace(/\s/g, '')), period: 30, digits: 6, algorithm: 'SHA1' });
  return totp.generate({ timestamp: Date.now() + offsetSteps * 30_000 });
}
