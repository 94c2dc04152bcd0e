// Member rows as the write path sees them: locked reads, inserts, updates (a role change is an
// update here), deletes and the "last active" stamp, always scoped by organization and, in the
// actions, inside their transaction after the organization's row lock.
import "server-only";
import { and, eq, isNull, lt, ne, or, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { invitations, members, teamMembers, type Invitation, type Member } from "@/db/schema";

/** The member, locked for the rest of the transaction, or null (unknown or other organization). */
export async function getMemberForUpdate(
  db: Queryable,
  { organizationId, memberId }: { organizationId: string; memberId: string },
): Promise<Member | null> {
  const [member] = await db
    .select()
    .from(members)
    .where(and(eq(members.organizationId, organizationId), eq(members.id, memberId)))
    .for("update");
  return member ?? null;
}

/** The member as it is now, unlocked, or null (unknown or other organization). */
export async function findMember(
  db: Queryable,
  { organizationId, memberId }: { organizationId: string; memberId: string },
): Promise<Member | null> {
  const [member] = await db
    .select()
    .from(members)
    .where(and(eq(members.id, memberId), eq(members.organizationId, organizationId)));
  return member ?? null;
}

export type NewMember = Pick<
  typeof members.$inferInsert,
  "organizationId" | "email" | "name" | "phone" | "department" | "jobTitle" | "role" | "status" | "permissions"
>;

export async function insertMember(db: Queryable, member: NewMember): Promise<Member> {
  const [row] = await db.insert(members).values(member).returning();
  return row!;
}

export async function findMemberByEmail(
  db: Queryable,
  { organizationId, email, exceptMemberId }: { organizationId: string; email: string; exceptMemberId?: string },
): Promise<Member | null> {
  const [member] = await db
    .select()
    .from(members)
    .where(
      and(
        eq(members.organizationId, organizationId),
        eq(members.email, email),
        exceptMemberId ? ne(members.id, exceptMemberId) : undefined,
      ),
    )
    .limit(1);
  return member ?? null;
}

export async function countActiveOwners(
  db: Queryable,
  { organizationId, exceptMemberId }: { organizationId: string; exceptMemberId?: string },
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(members)
    .where(
      and(
        eq(members.organizationId, organizationId),
        eq(members.role, "owner"),
        eq(members.status, "active"),
        exceptMemberId ? ne(members.id, exceptMemberId) : undefined,
      ),
    );
  return Number(row?.n ?? 0);
}

export async function updateMemberRow(
  db: Queryable,
  { organizationId, memberId }: { organizationId: string; memberId: string },
  values: Partial<Omit<Member, "id" | "organizationId" | "searchText" | "createdAt">>,
): Promise<Member> {
  const [member] = await db
    .update(members)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(members.organizationId, organizationId), eq(members.id, memberId)))
    .returning();
  return member!;
}

/** Cancels the member's pending invitation, if any (its link stops working). */
export async function cancelPendingInvitations(
  db: Queryable,
  { organizationId, memberId }: { organizationId: string; memberId: string },
): Promise<number> {
  const cancelled = await db
    .update(invitations)
    .set({ status: "cancelled", respondedAt: new Date() })
    .where(
      and(
        eq(invitations.organizationId, organizationId),
        eq(invitations.memberId, memberId),
        eq(invitations.status, "pending"),
      ),
    )
    .returning({ id: invitations.id });
  return cancelled.length;
}

/** The ids of the member's teams. */
export async function findMemberTeamIds(
  db: Queryable,
  { organizationId, memberId }: { organizationId: string; memberId: string },
): Promise<string[]> {
  const rows = await db
    .select({ teamId: teamMembers.teamId })
    .from(teamMembers)
    .where(and(eq(teamMembers.organizationId, organizationId), eq(teamMembers.memberId, memberId)));
  return rows.map((r) => r.teamId);
}

/** Carries an edit of a Pending member over to the invitation they will accept. */
export async function updatePendingInvitation(
  db: Queryable,
  { organizationId, memberId }: { organizationId: string; memberId: string },
  values: Pick<Invitation, "role" | "teamIds" | "department" | "jobTitle" | "permissions">,
): Promise<void> {
  const { role, teamIds, department, jobTitle, permissions } = values;
  await db
    .update(invitations)
    .set({ role, teamIds: [...teamIds], department, jobTitle, permissions })
    .where(
      and(
        eq(invitations.organizationId, organizationId),
        eq(invitations.memberId, memberId),
        eq(invitations.status, "pending"),
      ),
    );
}

/**
 * Deletes the membership: team memberships go with it (foreign key cascade) and any pending
 * invitation is cancelled first so its link stops working.
 */
export async function deleteMemberRow(
  db: Queryable,
  { organizationId, memberId }: { organizationId: string; memberId: string },
): Promise<void> {
  await cancelPendingInvitations(db, { organizationId, memberId });
  await db.delete(members).where(and(eq(members.organizationId, organizationId), eq(members.id, memberId)));
}

/** Stamps the member's last activity unless it was stamped since `notSince` (at most one write per interval). */
export async function touchMemberLastActive(
  db: Queryable,
  { organizationId, memberId, at, notSince }: { organizationId: string; memberId: string; at: Date; notSince: Date },
): Promise<boolean> {
  const written = await db
    .update(members)
    .set({ lastActiveAt: at })
    .where(
      and(
        eq(members.id, memberId),
        eq(members.organizationId, organizationId),
        or(isNull(members.lastActiveAt), lt(members.lastActiveAt, notSince)),
      ),
    )
    .returning({ id: members.id });
  return written.length > 0;
}
