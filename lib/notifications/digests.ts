// Sends the daily and weekly digests once their period is over: a day is a UTC calendar day, a
// week starts on Monday (UTC). Each member's digest is claimed (notification_digests) in the same
// transaction that writes its email and marks its notifications emailed, so any number of
// workers, and restarts, send it once.
import "server-only";
import type { Database } from "@/db/client";
import { claimDigest, findDigestCandidates, findDigestNotifications, markNotificationsEmailed } from "@/db/queries/notification-digests";
import { runTransactionWithRetry } from "@/db/transaction";
import { enqueueEmail } from "@/lib/email/outbox";
import { renderNotificationDigestEmail } from "@/lib/email/templates/notification-digest";
import { appUrl } from "@/lib/env";
import { notificationSettingsUrl } from "./notify";

const DAY_MS = 24 * 60 * 60 * 1000;
type DigestFrequency = "daily" | "weekly";

/** The last complete period before `now`: [start, end). */
export function lastCompletePeriod(frequency: DigestFrequency, now: Date): { start: Date; end: Date } {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  if (frequency === "daily") return { start: new Date(today - DAY_MS), end: new Date(today) };
  const sinceMonday = (new Date(today).getUTCDay() + 6) % 7;
  const thisWeek = today - sinceMonday * DAY_MS;
  return { start: new Date(thisWeek - 7 * DAY_MS), end: new Date(thisWeek) };
}

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export interface DigestReport {
  sent: number;
  /** Outbox ids written (the worker's delivery pass sends them). */
  emailIds: string[];
}

/** One pass: every member with notifications waiting for a digest whose period is over. */
export async function sendDueDigests(db: Database, now = new Date(), limit = 200): Promise<DigestReport> {
  const report: DigestReport = { sent: 0, emailIds: [] };
  for (const frequency of ["daily", "weekly"] as const) {
    const period = lastCompletePeriod(frequency, now);
    for (const candidate of await findDigestCandidates(db, { frequency, periodEnd: period.end, limit })) {
      const emailId = await runTransactionWithRetry(db, async (tx) => {
        if (!(await claimDigest(tx, { memberId: candidate.memberId, frequency, periodStart: period.start }))) return null;
        const items = await findDigestNotifications(tx, { memberId: candidate.memberId, frequency, periodEnd: period.end });
        if (items.length === 0) return null;
        const email = await renderNotificationDigestEmail({
          organizationName: candidate.organizationName,
          memberName: candidate.memberName,
          frequency,
          items: items.map((item) => ({ title: item.title, body: item.body, when: `${when.format(item.createdAt)} UTC` })),
          url: `${appUrl()}/orgs/${candidate.organizationSlug}/members`,
          settingsUrl: notificationSettingsUrl(),
        });
        const { id } = await enqueueEmail(tx, { organizationId: candidate.organizationId, to: candidate.memberEmail, template: `digest-${frequency}`, ...email });
        await markNotificationsEmailed(tx, items.map((item) => item.id));
        return id;
      });
      if (emailId) {
        report.sent += 1;
        report.emailIds.push(emailId);
      }
    }
  }
  return report;
}
