// The worker's part for access reviews: an open review past its due date reminds its reviewers who
// still owe decisions, at most once a day. Each review is claimed (last_reminder_at stamped under
// its row lock) in the same transaction that writes the emails and the audit event, so with any
// number of app instances sweeping at once every reminder goes out exactly once — or not at all.
import "server-only";
import type { Database } from "@/db/client";
import { claimOverdueReviews, reviewersOwingDecisions } from "@/db/queries/access-reviews";
import { lockOrganization } from "@/db/queries/organizations";
import { runTransaction } from "@/db/transaction";
import { recordAudit, type AuditActor } from "@/lib/audit";
import { deliverOutboxEmail } from "@/lib/email/deliver";
import { enqueueReviewEmails } from "./review-emails";

export const REMIND_EVERY_MS = 24 * 60 * 60 * 1000;
const WORKER: AuditActor = { userId: null, name: "Roster", email: null, type: "system", channel: "worker" };

/** Sends the due reminders; returns how many reviews reminded their reviewers. */
export async function remindOverdueReviews(db: Database, now = new Date()): Promise<number> {
  const reminded = await runTransaction(db, async (tx) => {
    const claimed = await claimOverdueReviews(tx, { now, remindedBefore: new Date(now.getTime() - REMIND_EVERY_MS), limit: 20 });
    const outbox: string[] = [];
    let count = 0;
    for (const review of claimed) {
      const reviewers = await reviewersOwingDecisions(tx, { reviewId: review.id });
      if (reviewers.length === 0) continue;
      const organization = await lockOrganization(tx, review.organizationId);
      if (!organization) continue;
      outbox.push(...(await enqueueReviewEmails(tx, { kind: "overdue", organization, review, reviewers, people: reviewers.length })));
      await recordAudit(tx, {
        organizationId: organization.id,
        actor: WORKER,
        action: "access_review.reminded",
        target: { type: "access_review", id: review.id, name: review.name },
        metadata: { reviewName: review.name, reviewers: reviewers.length, dueAt: review.dueAt.toISOString() },
      });
      count += 1;
    }
    return { count, outbox };
  });
  for (const id of reminded.outbox) await deliverOutboxEmail(db, id);
  return reminded.count;
}
