// Turns an `Authorization: Bearer rstr_…` header into the key and the member behind it as they are
// *now*, counting the request in the key's rate-limit window in the same statement: revoked, expired
// or unknown keys are refused (401) without saying which, and aren't counted. Nothing else about the
// request is read — no cookie ever authenticates an API call.
import "server-only";
import type { Queryable } from "@/db/client";
import { findApiKeyAndCountRequest, touchApiKeyUse, type KeyForRequest, type RequestWindow } from "@/db/queries/api-keys";
import { hashApiKey, isApiKeyFormat } from "./key-format";

/** `requests`: the key's count in the window with this request, or null when its limit was already reached. */
export type KeyAuthentication = { ok: true; key: KeyForRequest; requests: number | null } | { ok: false; message: string };

const INVALID = "The API key is missing, malformed, expired or revoked.";
/** "Last used" is written at most once a minute per key, not on every request. */
const USE_RESOLUTION_MS = 60_000;

export function bearerToken(authorization: string | null): string | null {
  const match = authorization?.match(/^Bearer[ ]+([^\s]+)\s*$/i);
  return match ? match[1]! : null;
}

export async function authenticateApiKey(db: Queryable, authorization: string | null, window: RequestWindow, now = new Date()): Promise<KeyAuthentication> {
  const token = bearerToken(authorization);
  if (!token || !isApiKeyFormat(token)) return { ok: false, message: INVALID };
  const found = await findApiKeyAndCountRequest(db, { keyHash: hashApiKey(token), now, window });
  const key = found?.key;
  if (!key || key.revokedAt || (key.expiresAt && key.expiresAt <= now) || !key.member || !key.user || !key.organization) return { ok: false, message: INVALID };
  return { ok: true, key, requests: found.requests };
}

/** Records the key's use (time and address) unless it was recorded within the last minute. */
export async function noteApiKeyUse(db: Queryable, key: KeyForRequest, ip: string | null, now = new Date()): Promise<void> {
  if (key.lastUsedAt && now.getTime() - key.lastUsedAt.getTime() < USE_RESOLUTION_MS) return;
  await touchApiKeyUse(db, { keyId: key.id, usedAt: now, notUsedSince: new Date(now.getTime() - USE_RESOLUTION_MS), ip });
}
