// When a failed delivery is tried again: quickly at first, then backing off to hours, with jitter
// so endpoints coming back from an outage are not hit by every retry at once. After the last
// attempt the delivery is dead (it stays in the log, and can be resent by hand).
const SCHEDULE_MS = [30_000, 2 * 60_000, 10 * 60_000, 60 * 60_000, 3 * 3_600_000, 8 * 3_600_000, 24 * 3_600_000];

/** Attempts in all, the first included. */
export const MAX_ATTEMPTS = SCHEDULE_MS.length + 1;

/** The wait after attempt number `attempts` failed, or null when it was the last. */
export function retryDelayMs(attempts: number, random = Math.random): number | null {
  const base = SCHEDULE_MS[attempts - 1];
  if (base === undefined) return null;
  return Math.round(base * (0.8 + random() * 0.4));
}
