// Remove in bulk (the Invitations view's selection bar): the ticked invitations, or every one
// matching the view's filter, in one transaction. Only declined, expired and cancelled invitations
// within the actor's role go; the others are kept and counted by reason, and a selection with
// nothing removable is refused. An id of another organization (or unknown) refuses the whole
// request, changing nothing. Each removed invitation gets its audit event (invitation-removal.ts),
// and the whole one summary event listing them, as bulk member actions do.
import "server-only";
import { z } from "zod";
import { countInvitationsMatching, lockInvitationsById, lockInvitationsMatching, type HousekeepingInvitation } from "@/db/queries/invitations-housekeeping";
import type { InvitationStatus } from "@/db/schema/enums";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { refuse } from "@/lib/actions/kernel/refusals";
import { whyCannotInviteAs } from "@/lib/members/rules";
import { ROLES } from "@/lib/permissions";
import { INVITATION_STATUSES, MAX_INVITATION_QUERY } from "@/lib/validation/invitations-search";
import { REMOVABLE_STATUSES, isRemovable, removeLockedInvitations } from "./invitation-removal";

/** Invitations removed per request; "all matching" beyond it is finished by removing again. */
export const MAX_REMOVE = 1_000;

export const removeInvitationsSchema = z
  .object({
    invitationIds: z
      .array(z.uuid({ error: "Unknown invitation" }))
      .min(1, { error: "Select at least one invitation" })
      .max(MAX_REMOVE, { error: `Select at most ${MAX_REMOVE.toLocaleString("en-US")} invitations` })
      .optional(),
    filter: z
      .object({
        status: z.enum(["all", ...INVITATION_STATUSES], { error: "Unknown status" }),
        q: z.string().trim().max(MAX_INVITATION_QUERY, { error: "Search is too long" }).default(""),
      })
      .optional(),
  })
  .refine((input) => Boolean(input.invitationIds) !== Boolean(input.filter), {
    error: "Choose invitations, or a filter, to remove",
    path: ["invitationIds"],
  });

export interface RemoveInvitationsResult {
  removed: number;
  /** Kept, by reason ("3 pending: cancel them first"). */
  skipped: { reason: string; count: number }[];
  /** Still matching the filter after a capped removal: remove again for the rest. */
  remaining: number;
}

const KEPT_REASONS: Partial<Record<InvitationStatus, string>> = {
  pending: "pending (cancel them first)",
  bounced: "bounced (cancel them first)",
  accepted: "accepted",
};
const ABOVE_ROLE = "invited with a role you can't manage";
export const NOTHING_REMOVABLE = "Only declined, expired and cancelled invitations can be removed. Cancel a pending invitation first.";

export const removeInvitations = defineOrgAction({
  permission: "members.invite",
  schema: removeInvitationsSchema,
  async handler(ctx, input): Promise<RemoveInvitationsResult> {
    const { tx, organization, actor } = ctx;
    const organizationId = organization.id;
    const roles = ROLES.filter((role) => whyCannotInviteAs(actor, role) === null);
    const skipped = new Map<string, number>();
    const skip = (reason: string, count = 1) => count > 0 && skipped.set(reason, (skipped.get(reason) ?? 0) + count);
    let remove: HousekeepingInvitation[];
    let remaining = 0;

    if (input.invitationIds) {
      const ids = [...new Set(input.invitationIds)];
      const rows = await lockInvitationsById(tx, { organizationId, invitationIds: ids });
      if (rows.length !== ids.length) refuse("not_found", "Invitation not found.");
      remove = [];
      for (const row of rows) {
        if (!isRemovable(row.status)) skip(KEPT_REASONS[row.status] ?? row.status);
        else if (!roles.includes(row.role)) skip(ABOVE_ROLE);
        else remove.push(row);
      }
    } else {
      const { status, q } = input.filter!;
      const statuses = status === "all" ? REMOVABLE_STATUSES : isRemovable(status) ? [status] : [];
      if (statuses.length === 0) refuse("conflict", NOTHING_REMOVABLE);
      remove = await lockInvitationsMatching(tx, { organizationId, statuses, roles, q, limit: MAX_REMOVE });
      const others = ROLES.filter((role) => !roles.includes(role));
      skip(ABOVE_ROLE, await countInvitationsMatching(tx, { organizationId, statuses, roles: others, q }));
      if (remove.length === MAX_REMOVE) {
        remaining = (await countInvitationsMatching(tx, { organizationId, statuses, roles, q })) - MAX_REMOVE;
      }
    }
    if (remove.length === 0) refuse("conflict", skipped.has(ABOVE_ROLE) && skipped.size === 1 ? "You can't manage the invitations selected." : NOTHING_REMOVABLE);

    const removed = await removeLockedInvitations(ctx, remove, { bulk: true });
    const kept = [...skipped].map(([reason, count]) => ({ reason, count }));
    await ctx.audit({
      action: "invitations.bulk_removed",
      metadata: {
        selection: input.filter ? { status: input.filter.status, q: input.filter.q } : "selected",
        removed: removed.length,
        skipped: Object.fromEntries(skipped),
        ...(remaining > 0 ? { remaining } : {}),
        invitations: removed.map((r) => ({ id: r.id, email: r.email, name: r.name, status: r.status })),
      },
    });
    return { removed: removed.length, skipped: kept, remaining };
  },
});
