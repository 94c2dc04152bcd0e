// Requests to join an organization (its verified domain's auto-join off, or no seat free): one
// pending request per person and organization, the Admins' list, and the decision.
import "server-only";
import { and, asc, count, desc, eq, inArray } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { joinRequests, users, type JoinRequest } from "@/db/schema";

type Scope = { organizationId: string };

/** A new pending request, or null when one is already pending (the partial unique index). */
export async function insertJoinRequest(db: Queryable, values: { organizationId: string; userId: string; email: string }): Promise<JoinRequest | null> {
  const [row] = await db.insert(joinRequests).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export interface JoinRequestRow {
  id: string;
  userId: string;
  email: string;
  name: string | null;
  createdAt: Date;
}

export async function listPendingJoinRequests(
  db: Queryable,
  { organizationId, offset = 0, limit = 100 }: Scope & { offset?: number; limit?: number },
): Promise<{ rows: JoinRequestRow[]; total: number }> {
  const where = and(eq(joinRequests.organizationId, organizationId), eq(joinRequests.status, "pending"));
  const [total] = await db.select({ n: count() }).from(joinRequests).where(where);
  const rows = await db
    .select({ id: joinRequests.id, userId: joinRequests.userId, email: joinRequests.email, name: users.name, createdAt: joinRequests.createdAt })
    .from(joinRequests)
    .innerJoin(users, eq(users.id, joinRequests.userId))
    .where(where)
    .orderBy(asc(joinRequests.createdAt), asc(joinRequests.id))
    .offset(offset)
    .limit(limit);
  return { rows, total: Number(total?.n ?? 0) };
}

/** The pending request locked until the transaction ends, or null (another organization's, decided, unknown). */
export async function lockPendingJoinRequest(tx: Queryable, { organizationId, requestId }: Scope & { requestId: string }): Promise<JoinRequest | null> {
  const [row] = await tx
    .select()
    .from(joinRequests)
    .where(and(eq(joinRequests.organizationId, organizationId), eq(joinRequests.id, requestId), eq(joinRequests.status, "pending")))
    .for("update");
  return row ?? null;
}

export async function decideJoinRequest(
  db: Queryable,
  { organizationId, requestId, status, decidedByUserId, now }: Scope & { requestId: string; status: "approved" | "declined"; decidedByUserId: string | null; now: Date },
): Promise<void> {
  await db
    .update(joinRequests)
    .set({ status, decidedByUserId, decidedAt: now })
    .where(and(eq(joinRequests.organizationId, organizationId), eq(joinRequests.id, requestId)));
}

/** Each organization's latest request from this user (the chooser shows pending and declined ones). */
export async function latestJoinRequests(db: Queryable, { userId, organizationIds }: { userId: string; organizationIds: string[] }): Promise<JoinRequest[]> {
  if (organizationIds.length === 0) return [];
  const rows = await db
    .select()
    .from(joinRequests)
    .where(and(eq(joinRequests.userId, userId), inArray(joinRequests.organizationId, organizationIds)))
    .orderBy(desc(joinRequests.createdAt));
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.organizationId) ? false : (seen.add(r.organizationId), true)));
}
