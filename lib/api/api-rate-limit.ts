// Per-key rate limit of the REST API (a fixed window in PostgreSQL, shared by every app instance),
// advertised on every answer with the IETF RateLimit fields — the current draft's `RateLimit` and
// `RateLimit-Policy`, and the older `RateLimit-Limit/-Remaining/-Reset` many clients still read.
import "server-only";
import type { Queryable } from "@/db/client";
import { env } from "@/lib/env";
import { consumeRateLimit, type RateLimitRule } from "@/lib/rate-limit";

const WINDOW_MS = 60_000;

export function apiRateLimitRule(): RateLimitRule {
  return { limit: env.ROSTER_API_RATE_LIMIT_PER_MINUTE, windowMs: WINDOW_MS, noun: "API requests" };
}

export interface ApiRateLimitState {
  ok: boolean;
  headers: Record<string, string>;
}

export async function consumeApiRateLimit(db: Queryable, apiKeyId: string, now = Date.now()): Promise<ApiRateLimitState> {
  const rule = apiRateLimitRule();
  const result = await consumeRateLimit(db, `api:key:${apiKeyId}`, rule, { now });
  const windowEnd = Math.floor(now / rule.windowMs) * rule.windowMs + rule.windowMs;
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
