// Ends an access review (Owners and Admins): "complete" freezes its decisions into the report
// (people left undecided are reported as such); "cancel" abandons it. Either way it is over.
import "server-only";
import { z } from "zod";
import { closeAccessReview as closeReviewRow, countReviewDecisions, lockAccessReview } from "@/db/queries/access-reviews";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { refuse } from "@/lib/actions/kernel/refusals";

export const closeAccessReviewSchema = z.object({
  reviewId: z.uuid({ error: "Unknown review" }),
  outcome: z.enum(["completed", "cancelled"]),
});

export const closeAccessReview = defineOrgAction({
  permission: "members.remove",
  schema: closeAccessReviewSchema,
  async handler(ctx, input) {
    const scope = { organizationId: ctx.organization.id, reviewId: input.reviewId };
    const review = await lockAccessReview(ctx.tx, scope);
    if (!review) refuse("not_found", "Access review not found.");
    if (review.status !== "open") refuse("conflict", `This review is already ${review.status}.`);
    const counts = await countReviewDecisions(ctx.tx, scope);
    await closeReviewRow(ctx.tx, { ...scope, status: input.outcome });
    await ctx.audit({
      action: input.outcome === "completed" ? "access_review.completed" : "access_review.cancelled",
      target: { type: "access_review", id: review.id, name: review.name },
      metadata: { reviewName: review.name, people: counts.total, counts },
    });
    return { id: review.id, status: input.outcome, counts };
  },
});
