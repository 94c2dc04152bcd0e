// Per-key rate limit of the REST API (a fixed window in PostgreSQL, shared by every app instance),
// advertised on every answer with the IETF RateLimit fields — the current draft's `RateLimit` and
// `RateLimit-Policy`, and the older `RateLimit-Limit/-Remaining/-Reset` many clients still read.
import "server-only";
import type { Database } from "@/db/client";
import { countApiRequest } from "@/db/queries/api-rate-limits";
import { env } from "@/lib/env";
import type { RateLimitRule } from "@/lib/rate-limit";

const WINDOW_MS = 60_000;

export function apiRateLimitRule(): RateLimitRule {
  return { limit: env.ROSTER_API_RATE_LIMIT_PER_MINUTE, windowMs: WINDOW_MS, noun: "API requests" };
}

export interface ApiRateLimitState {
  ok: boolean;
  headers: Record<string, string>;
}

/** Counts one request of the key in the current window (never beyond the limit: a refused one isn't counted). */
export async function consumeApiRateLimit(db: Database, apiKeyId: string, now = Date.now()): Promise<ApiRateLimitState> {
  const rule = apiRateLimitRule();
  const windowStart = Math.floor(now / rule.windowMs) * rule.windowMs;
  const count = await countApiRequest(db, { key: `api:key:${apiKeyId}`, windowStart: new Date(windowStart), cost: 1, limit: rule.limit });
  const result = count === null ? { ok: false as const } : { ok: true as const, count };
  const windowEnd = windowStart + rule.windowMs;
  const reset = Math.max(1, Math.ceil((windowEnd - now) / 1000));
  const remaining = result.ok ? Math.max(0, rule.limit - result.count) : 0;
  const window = rule.windowMs / 1000;
  const headers: Record<string, string> = {
    "RateLimit-Policy": `"per-key";q=${rule.limit};w=${window}`,
    RateLimit: `"per-key";r=${remaining};t=${reset}`,
    "RateLimit-Limit": String(rule.limit),
    "RateLimit-Remaining": String(remaining),
    "RateLimit-Reset": String(reset),
  };
  if (!result.ok) headers["Retry-After"] = String(reset);
  return { ok: result.ok, headers };
}
