// Starts an access review (Owners and Admins): the people in scope — everyone, a team, a role or
// the inactive — are recorded as they are now, the chosen reviewers (active Managers or above) are
// emailed their list, and the review is due at the end of the chosen day.
import "server-only";
import { inactiveMemberIds } from "@/db/queries/activity-overview";
import { activeMembersWithRoles, insertAccessReview, insertReviewItems, insertReviewers, membersInScope, type AccessReviewScope } from "@/db/queries/access-reviews";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { refuseField } from "@/lib/actions/kernel/refusals";
import { enqueueReviewEmails } from "@/lib/access-reviews/review-emails";
import { scopeLabel } from "@/lib/access-reviews/scope";
import { deliverOutboxEmail } from "@/lib/email/deliver";
import { loadTeam } from "@/lib/teams/team-checks";
import { INACTIVE_AFTER_DAYS } from "@/lib/validation/activity-overview-search";
import { startAccessReviewSchema } from "@/lib/validation/access-reviews";

/** Who may review: Managers and above. */
export const REVIEWER_ROLES = ["owner", "admin", "manager"] as const;

export const startAccessReview = defineOrgAction({
  permission: "members.remove",
  schema: startAccessReviewSchema,
  async handler(ctx, input) {
    const { tx, organization } = ctx;
    const organizationId = organization.id;
    let scope: AccessReviewScope;
    let inactiveIds: string[] | undefined;
    if (input.scope.kind === "team") {
      const team = await loadTeam(tx, organizationId, input.scope.teamId);
      scope = { kind: "team", teamId: team.id, teamName: team.name };
    } else if (input.scope.kind === "inactive") {
      scope = { kind: "inactive", days: INACTIVE_AFTER_DAYS };
      inactiveIds = await inactiveMemberIds(tx, { organizationId, days: INACTIVE_AFTER_DAYS, now: new Date() });
    } else {
      scope = input.scope;
    }
    const people = await membersInScope(tx, { organizationId, scope, inactiveIds });
    if (people.length === 0) refuseField("invalid_input", "scope", "Nobody active is in this scope. Choose another.");
    const reviewers = await activeMembersWithRoles(tx, { organizationId, memberIds: input.reviewerIds, roles: REVIEWER_ROLES });
    if (reviewers.length !== input.reviewerIds.length) {
      refuseField("invalid_input", "reviewerIds", "Reviewers must be active Managers, Admins or Owners of this organization.");
    }

    const review = await insertAccessReview(tx, { organizationId, name: input.name, scope, dueAt: input.dueOn, createdByUserId: ctx.identity.user.id });
    await insertReviewers(tx, { reviewId: review.id, memberIds: reviewers.map((r) => r.id) });
    await insertReviewItems(tx, { reviewId: review.id, organizationId, people });
    const emails = await enqueueReviewEmails(tx, {
      kind: "assigned",
      organization,
      review: { id: review.id, name: input.name, dueAt: input.dueOn },
      reviewers,
      startedByName: ctx.actor.name,
      people: people.length,
    });
    for (const id of emails) ctx.afterCommit((db) => deliverOutboxEmail(db, id));
    await ctx.audit({
      action: "access_review.started",
      target: { type: "access_review", id: review.id, name: input.name },
      metadata: { reviewName: input.name, scopeLabel: scopeLabel(scope), people: people.length, reviewers: reviewers.length, reviewerNames: reviewers.map((r) => r.name), dueAt: input.dueOn.toISOString() },
    });
    return { id: review.id, people: people.length };
  },
});
