import "server-only";
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";

// Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 s, as every authenticator app reads
// them) and single-use recovery codes. The secret is stored encrypted with a key derived from
// AUTH_SECRET, and recovery codes as keyed hashes, so a copy of the database alone gives neither.

const ISSUER = process.env.SITE_NAME ?? "Newsroom";
const PERIOD = 30;
export const RECOVERY_CODE_COUNT = 10;

function key(purpose: string): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return Buffer.from(hkdfSync("sha256", secret, "newsroom", purpose, 32));
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function encryptSecret(base32: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key("totp-secret"), iv);
  const body = Buffer.concat([cipher.update(base32, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

export function decryptSecret(stored: string): string {
  const [version, iv, tag, body] = stored.split(".");
  if (version !== "v1" || !iv || !tag || !body) throw new Error("unreadable TOTP secret");
  const decipher = createDecipheriv(
    "aes-256-gcm",
    key("totp-secret"),
    Buffer.from(iv, "base64url"),
  );
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([
    decipher.update(Buffer.from(body, "base64url")),
    decipher.final(),
  ]).toString("utf8");
}

function totp(base32: string, label = "") {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(base32),
  });
}

/** The otpauth:// address an app reads from the QR code, and the QR code itself as a data URL. */
export async function enrolmentDisplay(base32: string, email: string) {
  const uri = totp(base32, email).toString();
  const qrDataUrl = await QRCode.toDataURL(uri, {
    errorCorrectionLevel: "M",
    margin: 2,
    width: 220,
  });
  return { uri, qrDataUrl, secret: base32.replace(/(.{4})/g, "$1 ").trim() };
}

/**
 * The 30-second step a 6-digit code belongs to (this one, or one either side for clock drift), or
 * null. Callers refuse a step at or before the last one accepted: a code works once.
 */
export function matchTotp(base32: string, code: string, now = Date.now()): number | null {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(base32).validate({ token, timestamp: now, window: 1 });
  if (delta === null) return null;
  return Math.floor(now / 1000 / PERIOD) + delta;
}

/** The current code, for the person's own app (and for tests that play it). */
export const currentTotp = (base32: string, now = Date.now()) =>
  totp(base32).generate({ timestamp: now });

const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I

/** Ten codes of 12 characters (60 bits each), shown once as xxxx-xxxx-xxxx. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(12);
    const chars = [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join("");
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`.toLowerCase();
  });
}

/** Codes are compared without case, spaces or dashes. */
export function hashRecoveryCode(code: string): string {
  const normal = code.toUpperCase().replace(/[^A-Z0-9]/g, "");
  return createHmac("sha256", key("recovery-code")).update(normal).digest("hex");
}

/** Whether what was typed looks like a recovery code rather than a 6-digit TOTP. */
export const looksLikeRecoveryCode = (code: string) =>
  code.replace(/[^A-Za-z0-9]/g, "").length === 12;
