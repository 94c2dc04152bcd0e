// Invite Members (bulk): a list of addresses, one role, teams and an optional message. Every valid
// address that isn't already a member or invited gets an invitation while seats last; the result
// says what happened to each address. Seats are counted under the organization lock.
import "server-only";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { refuseUnless } from "@/lib/actions/kernel/refusals";
import type { ImportRow } from "@/lib/invitations/csv-import";
import { assertCanSendInvitations } from "@/lib/invitations/invitation-rate-limit";
import { deliverFirstInvitations, issueInvitations } from "@/lib/invitations/issue-invitations";
import { whyCannotInviteAs } from "@/lib/members/rules";
import { seatLimitMessage } from "@/lib/members/seats";
import { notifyIfSeatsFilled } from "@/lib/notifications/events";
import { assertTeamsExist } from "@/lib/teams/team-checks";
import { bulkInviteSchema, splitEmailList } from "@/lib/validation/invitations";
import { reviewRowsNow } from "./review-import";

export interface BulkInviteSummary {
  invited: string[];
  alreadyMembers: string[];
  alreadyInvited: string[];
  invalid: string[];
  overSeatLimit: string[];
  /** Why some weren't invited for lack of seats, and how to free or add some. */
  seatMessage: string | null;
}

export const bulkInvite = defineOrgAction({
  permission: "members.invite",
  schema: bulkInviteSchema,
  async handler(ctx, input): Promise<BulkInviteSummary> {
    const { tx, organization, actor } = ctx;
    refuseUnless(whyCannotInviteAs(actor, input.role));
    await assertTeamsExist(tx, organization.id, input.teamIds);

    // The same address twice in the list is one invitation.
    const seen = new Set<string>();
    const rows: ImportRow[] = [];
    for (const typed of splitEmailList(input.emails)) {
      const key = typed.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({ line: rows.length + 1, email: typed, role: input.role, teams: [], name: null, department: null, jobTitle: null });
    }
    const { review, seatsUsed } = await reviewRowsNow(ctx, rows);

    const summary: BulkInviteSummary = { invited: [], alreadyMembers: [], alreadyInvited: [], invalid: [], overSeatLimit: [], seatMessage: null };
    const bucket = { invalid_email: summary.invalid, already_member: summary.alreadyMembers, already_invited: summary.alreadyInvited, over_seat_limit: summary.overSeatLimit } as const;
    for (const row of review.rows) {
      const code = row.issues[0]?.code;
      if (!code) summary.invited.push(row.email);
      else if (code in bucket) bucket[code as keyof typeof bucket].push(row.email);
      else summary.invalid.push(row.email); // not expected: role and teams were checked above
    }

    if (summary.invited.length > 0) {
      await assertCanSendInvitations(tx, { organizationId: organization.id, actorUserId: ctx.identity.user.id, count: summary.invited.length });
      const issued = await issueInvitations(tx, {
        organization,
        inviter: { userId: ctx.identity.user.id, name: actor.name },
        actor: ctx.auditActor,
        invitees: summary.invited.map((email) => ({ email, role: input.role, teamIds: input.teamIds })),
        message: input.message,
        source: "bulk_invite",
      });
      ctx.afterCommit((db) => deliverFirstInvitations(db, issued));
      await notifyIfSeatsFilled(tx, organization, summary.invited.length, seatsUsed);
    }
    if (summary.overSeatLimit.length > 0) {
      summary.seatMessage = seatLimitMessage(seatsUsed + summary.invited.length, organization.seatLimit);
    }
    await ctx.audit({
      action: "invitations.bulk_sent",
      metadata: {
        role: input.role,
        teamIds: input.teamIds,
        invited: summary.invited.length,
        alreadyMembers: summary.alreadyMembers.length,
        alreadyInvited: summary.alreadyInvited.length,
        invalid: summary.invalid.length,
        overSeatLimit: summary.overSeatLimit.length,
      },
    });
    return summary;
  },
});
