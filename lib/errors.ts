// Typed results for server actions and routes: callers branch on codes, users see messages,
// and nothing internal (stack traces, SQL, tokens) leaks.
export type ErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "invalid_input"
  | "conflict"
  | "seat_limit"
  | "rate_limited"
  | "internal";

export type FieldErrors = Record<string, string[] | undefined>;

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; error: string; fieldErrors?: FieldErrors };

/** An expected failure a handler can throw to end the action with a clear message. */
export class ActionError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = "ActionError";
  }
}

export function ok<T>(data: T): ActionResult<T> {
  return { ok: true, data };
}

export function fail(code: ErrorCode, error: string, fieldErrors?: FieldErrors): ActionResult<never> {
  return { ok: false, code, error, ...(fieldErrors ? { fieldErrors } : {}) };
}

/** The REST API's status for each code (the UI reads codes, not statuses): input that parsed but
 * broke a schema or a rule is 422; a body that isn't JSON at all is the API's own 400. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  invalid_input: 422,
  conflict: 409,
  seat_limit: 409,
  rate_limited: 429,
  internal: 500,
};
