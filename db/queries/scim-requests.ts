// The log of recent SCIM requests an organization's settings page shows: one row per
// authenticated request (method, path, status, a short outcome and what changed — never a token
// or a body), a page of them newest first, and pruning by age (the background worker).
import "server-only";
import { count, desc, eq, lt } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { scimRequests } from "@/db/schema";

export interface NewScimRequest {
  organizationId: string;
  method: string;
  path: string;
  status: number;
  outcome: string;
  changes: Record<string, unknown> | null;
}

export async function insertScimRequest(db: Queryable, request: NewScimRequest): Promise<void> {
  await db.insert(scimRequests).values(request);
}

export interface ScimRequestRow {
  id: string;
  method: string;
  path: string;
  status: number;
  outcome: string;
  changes: Record<string, unknown> | null;
  createdAt: Date;
}

export async function listScimRequests(
  db: Queryable,
  { organizationId, offset, limit }: { organizationId: string; offset: number; limit: number },
): Promise<{ total: number; rows: ScimRequestRow[] }> {
  const where = eq(scimRequests.organizationId, organizationId);
  const [[counted], rows] = await Promise.all([
    db.select({ n: count() }).from(scimRequests).where(where),
    db
      .select({
        id: scimRequests.id,
        method: scimRequests.method,
        path: scimRequests.path,
        status: scimRequests.status,
        outcome: scimRequests.outcome,
        changes: scimRequests.changes,
        createdAt: scimRequests.createdAt,
      })
      .from(scimRequests)
      .where(where)
      .orderBy(desc(scimRequests.createdAt), desc(scimRequests.id))
      .limit(limit)
      .offset(offset),
  ]);
  return { total: Number(counted?.n ?? 0), rows };
}

/** Deletes log rows older than `before` (every organization); how many. */
export async function pruneScimRequests(db: Queryable, { before }: { before: Date }): Promise<number> {
  const deleted = await db.delete(scimRequests).where(lt(scimRequests.createdAt, before)).returning({ id: scimRequests.id });
  return deleted.length;
}
