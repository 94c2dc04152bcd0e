// Invitation queries: the Invitations view's page and counts, each invitation's delivery state
// (its latest outbox message), the rows the invitation actions lock and write, and the sweep
// that expires overdue invitations. Every query is scoped by organization except the sweep and the
// bounce Resend reports (found through the email, by its provider id).
import "server-only";
import { and, asc, count, desc, eq, ilike, inArray, lt, ne, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { emailOutbox, invitations, members, teams, users, type Invitation } from "@/db/schema";
import type { InvitationStatus, Role } from "@/db/schema/enums";

type Scope = { organizationId: string; invitationId: string };

/** The latest outbox message of an invitation, as the admin sees it. */
export interface DeliveryState {
  status: "queued" | "sending" | "sent" | "failed" | "dead";
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date;
  createdAt: Date;
  sentAt: Date | null;
  /** Resend's webhook: delivered, delivery_delayed, complained, bounced. */
  deliveryEvent: string | null;
  deliveryEventAt: Date | null;
}

export interface InvitationListRow {
  id: string;
  email: string;
  role: Role;
  status: InvitationStatus;
  teams: { id: string; name: string }[];
  invitedBy: string | null;
  createdAt: Date;
  expiresAt: Date;
  respondedAt: Date | null;
  delivery: DeliveryState | null;
}

export interface ListInvitationsOptions {
  organizationId: string;
  status?: InvitationStatus | null;
  /** Part of the email address. */
  q?: string;
  page?: number;
  pageSize?: number;
}

export interface InvitationListPage {
  rows: InvitationListRow[];
  total: number;
  page: number;
  pageCount: number;
}

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function listInvitations(db: Queryable, options: ListInvitationsOptions): Promise<InvitationListPage> {
  const { organizationId } = options;
  const pageSize = Math.min(Math.max(Math.trunc(options.pageSize ?? 25), 1), 100);
  const q = options.q?.trim().toLowerCase() ?? "";
  const where = and(
    eq(invitations.organizationId, organizationId),
    options.status ? eq(invitations.status, options.status) : undefined,
    q ? ilike(invitations.email, likePattern(q)) : undefined,
  );
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(invitations).where(where);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(Math.trunc(options.page ?? 1), 1), pageCount);

  const inviter = members;
  const rows = await db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      status: invitations.status,
      teamIds: invitations.teamIds,
      invitedBy: sql<string | null>`coalesce(${inviter.name}, ${users.name}, ${users.email})`,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
      respondedAt: invitations.respondedAt,
    })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedByUserId))
    .leftJoin(inviter, and(eq(inviter.organizationId, organizationId), eq(inviter.userId, invitations.invitedByUserId)))
    .where(where)
    .orderBy(desc(invitations.createdAt), desc(invitations.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);

  const [teamNames, deliveries] = await Promise.all([
    teamNamesById(db, organizationId, [...new Set(rows.flatMap((r) => r.teamIds))]),
    latestDeliveryStates(db, organizationId, rows.map((r) => r.id)),
  ]);
  return {
    rows: rows.map(({ teamIds, ...row }) => ({
      ...row,
      teams: teamIds.flatMap((id) => (teamNames.has(id) ? [{ id, name: teamNames.get(id)! }] : [])),
      delivery: deliveries.get(row.id) ?? null,
    })),
    total,
    page,
    pageCount,
  };
}

async function teamNamesById(db: Queryable, organizationId: string, teamIds: string[]): Promise<Map<string, string>> {
  if (teamIds.length === 0) return new Map();
  const rows = await db
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(and(eq(teams.organizationId, organizationId), inArray(teams.id, teamIds)))
    .orderBy(asc(teams.name));
  return new Map(rows.map((r) => [r.id, r.name]));
}

const DELIVERY_FIELDS = {
  invitationId: emailOutbox.invitationId,
  status: emailOutbox.status,
  attempts: emailOutbox.attempts,
  lastError: emailOutbox.lastError,
  nextAttemptAt: emailOutbox.nextAttemptAt,
  createdAt: emailOutbox.createdAt,
  sentAt: emailOutbox.sentAt,
  deliveryEvent: emailOutbox.deliveryEvent,
  deliveryEventAt: emailOutbox.deliveryEventAt,
};

