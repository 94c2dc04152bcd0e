// Records a download of an access review's report (every decision as CSV) before it starts.
import "server-only";
import { countReviewDecisions, getAccessReview } from "@/db/queries/access-reviews";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { refuse } from "@/lib/actions/kernel/refusals";
import { reviewRefSchema } from "@/lib/validation/access-reviews";

export const recordReviewExport = defineOrgAction({
  permission: "members.edit",
  schema: reviewRefSchema,
  async handler(ctx, input) {
    const review = await getAccessReview(ctx.tx, { organizationId: ctx.organization.id, reviewId: input.reviewId });
    if (!review) refuse("not_found", "Access review not found.");
    const counts = await countReviewDecisions(ctx.tx, { organizationId: ctx.organization.id, reviewId: review.id });
    await ctx.audit({
      action: "access_review.report_exported",
      target: { type: "access_review", id: review.id, name: review.name },
      metadata: { reviewName: review.name, rows: counts.total },
    });
    return { organizationId: ctx.organization.id, slug: ctx.organization.slug, review };
  },
});
