// Set-based writes for bulk actions and their undo: one statement per batch instead of one per
// member, each scoped to the organization. Rules are decided above db/ (lib/bulk); these only write.
import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { invitations, members, teamMembers, type Member } from "@/db/schema";
import type { MemberStatus, Role, TeamRole } from "@/db/schema/enums";

export interface WrittenMember {
  id: string;
  updatedAt: Date;
}

/** Gives every listed member the role; a Pending member's invitation follows. */
export async function setMembersRole(
  db: Queryable,
  { organizationId, memberIds, role }: { organizationId: string; memberIds: readonly string[]; role: Role },
): Promise<WrittenMember[]> {
  if (memberIds.length === 0) return [];
  const rows = await db
    .update(members)
    .set({ role, updatedAt: new Date() })
    .where(and(eq(members.organizationId, organizationId), inArray(members.id, [...memberIds])))
    .returning({ id: members.id, updatedAt: members.updatedAt });
  await db
    .update(invitations)
    .set({ role })
    .where(and(eq(invitations.organizationId, organizationId), inArray(invitations.memberId, [...memberIds]), eq(invitations.status, "pending")));
  return rows;
}

export async function setMembersStatus(
  db: Queryable,
  { organizationId, memberIds, status }: { organizationId: string; memberIds: readonly string[]; status: MemberStatus },
): Promise<WrittenMember[]> {
  if (memberIds.length === 0) return [];
  return db
    .update(members)
    .set({ status, updatedAt: new Date() })
    .where(and(eq(members.organizationId, organizationId), inArray(members.id, [...memberIds])))
    .returning({ id: members.id, updatedAt: members.updatedAt });
}

export async function removeMembersFromTeam(
  db: Queryable,
  { organizationId, teamId, memberIds }: { organizationId: string; teamId: string; memberIds: readonly string[] },
): Promise<number> {
  if (memberIds.length === 0) return 0;
  const rows = await db
    .delete(teamMembers)
    .where(and(eq(teamMembers.organizationId, organizationId), eq(teamMembers.teamId, teamId), inArray(teamMembers.memberId, [...memberIds])))
    .returning({ memberId: teamMembers.memberId });
  return rows.length;
}

/** Makes these members' teams and team roles exactly `places` (undo): one delete, one insert. */
export async function restoreTeams(
  db: Queryable,
  { organizationId, memberIds, places }: { organizationId: string; memberIds: readonly string[]; places: readonly { memberId: string; teamId: string; role: TeamRole }[] },
): Promise<void> {
  if (memberIds.length === 0) return;
  await db.delete(teamMembers).where(and(eq(teamMembers.organizationId, organizationId), inArray(teamMembers.memberId, [...memberIds])));
  for (let at = 0; at < places.length; at += 5_000) {
    await db.insert(teamMembers).values(places.slice(at, at + 5_000).map((p) => ({ organizationId, memberId: p.memberId, teamId: p.teamId, role: p.role })));
  }
}

/** Puts removed members' rows back as they were (same ids), for undo. */
export async function reinsertMembers(db: Queryable, rows: readonly Omit<Member, "searchText">[]): Promise<void> {
  const now = new Date();
  for (let at = 0; at < rows.length; at += 1_000) {
    await db.insert(members).values(rows.slice(at, at + 1_000).map((row) => ({ ...row, updatedAt: now })));
  }
}

/** Gives the listed members this role and status (undo restores one such group at a time). */
export async function restoreMembersState(
  db: Queryable,
  { organizationId, memberIds, role, status }: { organizationId: string; memberIds: readonly string[]; role: Role; status: MemberStatus },
): Promise<void> {
  if (memberIds.length === 0) return;
  await db
    .update(members)
    .set({ role, status, updatedAt: new Date() })
    .where(and(eq(members.organizationId, organizationId), inArray(members.id, [...memberIds])));
}
