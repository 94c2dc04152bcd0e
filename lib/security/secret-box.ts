// Encrypts secrets Roster must be able to read back (webhook signing secrets) with AES-256-GCM under
// a key derived from AUTH_SECRET: a copy of the database alone does not reveal them, and a tampered
// value fails to decrypt instead of producing a wrong secret.
import "server-only";
import crypto from "node:crypto";
import { derivedKey } from "./derived-keys";

const VERSION = "v1";

export function sealSecret(plain: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", derivedKey("webhook-secret-encryption-v1"), iv);
  const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return `${VERSION}.${iv.toString("base64url")}.${sealed.toString("base64url")}`;
}

/** The plain secret, or null when the value was tampered with or sealed under another AUTH_SECRET. */
export function openSecret(value: string): string | null {
  const [version, ivText, sealedText] = value.split(".");
  if (version !== VERSION || !ivText || !sealedText) return null;
  try {
    const sealed = Buffer.from(sealedText, "base64url");
    const decipher = crypto.createDecipheriv("aes-256-gcm", derivedKey("webhook-secret-encryption-v1"), Buffer.from(ivText, "base64url"));
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
