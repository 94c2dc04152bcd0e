// The background worker each app instance runs: every ~15 s it delivers due outbox mail (new
// messages, retries after backoff, sends whose worker vanished), expires overdue invitations (telling
// each inviter), sends the daily and weekly notification digests (claimed per member and period),
// erases email secrets nobody can use any more, delivers due event webhooks, reminds the reviewers
// of overdue access reviews (once a day, claimed per review), re-checks verified domains' DNS records
// (once a day each; 7 days missing unverifies), and prunes old
// rate-limit windows, remembered idempotent API answers and the SCIM request log (30 days). Safe with any
// number of instances: outbox messages are claimed atomically and the rest are idempotent
// single statements.
import "server-only";
import type { Database } from "@/db/client";
import { eraseSpentSecrets } from "@/db/queries/email-outbox";
import { deleteIdempotencyKeysBefore } from "@/db/queries/idempotency";
import { pruneScimRequests } from "@/db/queries/scim-requests";
import { remindOverdueReviews } from "@/lib/access-reviews/reminders";
import { recheckVerifiedDomains } from "@/lib/domains/recheck";
import { deliverDueWebhooks, type WebhookDeliveryReport } from "@/lib/event-webhooks/deliver";
import { sendDueDigests } from "@/lib/notifications/digests";
import { expireInvitationsAndNotify } from "@/lib/notifications/invitation-expiry";
import { pruneRateLimits } from "@/lib/rate-limit";
import { deliverDueEmails, type DeliveryOptions, type DueDeliveryReport } from "./deliver";

export const SWEEP_INTERVAL_MS = 15_000;
/** Rate-limit windows last at most a day; older ones can never be counted against again. */
const RATE_LIMIT_RETENTION_MS = 2 * 24 * 60 * 60 * 1000;
/** The REST API replays a POST's answer for a day (lib/api/handle-api-request.ts). */
const IDEMPOTENCY_RETENTION_MS = 24 * 60 * 60 * 1000;
/** Settings → SCIM shows the last 30 days of SCIM requests; older rows are deleted. */
const SCIM_LOG_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

export interface SweepReport {
  delivery: DueDeliveryReport;
  expiredInvitations: number;
  erasedSecrets: number;
  webhooks: WebhookDeliveryReport;
  /** Overdue access reviews whose reviewers were reminded. */
  reviewReminders: number;
  /** Notification digests written to the outbox (delivered by the same pass). */
  digests: number;
}

/** One pass of the worker; tests call it directly. Each part runs even if another fails. */
export async function runBackgroundSweep(
  db: Database,
  options: DeliveryOptions & { limit?: number; now?: number } = {},
): Promise<SweepReport> {
  const report: SweepReport = {
    delivery: { sent: 0, failed: 0, dead: 0, skipped: 0 },
    expiredInvitations: 0,
    erasedSecrets: 0,
    webhooks: { delivered: 0, failed: 0, dead: 0 },
    reviewReminders: 0,
    digests: 0,
  };
  const parts: [string, () => Promise<void>][] = [
    ["expire invitations", async () => void (report.expiredInvitations = await expireInvitationsAndNotify(db))],
    ["send notification digests", async () => void (report.digests = (await sendDueDigests(db, new Date(options.now ?? Date.now()))).sent)],
    ["remind overdue access reviews", async () => void (report.reviewReminders = await remindOverdueReviews(db, new Date(options.now ?? Date.now())))],
    ["deliver email", async () => void (report.delivery = await deliverDueEmails(db, { limit: 50, ...options }))],
    ["erase spent email secrets", async () => void (report.erasedSecrets = await eraseSpentSecrets(db))],
    ["prune rate limits", () => pruneRateLimits(db, new Date((options.now ?? Date.now()) - RATE_LIMIT_RETENTION_MS))],
    ["prune SCIM request log", async () => void (await pruneScimRequests(db, { before: new Date((options.now ?? Date.now()) - SCIM_LOG_RETENTION_MS) }))],
    ["deliver webhooks", async () => void (report.webhooks = await deliverDueWebhooks(db, { now: options.now ? new Date(options.now) : undefined }))],
    ["re-check verified domains", async () => void (await recheckVerifiedDomains(db, { now: new Date(options.now ?? Date.now()) }))],
    ["prune idempotency keys", async () => void (await deleteIdempotencyKeysBefore(db, new Date((options.now ?? Date.now()) - IDEMPOTENCY_RETENTION_MS)))],
  ];
  for (const [name, part] of parts) {
    try {
      await part();
    } catch (error) {
      console.error(`[worker] ${name} failed:`, error instanceof Error ? error.message : error);
    }
  }
  return report;
}

export interface WorkerHandle {
  stop: () => void;
}

const globalForWorker = globalThis as unknown as { rosterWorker?: WorkerHandle };

/**
 * Starts the sweep loop once per process (a second call returns the running one). The next run is
 * scheduled only after the current one finishes, so runs never overlap; jitter keeps instances
 * started together from sweeping in lockstep; the timer is unref'd so it never keeps a process alive.
 */
export function startBackgroundWorker(getDb: () => Promise<Database>, intervalMs = SWEEP_INTERVAL_MS): WorkerHandle {
  if (globalForWorker.rosterWorker) return globalForWorker.rosterWorker;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const schedule = () => {
    if (stopped) return;
    const jitter = (Math.random() - 0.5) * 0.4 * intervalMs; // ±20%
    timer = setTimeout(() => void tick(), Math.max(1000, intervalMs + jitter));
    timer.unref?.();
  };
  const tick = async () => {
    try {
      await runBackgroundSweep(await getDb());
    } catch (error) {
      console.error("[worker] sweep failed:", error instanceof Error ? error.message : error);
    } finally {
      schedule();
    }
  };

  const handle: WorkerHandle = {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      if (globalForWorker.rosterWorker === handle) globalForWorker.rosterWorker = undefined;
    },
  };
  globalForWorker.rosterWorker = handle;
  schedule();
  return handle;
}
