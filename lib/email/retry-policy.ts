// When a failed send is retried and when it is given up: exponential backoff and error classes.

/** Sends are tried this many times in all before a message is marked dead. */
export const MAX_ATTEMPTS = 6;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60_000;

/** Delay before the next try after `attempts` failed tries: 30 s, 1 min, 2 min, 4 min, ... capped at 1 h. */
export function retryDelayMs(attempts: number): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** exponent);
}

export interface SendError {
  message: string;
  statusCode?: number | null;
  name?: string;
}

/** Error names Resend returns for conditions that pass by themselves. */
const TRANSIENT_NAMES = new Set([
  "rate_limit_exceeded",
  "concurrent_idempotent_requests",
  "application_error",
  "internal_server_error",
  "daily_quota_exceeded",
  "timeout",
]);

/**
 * Whether trying again can help: network failures and timeouts (no status), 408, 409 concurrent
 * idempotent request, 429 and 5xx are transient; any other 4xx (bad address, bad key, invalid
 * from) will fail the same way every time.
 */
export function isRetryable(error: SendError): boolean {
  const status = error.statusCode;
  if (typeof status !== "number") return !error.name || TRANSIENT_NAMES.has(error.name);
  if (status >= 500 || status === 408 || status === 429) return true;
  if (status === 409) return error.name === "concurrent_idempotent_requests";
  return false;
}

export type FailureDecision = { status: "failed"; retryInMs: number } | { status: "dead" };

/** What to do with a message whose `attempts`-th try failed with `error`. */
export function decideAfterFailure(error: SendError, attempts: number): FailureDecision {
  if (!isRetryable(error) || attempts >= MAX_ATTEMPTS) return { status: "dead" };
  return { status: "failed", retryInMs: retryDelayMs(attempts) };
}
