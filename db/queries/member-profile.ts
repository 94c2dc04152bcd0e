// A member's profile beyond the members table: when they were invited and by whom, when their
// user last signed in, and the events that set their role (the role history). Organization-scoped
// like every query; the member must belong to it.
import "server-only";
import { and, asc, eq, inArray, min } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { auditEvents, invitations, members, users } from "@/db/schema";
import { isUuid } from "./members";

export interface MemberProfileFacts {
  /** The member's user, once they have joined (their own actions are logged under it). */
  userId: string | null;
  /** The first invitation to this membership (a member added without one has none). */
  invitedAt: Date | null;
  invitedByName: string | null;
  /** Their user's last completed sign-in (anywhere: sign-in belongs to the person). */
  lastSignInAt: Date | null;
}

export async function getMemberProfileFacts(
  db: Queryable,
  { organizationId, memberId }: { organizationId: string; memberId: string },
): Promise<MemberProfileFacts | null> {
  if (!isUuid(memberId)) return null;
  const [member] = await db
    .select({ userId: members.userId, lastSignInAt: users.lastSignInAt })
    .from(members)
    .leftJoin(users, eq(users.id, members.userId))
    .where(and(eq(members.organizationId, organizationId), eq(members.id, memberId)))
    .limit(1);
  if (!member) return null;
  const [first] = await db
    .select({ invitedAt: invitations.createdAt, invitedByName: users.name, invitedByEmail: users.email })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedByUserId))
    .where(and(eq(invitations.organizationId, organizationId), eq(invitations.memberId, memberId)))
    .orderBy(asc(invitations.createdAt))
    .limit(1);
  return {
    userId: member.userId,
    invitedAt: first?.invitedAt ?? null,
    invitedByName: first ? (first.invitedByName ?? first.invitedByEmail ?? null) : null,
    lastSignInAt: member.lastSignInAt ?? null,
  };
}

/** When each of these members was first invited (Pending rows of the members table show it). */
export async function firstInvitedAt(db: Queryable, { organizationId, memberIds }: { organizationId: string; memberIds: readonly string[] }): Promise<Map<string, Date>> {
  const ids = memberIds.filter(isUuid);
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ memberId: invitations.memberId, invitedAt: min(invitations.createdAt) })
    .from(invitations)
    .where(and(eq(invitations.organizationId, organizationId), inArray(invitations.memberId, ids)))
    .groupBy(invitations.memberId);
  return new Map(rows.flatMap((row) => (row.memberId && row.invitedAt ? [[row.memberId, row.invitedAt] as const] : [])));
}

/** The events that gave this member a role, oldest first (at most `limit`). */
export async function listRoleEvents(
  db: Queryable,
  { organizationId, memberId, actions, limit = 100 }: { organizationId: string; memberId: string; actions: readonly string[]; limit?: number },
) {
  return db
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      metadata: auditEvents.metadata,
      actorName: auditEvents.actorName,
      actorEmail: auditEvents.actorEmail,
      createdAt: auditEvents.createdAt,
    })
    .from(auditEvents)
    .where(and(eq(auditEvents.organizationId, organizationId), eq(auditEvents.targetId, memberId), inArray(auditEvents.action, [...actions])))
    .orderBy(asc(auditEvents.createdAt), asc(auditEvents.seq))
    .limit(limit);
}
