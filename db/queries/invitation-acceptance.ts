// Reads and writes behind the invitation page (/invite/[token]) and the accept/decline path: an
// invitation is found by the SHA-256 of its token only (callers hash it: lib/invitations/tokens.ts),
// and reading never changes anything (mail scanners GET).
import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { invitations, members, organizations, teamMembers, teams, users, type Invitation } from "@/db/schema";
import type { InvitationStatus, Role } from "@/db/schema/enums";

export interface InvitationView {
  id: string;
  /** The stored status, except that a pending invitation past its expiry reads as "expired". */
  status: InvitationStatus;
  email: string;
  role: Role;
  department: string | null;
  jobTitle: string | null;
  permissions: string[];
  message: string | null;
  expiresAt: Date;
  organization: { id: string; name: string; slug: string };
  inviterName: string | null;
  /** Names of the invited teams that still exist. */
  teamNames: string[];
  /** The user of the member row the invitation fills (set once accepted). */
  memberUserId: string | null;
}

/** Whether a pending invitation has run out (the page shows it as Expired before any write does). */
export function isPastExpiry(invitation: Pick<Invitation, "expiresAt">, now = new Date()): boolean {
  return invitation.expiresAt.getTime() <= now.getTime();
}

/** What the invitation page shows for the token hashed to `tokenHash`, or null when it is unknown. */
export async function findInvitationViewByHash(db: Queryable, tokenHash: string, now = new Date()): Promise<InvitationView | null> {
  const [row] = await db
    .select({ invitation: invitations, organization: { id: organizations.id, name: organizations.name, slug: organizations.slug } })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(eq(invitations.tokenHash, tokenHash))
    .limit(1);
  if (!row) return null;
  const { invitation, organization } = row;

  const [inviterName, teamNames, memberUserId] = await Promise.all([
    findInviterName(db, invitation),
    findTeamNames(db, invitation),
    findMemberUserId(db, invitation),
  ]);
  const expired = invitation.status === "pending" && isPastExpiry(invitation, now);
  return {
    id: invitation.id,
    status: expired ? "expired" : invitation.status,
    email: invitation.email,
    role: invitation.role,
    department: invitation.department,
    jobTitle: invitation.jobTitle,
    permissions: invitation.permissions,
    message: invitation.message,
    expiresAt: invitation.expiresAt,
    organization,
    inviterName,
    teamNames,
    memberUserId,
  };
}

/** The inviter as the organization knows them (their member name), else their account name or email. */
async function findInviterName(db: Queryable, invitation: Invitation): Promise<string | null> {
  if (!invitation.invitedByUserId) return null;
  const [row] = await db
    .select({ userName: users.name, userEmail: users.email, memberName: members.name })
    .from(users)
    .leftJoin(members, and(eq(members.userId, users.id), eq(members.organizationId, invitation.organizationId)))
    .where(eq(users.id, invitation.invitedByUserId))
    .limit(1);
  return row ? (row.memberName ?? row.userName ?? row.userEmail) : null;
}

async function findTeamNames(db: Queryable, invitation: Invitation): Promise<string[]> {
  if (invitation.teamIds.length === 0) return [];
  const rows = await db
    .select({ name: teams.name })
    .from(teams)
    .where(and(eq(teams.organizationId, invitation.organizationId), inArray(teams.id, invitation.teamIds)))
    .orderBy(asc(teams.name));
  return rows.map((r) => r.name);
}

async function findMemberUserId(db: Queryable, invitation: Invitation): Promise<string | null> {
  if (!invitation.memberId) return null;
  const [row] = await db
    .select({ userId: members.userId })
    .from(members)
    .where(and(eq(members.organizationId, invitation.organizationId), eq(members.id, invitation.memberId)));
  return row?.userId ?? null;
}

/** The user's membership of the organization (any status), if they already have one. */
export async function findUserMembership(
  db: Queryable,
  { organizationId, userId }: { organizationId: string; userId: string },
): Promise<{ id: string; status: "active" | "inactive" | "pending" } | null> {
  const [row] = await db
    .select({ id: members.id, status: members.status })
    .from(members)
    .where(and(eq(members.organizationId, organizationId), eq(members.userId, userId)))
    .limit(1);
  return row ?? null;
}

/** The user as stored now (email and whether it was verified), not as the session remembered it. */
export async function findUserForResponse(db: Queryable, userId: string) {
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, emailVerified: users.emailVerified })
    .from(users)
    .where(eq(users.id, userId));
  return row ?? null;
}

/** The invitation of `tokenHash`, unlocked: only to learn which organization to lock first. */
export async function peekInvitation(db: Queryable, tokenHash: string): Promise<Pick<Invitation, "id" | "organizationId"> | null> {
  const [row] = await db
    .select({ id: invitations.id, organizationId: invitations.organizationId })
    .from(invitations)
    .where(eq(invitations.tokenHash, tokenHash));
  return row ?? null;
}

/**
 * Locks the organization row, then the invitation row — the order every organization writer uses,
 * so responding cannot deadlock with them. Null when the token no longer matches (e.g. resent).
 */
export async function lockInvitation(
  tx: Queryable,
  { id, organizationId, tokenHash }: { id: string; organizationId: string; tokenHash: string },
): Promise<{ invitation: Invitation; organization: { id: string; name: string; slug: string } } | null> {
  const [organization] = await tx
    .select({ id: organizations.id, name: organizations.name, slug: organizations.slug })
    .from(organizations)
    .where(eq(organizations.id, organizationId))
    .for("update");
  if (!organization) return null;
  const [invitation] = await tx
    .select()
    .from(invitations)
    .where(and(eq(invitations.id, id), eq(invitations.organizationId, organizationId), eq(invitations.tokenHash, tokenHash)))
    .for("update");
  return invitation ? { invitation, organization } : null;
}

/** Puts the member in each of `teamIds` (already checked to be the organization's), keeping existing team roles. */
export async function addMemberToTeams(
  tx: Queryable,
  { organizationId, memberId, teamIds }: { organizationId: string; memberId: string; teamIds: readonly string[] },
): Promise<void> {
  if (teamIds.length === 0) return;
  await tx
    .insert(teamMembers)
    .values(teamIds.map((teamId) => ({ teamId, memberId, organizationId })))
    .onConflictDoNothing();
}

/**
 * Moves the invitation to `status` if it is still pending (a response, an expiry noticed, its
 * member row gone); `respondedAt` when the invitee answered.
 */
export async function closePendingInvitation(
  tx: Queryable,
  { organizationId, invitationId }: { organizationId: string; invitationId: string },
  { status, respondedAt }: { status: "accepted" | "declined" | "expired" | "cancelled"; respondedAt?: Date },
): Promise<void> {
  await tx
    .update(invitations)
    .set(respondedAt ? { status, respondedAt } : { status })
    .where(and(eq(invitations.id, invitationId), eq(invitations.organizationId, organizationId), eq(invitations.status, "pending")));
}
