// What an API key looks like: "rstr_" and 256 bits from the CSPRNG (base64url), shown to its owner
// once. Only its SHA-256 is stored — a key has far too much entropy to guess, so a fast hash is
// enough — with the first characters kept visible so people can tell keys apart in lists.
import crypto from "node:crypto";

export const API_KEY_PREFIX = "rstr_";
const RANDOM_BYTES = 32;
/** "rstr_" and the first 7 random characters. */
export const VISIBLE_PREFIX_LENGTH = 12;
const KEY_PATTERN = /^rstr_[A-Za-z0-9_-]{43}$/;

export interface GeneratedApiKey {
  /** The whole key: shown once, never stored. */
  key: string;
  prefix: string;
  keyHash: string;
}

export function generateApiKey(): GeneratedApiKey {
  const key = `${API_KEY_PREFIX}${crypto.randomBytes(RANDOM_BYTES).toString("base64url")}`;
  return { key, prefix: key.slice(0, VISIBLE_PREFIX_LENGTH), keyHash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return crypto.createHash("sha256").update(key, "utf8").digest("hex");
}

/** Whether a presented value could be a key at all (anything else is refused without a lookup). */
export function isApiKeyFormat(value: string): boolean {
  return KEY_PATTERN.test(value);
}
