// Per-key rate limit of the REST API (a fixed window in PostgreSQL, shared by every app instance),
// advertised on every answer with the IETF RateLimit fields — the current draft's `RateLimit` and
// `RateLimit-Policy`, and the older `RateLimit-Limit/-Remaining/-Reset` many clients still read.
import "server-only";
import type { RequestWindow } from "@/db/queries/api-keys";
import { env } from "@/lib/env";
import type { RateLimitRule } from "@/lib/rate-limit";

const WINDOW_MS = 60_000;

export function apiRateLimitRule(): RateLimitRule {
  return { limit: env.ROSTER_API_RATE_LIMIT_PER_MINUTE, windowMs: WINDOW_MS, noun: "API requests" };
}

/** The window a request at `now` is counted in (the key's lookup counts it: authenticate-key.ts). */
export function apiRateLimitWindow(now: number): RequestWindow {
  const rule = apiRateLimitRule();
  return { bucketPrefix: "api:key:", start: new Date(Math.floor(now / rule.windowMs) * rule.windowMs), limit: rule.limit };
}

export interface ApiRateLimitState {
  ok: boolean;
  headers: Record<string, string>;
}

/** The answer's RateLimit fields for a request counted as the window's `requests`th (null: refused, not counted). */
export function apiRateLimitState(requests: number | null, now: number): ApiRateLimitState {
  const rule = apiRateLimitRule();
  const windowEnd = apiRateLimitWindow(now).start.getTime() + rule.windowMs;
  const reset = Math.max(1, Math.ceil((windowEnd - now) / 1000));
  const remaining = requests === null ? 0 : Math.max(0, rule.limit - requests);
  const window = rule.windowMs / 1000;
  const headers: Record<string, string> = {
    "RateLimit-Policy": `"per-key";q=${rule.limit};w=${window}`,
    RateLimit: `"per-key";r=${remaining};t=${reset}`,
    "RateLimit-Limit": String(rule.limit),
    "RateLimit-Remaining": String(remaining),
    "RateLimit-Reset": String(reset),
  };
  if (requests === null) headers["Retry-After"] = String(reset);
  return { ok: requests !== null, headers };
}
