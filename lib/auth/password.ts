import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (OWASP-level memory cost), about 0.1 s a hash here.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verifying against a real hash even when the email is unknown keeps the answer and its timing the same.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(
  storedHash: string | null,
  password: string,
): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hash("not-a-real-password-just-for-timing");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}

export { PASSWORD_MIN_LENGTH } from "./password-policy";
