// Turns an `Authorization: Bearer rstr_…` header into the key and the member behind it as they are
// *now*: revoked, expired or unknown keys are refused (401) without saying which. Nothing else about
// the request is read — no cookie ever authenticates an API call.
import "server-only";
import type { Queryable } from "@/db/client";
import { findApiKeyByHash, touchApiKeyUse, type KeyForRequest } from "@/db/queries/api-keys";
import { hashApiKey, isApiKeyFormat } from "./key-format";

export type KeyAuthentication = { ok: true; key: KeyForRequest } | { ok: false; message: string };

const INVALID = "The API key is missing, malformed, expired or revoked.";
/** "Last used" is written at most once a minute per key, not on every request. */
const USE_RESOLUTION_MS = 60_000;

export function bearerToken(authorization: string | null): string | null {
  const match = authorization?.match(/^Bearer[ ]+([^\s]+)\s*$/i);
  return match ? match[1]! : null;
}

export async function authenticateApiKey(db: Queryable, authorization: string | null, now = new Date()): Promise<KeyAuthentication> {
  const token = bearerToken(authorization);
  if (!token || !isApiKeyFormat(token)) return { ok: false, message: INVALID };
  const key = await findApiKeyByHash(db, hashApiKey(token));
  if (!key || key.revokedAt || (key.expiresAt && key.expiresAt <= now) || !key.member || !key.user) return { ok: false, message: INVALID };
  return { ok: true, key };
}

/** Records the key's use (time and address) unless it was recorded within the last minute. */
export async function noteApiKeyUse(db: Queryable, key: KeyForRequest, ip: string | null, now = new Date()): Promise<void> {
  if (key.lastUsedAt && now.getTime() - key.lastUsedAt.getTime() < USE_RESOLUTION_MS) return;
  await touchApiKeyUse(db, { keyId: key.id, usedAt: now, notUsedSince: new Date(now.getTime() - USE_RESOLUTION_MS), ip });
}