/** The latest outbox message of each invitation, in one query (DISTINCT ON the invitation). */
export async function latestDeliveryStates(
  db: Queryable,
  organizationId: string,
  invitationIds: string[],
): Promise<Map<string, DeliveryState>> {
  if (invitationIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([emailOutbox.invitationId], DELIVERY_FIELDS)
    .from(emailOutbox)
    .where(and(eq(emailOutbox.organizationId, organizationId), inArray(emailOutbox.invitationId, invitationIds)))
    .orderBy(emailOutbox.invitationId, desc(emailOutbox.createdAt), desc(emailOutbox.id));
  return new Map(rows.map(({ invitationId, ...state }) => [invitationId!, state]));
}

export async function getInvitationDeliveryState(db: Queryable, { organizationId, invitationId }: Scope): Promise<DeliveryState | null> {
  return (await latestDeliveryStates(db, organizationId, [invitationId])).get(invitationId) ?? null;
}

/** How many invitations the organization has in each status (the filter's counts). */
export async function countInvitationsByStatus(
  db: Queryable,
  { organizationId }: { organizationId: string },
): Promise<Record<InvitationStatus, number>> {
  const rows = await db
    .select({ status: invitations.status, n: count() })
    .from(invitations)
    .where(eq(invitations.organizationId, organizationId))
    .groupBy(invitations.status);
  const counts = { pending: 0, accepted: 0, declined: 0, expired: 0, bounced: 0, cancelled: 0 };
  for (const row of rows) counts[row.status] = Number(row.n);
  return counts;
}

/** The invitation, locked for the rest of the transaction, or null (unknown or other organization). */
export async function getInvitationForUpdate(db: Queryable, { organizationId, invitationId }: Scope): Promise<Invitation | null> {
  const [row] = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.organizationId, organizationId), eq(invitations.id, invitationId)))
    .for("update");
  return row ?? null;
}

/** Whether the member has a pending invitation other than `invitationId` (a newer one replaced it). */
export async function hasOtherPendingInvitation(
  db: Queryable,
  { organizationId, invitationId, memberId }: Scope & { memberId: string },
): Promise<boolean> {
  const [row] = await db
    .select({ id: invitations.id })
    .from(invitations)
    .where(
      and(
        eq(invitations.organizationId, organizationId),
        eq(invitations.memberId, memberId),
        eq(invitations.status, "pending"),
        ne(invitations.id, invitationId),
      ),
    )
    .limit(1);
  return Boolean(row);
}

export type NewInvitation = Pick<
  typeof invitations.$inferInsert,
  | "organizationId"
  | "memberId"
  | "email"
  | "role"
  | "teamIds"
  | "department"
  | "jobTitle"
  | "permissions"
  | "message"
  | "tokenHash"
  | "expiresAt"
  | "invitedByUserId"
>;

/** A pending invitation for a Pending member row; the caller writes its email in the same transaction. */
export async function insertInvitation(db: Queryable, invitation: NewInvitation): Promise<{ id: string }> {
  const [row] = await db.insert(invitations).values(invitation).returning({ id: invitations.id });
  return row!;
}

/** A new token and expiry: the old link stops working and the invitation is pending again. */
export async function renewInvitation(
  db: Queryable,
  { organizationId, invitationId }: Scope,
  { tokenHash, expiresAt }: { tokenHash: string; expiresAt: Date },
): Promise<Invitation> {
  const [row] = await db
    .update(invitations)
    .set({ tokenHash, expiresAt, status: "pending", respondedAt: null })
    .where(and(eq(invitations.organizationId, organizationId), eq(invitations.id, invitationId)))
    .returning();
  return row!;
}

export async function updateInvitationRow(
  db: Queryable,
  { organizationId, invitationId }: Scope,
  values: Partial<Pick<Invitation, "status" | "role" | "teamIds" | "respondedAt">>,
): Promise<Invitation> {
  const [row] = await db
    .update(invitations)
    .set(values)
    .where(and(eq(invitations.organizationId, organizationId), eq(invitations.id, invitationId)))
    .returning();
  return row!;
}

/**
 * Marks every pending invitation whose link has expired as Expired, in one statement (run by the
 * background worker on every instance; running it twice changes nothing). Their Pending member
 * rows stay, holding the seat, until an admin resends or cancels.
 */
export async function expireOverdueInvitations(db: Queryable): Promise<number> {
  const expired = await db
    .update(invitations)
    .set({ status: "expired" })
    .where(and(eq(invitations.status, "pending"), lt(invitations.expiresAt, sql`now()`)))
    .returning({ id: invitations.id });
  return expired.length;
}

/** Organizations with a pending invitation past its expiry (the worker expires them one organization at a time). */
export async function findOrganizationsWithOverdueInvitations(db: Queryable, limit = 100): Promise<string[]> {
  const rows = await db
    .selectDistinct({ organizationId: invitations.organizationId })
    .from(invitations)
    .where(and(eq(invitations.status, "pending"), lt(invitations.expiresAt, sql`now()`)))
    .limit(limit);
  return rows.map((row) => row.organizationId);
}

/** Expires one organization's overdue pending invitations (call with the organization locked); returns them. */
export async function expireOverdueInvitationsOf(db: Queryable, organizationId: string) {
  return db
    .update(invitations)
    .set({ status: "expired" })
    .where(and(eq(invitations.organizationId, organizationId), eq(invitations.status, "pending"), lt(invitations.expiresAt, sql`now()`)))
    .returning({ id: invitations.id, email: invitations.email, invitedByUserId: invitations.invitedByUserId });
}

/** Resend reported that the invitation's email bounced: a pending invitation becomes Bounced. */
export async function markInvitationBounced(db: Queryable, invitationId: string): Promise<void> {
  await db
    .update(invitations)
    .set({ status: "bounced", respondedAt: sql`now()` })
    .where(and(eq(invitations.id, invitationId), eq(invitations.status, "pending")));
}
