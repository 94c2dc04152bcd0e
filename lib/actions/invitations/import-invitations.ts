// Bulk Import, step 2: the same CSV again. Parsed and reviewed anew under the organization lock
// (a review sent back by the browser is never trusted), the chosen unknown teams are created,
// every valid row is invited in one transaction, and the summary of what happened is returned.
import "server-only";
import { insertTeams } from "@/db/queries/invitation-import";
import { defineOrgAction, type OrgActionContext } from "@/lib/actions/kernel/define-org-action";
import { ActionError } from "@/lib/errors";
import type { ImportRow } from "@/lib/invitations/csv-import";
import { reviewImport, type ImportIssueCode, type ReviewContext } from "@/lib/invitations/import-review";
import { assertCanSendInvitations } from "@/lib/invitations/invitation-rate-limit";
import { deliverFirstInvitations, issueInvitations } from "@/lib/invitations/issue-invitations";
import { notifyIfSeatsFilled } from "@/lib/notifications/events";
import { importInvitationsSchema } from "@/lib/validation/invitations";
import { assertCanCreateTeams, parseImportFile, reviewRowsNow, type LoadedReview } from "./review-import";

export interface ImportSummary {
  total: number;
  invited: number;
  skipped: number;
  counts: Partial<Record<ImportIssueCode, number>>;
  teamsCreated: string[];
}

export const importInvitations = defineOrgAction({
  permission: "members.invite",
  schema: importInvitationsSchema,
  async handler(ctx, input): Promise<ImportSummary> {
    const { tx, organization, actor } = ctx;
    assertCanCreateTeams(actor, input.createTeams);
    const rows = parseImportFile(input.file);

    // First look: which of the requested teams the file really needs (and doesn't have yet).
    const first = await reviewRowsNow(ctx, rows, input.createTeams);
    const toCreate = first.review.missingTeams.filter((name) => first.context.createTeams.has(name.toLowerCase()));
    const { review, context } = toCreate.length > 0 ? await reviewAfterCreating(ctx, rows, first, toCreate) : first;
    if (review.valid === 0) {
      throw new ActionError("invalid_input", "No row can be imported: every row has a problem. Review the file and try again.");
    }

    const validRows = review.rows.filter((row) => row.issues.length === 0);
    await assertCanSendInvitations(tx, { organizationId: organization.id, actorUserId: ctx.identity.user.id, count: validRows.length });
    const issued = await issueInvitations(tx, {
      organization,
      inviter: { userId: ctx.identity.user.id, name: actor.name },
      actor: ctx.auditActor,
      invitees: validRows.map((row) => ({
        email: row.email,
        role: row.role!,
        teamIds: row.teams.map((name) => context.teamsByName.get(name.toLowerCase())!),
        name: row.name,
        department: row.department,
        jobTitle: row.jobTitle,
      })),
      source: "csv_import",
    });
    await ctx.audit({
      action: "invitations.imported",
      metadata: { rows: review.rows.length, invited: issued.length, skipped: review.invalid, counts: review.counts, teamsCreated: toCreate },
    });
    ctx.afterCommit((db) => deliverFirstInvitations(db, issued));
    await notifyIfSeatsFilled(tx, organization, issued.length);
    return { total: review.rows.length, invited: issued.length, skipped: review.invalid, counts: review.counts, teamsCreated: toCreate };
  },
});

/** Creates the teams (audited), then reviews again (in memory) so rows naming them resolve to their ids. */
async function reviewAfterCreating(ctx: OrgActionContext, rows: readonly ImportRow[], loaded: LoadedReview, names: string[]) {
  const created = await insertTeams(ctx.tx, { organizationId: ctx.organization.id, names });
  for (const team of created) await ctx.audit({ action: "team.created", target: { type: "team", id: team.id, name: team.name } });
  const teamsByName = new Map([...loaded.context.teamsByName, ...created.map((team) => [team.name.toLowerCase(), team.id] as const)]);
  const context: ReviewContext = { ...loaded.context, teamsByName, createTeams: new Set() };
  return { review: reviewImport(rows, context), context };
}
