// Writes an access review's emails to its reviewers into the outbox, in the caller's transaction:
// "you have a review" when it starts, "it is overdue" from the worker.
import "server-only";
import type { Queryable } from "@/db/client";
import { enqueueEmail } from "@/lib/email/outbox";
import { renderAccessReviewEmail } from "@/lib/email/templates/access-review";
import { appUrl } from "@/lib/env";

export async function enqueueReviewEmails(
  tx: Queryable,
  {
    kind,
    organization,
    review,
    reviewers,
    startedByName = null,
    people,
  }: {
    kind: "assigned" | "overdue";
    organization: { id: string; name: string; slug: string };
    review: { id: string; name: string; dueAt: Date };
    reviewers: readonly { name: string; email: string }[];
    startedByName?: string | null;
    people: number;
  },
): Promise<string[]> {
  const ids: string[] = [];
  const url = `${appUrl()}/orgs/${organization.slug}/activity/reviews/${review.id}`;
  for (const reviewer of reviewers) {
    const email = await renderAccessReviewEmail({
      kind,
      organizationName: organization.name,
      reviewName: review.name,
      reviewerName: reviewer.name,
      startedByName,
      people,
      dueAt: review.dueAt,
      url,
    });
    const { id } = await enqueueEmail(tx, { organizationId: organization.id, to: reviewer.email, template: `access-review-${kind}`, ...email });
    ids.push(id);
  }
  return ids;
}
