// A reviewer's decision about one person in an access review: Keep, Change role or Remove, with a
// note. The decision is applied at once through the same rules and steps as the members page
// (role-change.ts, member-removal.ts) — a reviewer who may not make the change is refused with the
// rule's reason and nothing is recorded — and it is audited once: the role change or removal
// (naming the review), or access_review.kept.
import "server-only";
import { isReviewer, lockAccessReview, lockReviewItem, setReviewItemDecision } from "@/db/queries/access-reviews";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { refuse, refuseField } from "@/lib/actions/kernel/refusals";
import { memberTarget } from "@/lib/audit";
import { ROLE_LABELS } from "@/lib/permissions";
import { reviewDecisionSchema } from "@/lib/validation/access-reviews";
import { loadTargetMember } from "./guards";
import { removeMemberNow } from "./member-removal";
import { applyRoleChange, assertRoleChangeAllowed } from "./role-change";

export const decideAccessReview = defineOrgAction({
  permission: "members.edit",
  schema: reviewDecisionSchema,
  async handler(ctx, input) {
    const { tx, organization, actor } = ctx;
    const organizationId = organization.id;
    const review = await lockAccessReview(tx, { organizationId, reviewId: input.reviewId });
    if (!review) refuse("not_found", "Access review not found.");
    if (review.status !== "open") refuse("conflict", `This review is ${review.status}: decisions can no longer be made.`);
    if (!(await isReviewer(tx, { reviewId: review.id, memberId: actor.id }))) refuse("forbidden", "Only this review's reviewers can decide.");
    const item = await lockReviewItem(tx, { organizationId, reviewId: review.id, itemId: input.itemId });
    if (!item) refuse("not_found", "That person is not part of this review.");
    if (item.decision) refuse("conflict", `${item.memberName} has already been reviewed.`);
    if (!item.memberId) refuse("conflict", `${item.memberName} is no longer a member of ${organization.name}.`);
    if (item.memberId === actor.id) refuse("forbidden", "You can't review your own access. Another reviewer has to.");
    const target = await loadTargetMember(tx, organizationId, item.memberId);

    const context = { reviewId: review.id, reviewName: review.name, note: input.note };
    let outcome: string;
    if (input.decision === "keep") {
      await ctx.audit({ action: "access_review.kept", target: memberTarget(target), metadata: { ...context, role: target.role } });
      outcome = `Kept as ${ROLE_LABELS[target.role]}`;
    } else if (input.decision === "change_role") {
      const role = input.newRole!;
      if (role === target.role) refuseField("invalid_input", "newRole", `${target.name} is already ${ROLE_LABELS[role]}. Choose Keep instead.`);
      await assertRoleChangeAllowed(ctx, target, role);
      await applyRoleChange(ctx, target, role, { auditMetadata: context });
      outcome = `Role changed from ${ROLE_LABELS[target.role]} to ${ROLE_LABELS[role]}`;
    } else {
      await removeMemberNow(ctx, target, { auditMetadata: context });
      outcome = "Removed from the organization";
    }
    await setReviewItemDecision(tx, { organizationId, itemId: item.id }, {
      decision: input.decision,
      newRole: input.decision === "change_role" ? input.newRole! : null,
      note: input.note,
      decidedByUserId: ctx.identity.user.id,
      outcome,
    });
    return { itemId: item.id, decision: input.decision, outcome };
  },
});
