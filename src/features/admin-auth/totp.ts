import * as OTPAuth from "otpauth";
import QRCode from "qrcode";

/** RFC 6238 time-based one-time passwords: 6 digits, 30 seconds, one step of clock drift allowed. */
export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

function totpFor(secret: string, email: string) {
  return new OTPAuth.TOTP({ issuer: "Victims Support Portal", label: email, algorithm: "SHA1", digits: 6, period: 30, secret: OTPAuth.Secret.fromBase32(secret) });
}

export function checkTotp(secret: string, email: string, code: string, at: Date = new Date()): boolean {
  return totpFor(secret, email).validate({ token: code, timestamp: at.getTime(), window: 1 }) !== null;
}

export function currentTotp(secret: string, email: string, at: Date = new Date()): string {
  return totpFor(secret, email).generate({ timestamp: at.getTime() });
}

export async function totpQrDataUrl(secret: string, email: string): Promise<string> {
  return QRCode.toDataURL(totpFor(secret, email).toString(), { margin: 1, width: 200 });
}
