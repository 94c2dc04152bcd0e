// The events members are notified of, one function each, so every change that reports one words
// it the same way. Each writes in the transaction it is given (see notify.ts); inside an action pass
// the action's context (the actor is not told of their own doing and emails go after the commit),
// elsewhere (the worker, invitation responses) the transaction and organization, with emails left
// to the worker's next sweep.
import "server-only";
import type { Queryable } from "@/db/client";
import { countSeatsUsed } from "@/db/queries/members";
import { findMemberIdsByUsers, findOrganizationAdminIds } from "@/db/queries/notifications";
import type { Organization } from "@/db/schema";
import type { Role, TeamRole } from "@/db/schema/enums";
import { ROLE_LABELS } from "@/lib/permissions";
import { notify, notifyInAction, type NotificationDraft, type NotifyContext } from "./notify";

type Org = Pick<Organization, "id" | "name" | "slug">;
type Person = { id: string; name: string };
const TEAM_ROLE_LABELS: Record<TeamRole, string> = { maintainer: "Maintainer", member: "Member" };

export function notifyRoleChanged(
  ctx: NotifyContext & { actor: Person },
  member: { id: string },
  from: Role,
  to: Role,
  email?: NotificationDraft["email"],
) {
  return notifyInAction(ctx, [
    {
      memberId: member.id,
      category: "role_changed",
      title: `Your role is now ${ROLE_LABELS[to]}`,
      body: `${ctx.actor.name} changed your role in ${ctx.organization.name} from ${ROLE_LABELS[from]} to ${ROLE_LABELS[to]}.`,
      link: `/orgs/${ctx.organization.slug}/members`,
      data: { from, to },
      email,
    },
  ]);
}

export function notifyTeamAdded(ctx: NotifyContext & { actor: Person }, team: { id: string; name: string }, memberIds: string[], teamRole: TeamRole) {
  return notifyInAction(
    ctx,
    memberIds.map((memberId) => ({
      memberId,
      category: "team_membership" as const,
      teamId: team.id,
      title: `You were added to the team ${team.name}`,
      body: `${ctx.actor.name} added you to ${team.name} as a ${TEAM_ROLE_LABELS[teamRole]}.`,
      link: `/orgs/${ctx.organization.slug}/teams/${team.id}`,
      data: { event: "team_added", teamName: team.name, teamRole },
    })),
  );
}

export function notifyTeamRemoved(ctx: NotifyContext & { actor: Person }, team: { id: string; name: string }, memberIds: string[]) {
  return notifyInAction(
    ctx,
    memberIds.map((memberId) => ({
      memberId,
      category: "team_membership" as const,
      teamId: team.id,
      title: `You were removed from the team ${team.name}`,
      body: `${ctx.actor.name} removed you from ${team.name}.`,
      link: `/orgs/${ctx.organization.slug}/teams`,
      data: { event: "team_removed", teamName: team.name },
    })),
  );
}

/** In the bell only: the transfer itself always emails both Owners (see categories.ts). */
export function notifyOwnershipTransferred(ctx: NotifyContext & { actor: Person }, newOwner: { id: string }) {
  return notifyInAction(ctx, [
    {
      memberId: newOwner.id,
      category: "ownership",
      title: `You are now the Owner of ${ctx.organization.name}`,
      body: `${ctx.actor.name} transferred the ownership of ${ctx.organization.name} to you. They are now an Admin.`,
      link: `/orgs/${ctx.organization.slug}/settings`,
    },
  ]);
}

/** The inviter hears that their invitation was accepted or has expired (by user: they may have left since). */
export async function notifyInviter(
  tx: Queryable,
  organization: Org,
  invitation: { id: string; email: string; invitedByUserId: string | null },
  outcome: "accepted" | "expired",
) {
  if (!invitation.invitedByUserId) return;
  const inviters = await findMemberIdsByUsers(tx, { organizationId: organization.id, userIds: [invitation.invitedByUserId] });
  const memberId = inviters.get(invitation.invitedByUserId);
  if (!memberId) return;
  const accepted = outcome === "accepted";
  await notify(tx, organization, [
    {
      memberId,
      category: "invitation_update",
      title: accepted ? `${invitation.email} accepted your invitation` : `Your invitation to ${invitation.email} expired`,
      body: accepted
        ? `${invitation.email} joined ${organization.name}.`
        : `${invitation.email} did not accept in time. You can send a new invitation from Invitations.`,
      link: accepted ? `/orgs/${organization.slug}/members` : `/orgs/${organization.slug}/invitations`,
      data: { event: `invitation_${outcome}`, invitationId: invitation.id },
    },
  ]);
}

/**
 * Tells the Owners and Admins when a change takes the last free seat: call with the organization
 * locked, before writing, with how many seats the change takes (the count is read before the write).
 */
export async function notifyIfSeatsFilled(tx: Queryable, organization: Org & { seatLimit: number }, taking: number, usedBefore?: number) {
  if (taking <= 0) return;
  const used = usedBefore ?? (await countSeatsUsed(tx, organization.id));
  if (used >= organization.seatLimit || used + taking < organization.seatLimit) return;
  const admins = await findOrganizationAdminIds(tx, { organizationId: organization.id });
  await notify(
    tx,
    organization,
    admins.map((memberId) => ({
      memberId,
      category: "seats" as const,
      title: `All ${organization.seatLimit} seats of ${organization.name} are in use`,
      body: "New invitations, creations and re-enables are refused until a seat is freed or the seat limit is raised in Settings → Seats & Plan.",
      link: `/orgs/${organization.slug}/settings/seats`,
      data: { seatLimit: organization.seatLimit },
    })),
  );
}
