// When a failed email send is retried, and when it is given up.
import { describe, expect, it } from "vitest";
import { decideAfterFailure, isRetryable, MAX_ATTEMPTS, retryDelayMs } from "@/lib/email/retry-policy";

describe("retryDelayMs", () => {
  it("doubles after each failed attempt, starting at 30 seconds", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
  });

  it("never waits more than an hour", () => {
    expect(retryDelayMs(50)).toBe(60 * 60_000);
  });
});

describe("isRetryable", () => {
  it("retries network failures, timeouts, rate limits and server errors", () => {
    expect(isRetryable({ statusCode: null, name: "application_error", message: "Unable to fetch data" })).toBe(true);
    expect(isRetryable({ statusCode: null, name: "timeout", message: "no answer" })).toBe(true);
    expect(isRetryable({ statusCode: 429, name: "rate_limit_exceeded", message: "slow down" })).toBe(true);
    expect(isRetryable({ statusCode: 500, name: "internal_server_error", message: "oops" })).toBe(true);
    expect(isRetryable({ statusCode: 503, name: "application_error", message: "down" })).toBe(true);
    expect(isRetryable({ statusCode: 409, name: "concurrent_idempotent_requests", message: "busy" })).toBe(true);
  });

  it("does not retry refusals that will fail the same way again", () => {
    expect(isRetryable({ statusCode: 422, name: "validation_error", message: "bad to" })).toBe(false);
    expect(isRetryable({ statusCode: 401, name: "missing_api_key", message: "no key" })).toBe(false);
    expect(isRetryable({ statusCode: 403, name: "invalid_api_key", message: "bad key" })).toBe(false);
    expect(isRetryable({ statusCode: 409, name: "invalid_idempotent_request", message: "payload differs" })).toBe(false);
    expect(isRetryable({ name: "validation_error", message: "no status" })).toBe(false);
  });
});

describe("decideAfterFailure", () => {
  it("schedules a retry with backoff while attempts remain", () => {
    expect(decideAfterFailure({ statusCode: 500, message: "x" }, 1)).toEqual({ status: "failed", retryInMs: 30_000 });
    expect(decideAfterFailure({ statusCode: 500, message: "x" }, MAX_ATTEMPTS - 1)).toEqual({
      status: "failed",
      retryInMs: retryDelayMs(MAX_ATTEMPTS - 1),
    });
  });

  it("gives up after the last attempt, and at once on a permanent error", () => {
    expect(decideAfterFailure({ statusCode: 500, message: "x" }, MAX_ATTEMPTS)).toEqual({ status: "dead" });
    expect(decideAfterFailure({ statusCode: 422, message: "x" }, 1)).toEqual({ status: "dead" });
  });
});
