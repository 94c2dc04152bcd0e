// Team invitations: an organization member invited into a team, who accepts or declines. Every
// statement carries the organization; the actions run them after the organization's row lock, so
// "one pending invitation per team and member" is checked and written atomically.
import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable } from "@/db/client";
import { members, teamInvitations, teams, type Team } from "@/db/schema";
import type { TeamInvitationStatus, TeamRole } from "@/db/schema/enums";

export async function findPendingTeamInvitation(
  db: Queryable,
  { organizationId, teamId, memberId }: { organizationId: string; teamId: string; memberId: string },
) {
  const [row] = await db
    .select({ id: teamInvitations.id })
    .from(teamInvitations)
    .where(
      and(
        eq(teamInvitations.organizationId, organizationId),
        eq(teamInvitations.teamId, teamId),
        eq(teamInvitations.memberId, memberId),
        eq(teamInvitations.status, "pending"),
      ),
    );
  return row ?? null;
}

export async function insertTeamInvitation(
  db: Queryable,
  values: { organizationId: string; teamId: string; memberId: string; teamRole: TeamRole; invitedByMemberId: string },
): Promise<{ id: string }> {
  const [row] = await db.insert(teamInvitations).values(values).returning({ id: teamInvitations.id });
  if (!row) throw new Error("The team invitation insert returned no row.");
  return row;
}

const inviters = alias(members, "inviters");

export interface TeamInvitationView {
  id: string;
  status: TeamInvitationStatus;
  teamRole: TeamRole;
  memberId: string;
  team: Pick<Team, "id" | "name" | "description">;
  invitedByMemberId: string | null;
  inviterName: string | null;
  createdAt: Date;
  respondedAt: Date | null;
}

/** One invitation of the organization with its team and inviter, or null; `forUpdate` locks the invitation row. */
export async function getTeamInvitation(
  db: Queryable,
  { organizationId, invitationId, forUpdate = false }: { organizationId: string; invitationId: string; forUpdate?: boolean },
): Promise<TeamInvitationView | null> {
  const query = db
    .select({
      id: teamInvitations.id,
      status: teamInvitations.status,
      teamRole: teamInvitations.teamRole,
      memberId: teamInvitations.memberId,
      team: { id: teams.id, name: teams.name, description: teams.description },
      invitedByMemberId: teamInvitations.invitedByMemberId,
      inviterName: inviters.name,
      createdAt: teamInvitations.createdAt,
      respondedAt: teamInvitations.respondedAt,
    })
    .from(teamInvitations)
    .innerJoin(teams, and(eq(teams.id, teamInvitations.teamId), eq(teams.organizationId, organizationId)))
    .leftJoin(inviters, eq(inviters.id, teamInvitations.invitedByMemberId))
    .where(and(eq(teamInvitations.organizationId, organizationId), eq(teamInvitations.id, invitationId)));
  const [row] = forUpdate ? await query.for("update", { of: teamInvitations }) : await query;
  return row ?? null;
}

export async function setTeamInvitationStatus(
  db: Queryable,
  { organizationId, invitationId, status }: { organizationId: string; invitationId: string; status: Exclude<TeamInvitationStatus, "pending"> },
): Promise<void> {
  await db
    .update(teamInvitations)
    .set({ status, respondedAt: new Date() })
    .where(and(eq(teamInvitations.organizationId, organizationId), eq(teamInvitations.id, invitationId), eq(teamInvitations.status, "pending")));
}

/** A member's pending team invitations, newest first. */
export async function listPendingTeamInvitations(db: Queryable, { organizationId, memberId }: { organizationId: string; memberId: string }) {
  return db
    .select({ id: teamInvitations.id, teamName: teams.name, teamRole: teamInvitations.teamRole, createdAt: teamInvitations.createdAt })
    .from(teamInvitations)
    .innerJoin(teams, eq(teams.id, teamInvitations.teamId))
    .where(and(eq(teamInvitations.organizationId, organizationId), eq(teamInvitations.memberId, memberId), eq(teamInvitations.status, "pending")))
    .orderBy(desc(teamInvitations.createdAt));
}
