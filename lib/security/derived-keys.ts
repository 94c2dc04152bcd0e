// Keys for Roster's own secrets (webhook signing secrets at rest, API cursors), derived from
// AUTH_SECRET with HKDF-SHA256 — one per purpose, so no two uses ever share a key. Rotating
// AUTH_SECRET makes what they protected unreadable (webhook endpoints then need new secrets).
import "server-only";
import crypto from "node:crypto";
import { authSecret } from "@/lib/env";

const cache = new Map<string, Buffer>();

export function derivedKey(purpose: "webhook-secret-encryption-v1" | "api-cursor-v1"): Buffer {
  const secret = authSecret();
  const cacheKey = `${purpose}:${crypto.createHash("sha256").update(secret).digest("hex")}`;
  let key = cache.get(cacheKey);
  if (!key) {
    key = Buffer.from(crypto.hkdfSync("sha256", secret, "roster", purpose, 32));
    cache.set(cacheKey, key);
  }
  return key;
}
