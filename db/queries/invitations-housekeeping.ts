// Invitation housekeeping: the rows Remove locks and deletes (a few chosen invitations, or all
// matching the Invitations view's filter), the Pending member rows that leave with them, and the
// invitee's name as the audit log last recorded it (a declined or cancelled invitation's member row
// is gone). Every query is scoped by organization.
import "server-only";
import { and, asc, desc, eq, gte, ilike, inArray, isNull, notInArray, or, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { auditEvents, invitations, members } from "@/db/schema";
import type { InvitationStatus, Role } from "@/db/schema/enums";

export interface HousekeepingInvitation {
  id: string;
  email: string;
  role: Role;
  status: InvitationStatus;
  memberId: string | null;
  createdAt: Date;
}

const FIELDS = {
  id: invitations.id,
  email: invitations.email,
  role: invitations.role,
  status: invitations.status,
  memberId: invitations.memberId,
  createdAt: invitations.createdAt,
};

/** The organization's invitations among `invitationIds`, locked (ids of other organizations are simply absent). */
export async function lockInvitationsById(
  db: Queryable,
  { organizationId, invitationIds }: { organizationId: string; invitationIds: readonly string[] },
): Promise<HousekeepingInvitation[]> {
  if (invitationIds.length === 0) return [];
  return db
    .select(FIELDS)
    .from(invitations)
    .where(and(eq(invitations.organizationId, organizationId), inArray(invitations.id, [...invitationIds])))
    .orderBy(asc(invitations.createdAt), asc(invitations.id))
    .for("update");
}

export interface MatchingFilter {
  organizationId: string;
  statuses: readonly InvitationStatus[];
  /** Only invitations with these roles (those the actor may manage). */
  roles: readonly Role[];
  /** Part of the email address ("" for any). */
  q: string;
}

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Up to `limit` of the organization's invitations matching the filter, oldest first, locked. */
export async function lockInvitationsMatching(
  db: Queryable,
  {
    organizationId,
    limit,
    ...filter
  }: MatchingFilter & { limit: number },
): Promise<HousekeepingInvitation[]> {
  if (filter.statuses.length === 0 || filter.roles.length === 0) return [];
  return db
    .select(FIELDS)
    .from(invitations)
    .where(matching(organizationId, filter))
    .orderBy(asc(invitations.createdAt), asc(invitations.id))
    .limit(limit)
    .for("update");
}

/** How many of the organization's invitations match the filter (what a capped removal left, or skipped). */
export async function countInvitationsMatching(db: Queryable, { organizationId, ...filter }: MatchingFilter): Promise<number> {
  if (filter.statuses.length === 0 || filter.roles.length === 0) return 0;
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(invitations).where(matching(organizationId, filter));
  return Number(row?.n ?? 0);
}

function matching(organizationId: string, { statuses, roles, q }: Omit<MatchingFilter, "organizationId">) {
  const query = q.trim().toLowerCase();
  return and(
    eq(invitations.organizationId, organizationId),
    inArray(invitations.status, [...statuses]),
    inArray(invitations.role, [...roles]),
    query ? ilike(invitations.email, likePattern(query)) : undefined,
  );
}

/**
 * Of `memberIds`, those an open invitation (pending, expired or bounced) other than
 * `exceptInvitationIds` still points at: they keep their member row.
 */
export async function membersWithOpenInvitation(
  db: Queryable,
  { organizationId, memberIds, exceptInvitationIds }: { organizationId: string; memberIds: readonly string[]; exceptInvitationIds: readonly string[] },
): Promise<Set<string>> {
  if (memberIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ memberId: invitations.memberId })
    .from(invitations)
    .where(
      and(
        eq(invitations.organizationId, organizationId),
        inArray(invitations.status, ["pending", "expired", "bounced"]),
        inArray(invitations.memberId, [...memberIds]),
        exceptInvitationIds.length > 0 ? notInArray(invitations.id, [...exceptInvitationIds]) : undefined,
      ),
    );
  return new Set(rows.flatMap((r) => (r.memberId ? [r.memberId] : [])));
}

/**
 * Deletes those of `memberIds` that are still Pending and never joined (no user): the seat their
 * invitation held is freed; their team memberships go with them. Returns who was deleted.
 */
export async function deleteUnjoinedPendingMembers(
  db: Queryable,
  { organizationId, memberIds }: { organizationId: string; memberIds: readonly string[] },
): Promise<{ id: string; name: string; email: string }[]> {
  if (memberIds.length === 0) return [];
  return db
    .delete(members)
    .where(
      and(
        eq(members.organizationId, organizationId),
        inArray(members.id, [...memberIds]),
        eq(members.status, "pending"),
        isNull(members.userId),
      ),
    )
    .returning({ id: members.id, name: members.name, email: members.email });
}

/** The member rows the invitations point at, locked: their names (for the audit events) and whether they ever joined. */
export async function lockInvitedMembers(
  db: Queryable,
  { organizationId, memberIds }: { organizationId: string; memberIds: readonly string[] },
): Promise<Map<string, { name: string; status: string; userId: string | null }>> {
  if (memberIds.length === 0) return new Map();
  const rows = await db
    .select({ id: members.id, name: members.name, status: members.status, userId: members.userId })
    .from(members)
    .where(and(eq(members.organizationId, organizationId), inArray(members.id, [...memberIds])))
    .for("update");
  return new Map(rows.map(({ id, ...rest }) => [id, rest]));
}

/** Deletes the organization's invitations among `invitationIds`; returns how many went. */
export async function deleteInvitationRows(
  db: Queryable,
  { organizationId, invitationIds }: { organizationId: string; invitationIds: readonly string[] },
): Promise<number> {
  if (invitationIds.length === 0) return 0;
  const deleted = await db
    .delete(invitations)
    .where(and(eq(invitations.organizationId, organizationId), inArray(invitations.id, [...invitationIds])))
    .returning({ id: invitations.id });
  return deleted.length;
}

/**
 * The invitee's name as the audit log last recorded it for each invitation — the Declined event
 * (which names the member and carries the invitation's id) or the Cancelled one (which targets the
 * invitation) — when their member row is gone. Only events since the oldest invitation was sent are
 * read, through the organization's (organization, created_at) index.
 */
export async function recordedInviteeNames(
  db: Queryable,
  { organizationId, invitations: wanted }: { organizationId: string; invitations: readonly { id: string; createdAt: Date }[] },
): Promise<Map<string, string>> {
  if (wanted.length === 0) return new Map();
  const ids = wanted.map((i) => i.id);
  const since = new Date(Math.min(...wanted.map((i) => i.createdAt.getTime())));
  const invitationIdOf = sql<string>`coalesce(${auditEvents.metadata} ->> 'invitationId', ${auditEvents.targetId})`;
  const rows = await db
    .select({ invitationId: invitationIdOf, name: auditEvents.targetName })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.organizationId, organizationId),
        gte(auditEvents.createdAt, since),
        or(
          and(eq(auditEvents.action, "invitation.declined"), inArray(sql`${auditEvents.metadata} ->> 'invitationId'`, ids)),
          and(eq(auditEvents.action, "invitation.cancelled"), inArray(auditEvents.targetId, ids)),
        ),
      ),
    )
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.seq));
  const names = new Map<string, string>();
  for (const row of rows) if (row.name && !names.has(row.invitationId)) names.set(row.invitationId, row.name);
  return names;
}
