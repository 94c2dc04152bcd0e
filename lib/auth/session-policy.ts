// How long a sign-in lasts, shared by Auth.js's configuration (lib/auth/index.ts) and the request
// path's own session reader (lib/auth/database-session.ts), so both keep the same rolling expiry.

/** A session ends 30 days after it was last extended. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** A session in use is extended at most once a day. */
export const SESSION_UPDATE_AGE_SECONDS = 24 * 60 * 60;

export type SessionFate = "expired" | "extend" | "current";

/** As Auth.js decides on each lookup: expired sessions end, and one last extended over a day ago is extended. */
export function sessionFate(expires: Date, now: number): SessionFate {
  if (expires.getTime() < now) return "expired";
  const dueForUpdate = expires.getTime() - SESSION_MAX_AGE_SECONDS * 1000 + SESSION_UPDATE_AGE_SECONDS * 1000;
  return dueForUpdate <= now ? "extend" : "current";
}

export function extendedExpiry(now: number): Date {
  return new Date(now + SESSION_MAX_AGE_SECONDS * 1000);
}
