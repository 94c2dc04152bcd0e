// API keys: the lookup a request makes (by the key's hash, with its member and user as they are
// now), the once-a-minute "last used" stamp, lists for the account and profile pages, creation and
// revocation, a member's API access level and the organization's key policy. Writes are scoped by
// organization; only the hash lookup is not (the key itself names its organization).
import "server-only";
import { and, asc, desc, eq, isNull, lte, or, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { apiKeys, members, organizations, users, type ApiKey } from "@/db/schema";
import type { ApiAccess, MemberStatus, Role } from "@/db/schema/enums";

/** What a request needs to know about the key it presented, and about the member behind it now. */
export interface KeyForRequest {
  id: string;
  organizationId: string;
  scopes: string[];
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  member: { id: string; status: MemberStatus; role: Role; apiAccess: ApiAccess } | null;
  user: { id: string; email: string; name: string | null } | null;
}

export async function findApiKeyByHash(db: Queryable, keyHash: string): Promise<KeyForRequest | null> {
  const [row] = await db
    .select({
      id: apiKeys.id,
      organizationId: apiKeys.organizationId,
      scopes: apiKeys.scopes,
      expiresAt: apiKeys.expiresAt,
      revokedAt: apiKeys.revokedAt,
      lastUsedAt: apiKeys.lastUsedAt,
      memberId: members.id,
      memberStatus: members.status,
      memberRole: members.role,
      memberApiAccess: members.apiAccess,
      userId: users.id,
      userEmail: users.email,
      userName: users.name,
    })
    .from(apiKeys)
    .leftJoin(members, and(eq(members.id, apiKeys.memberId), eq(members.organizationId, apiKeys.organizationId)))
    .leftJoin(users, eq(users.id, members.userId))
    .where(eq(apiKeys.keyHash, keyHash))
    .limit(1);
  if (!row) return null;
  return {
    id: row.id,
    organizationId: row.organizationId,
    scopes: row.scopes,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    lastUsedAt: row.lastUsedAt,
    member:
      row.memberId && row.memberStatus && row.memberRole && row.memberApiAccess
        ? { id: row.memberId, status: row.memberStatus, role: row.memberRole, apiAccess: row.memberApiAccess }
        : null,
    user: row.userId && row.userEmail ? { id: row.userId, email: row.userEmail, name: row.userName } : null,
  };
}

/** Stamps a use unless one was stamped since `notUsedSince` (parallel requests write at most once). */
export async function touchApiKeyUse(
  db: Queryable,
  { keyId, usedAt, notUsedSince, ip }: { keyId: string; usedAt: Date; notUsedSince: Date; ip: string | null },
): Promise<void> {
  await db
    .update(apiKeys)
    .set({ lastUsedAt: usedAt, lastUsedIp: ip })
    .where(and(eq(apiKeys.id, keyId), or(isNull(apiKeys.lastUsedAt), lte(apiKeys.lastUsedAt, notUsedSince))));
}

export type NewApiKey = Pick<
  typeof apiKeys.$inferInsert,
  "organizationId" | "memberId" | "name" | "prefix" | "keyHash" | "scopes" | "expiresAt" | "createdByUserId"
>;

export async function insertApiKey(db: Queryable, key: NewApiKey): Promise<ApiKey> {
  const [row] = await db.insert(apiKeys).values(key).returning();
  return row!;
}

/** A key as lists show it: never its hash. */
export interface ApiKeyListRow {
  id: string;
  memberId: string | null;
  name: string;
  prefix: string;
  scopes: string[];
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  lastUsedIp: string | null;
  createdAt: Date;
  revokedAt: Date | null;
  createdByName: string | null;
}

const LIST_FIELDS = {
  id: apiKeys.id,
  memberId: apiKeys.memberId,
  name: apiKeys.name,
  prefix: apiKeys.prefix,
  scopes: apiKeys.scopes,
  expiresAt: apiKeys.expiresAt,
  lastUsedAt: apiKeys.lastUsedAt,
  lastUsedIp: apiKeys.lastUsedIp,
  createdAt: apiKeys.createdAt,
  revokedAt: apiKeys.revokedAt,
  createdByName: users.name,
};

/** A member's keys, newest first; revoked ones only when asked for. */
export async function listMemberApiKeys(
  db: Queryable,
  { organizationId, memberId, includeRevoked = false }: { organizationId: string; memberId: string; includeRevoked?: boolean },
): Promise<ApiKeyListRow[]> {
  return db
    .select(LIST_FIELDS)
    .from(apiKeys)
    .leftJoin(users, eq(users.id, apiKeys.createdByUserId))
    .where(and(eq(apiKeys.organizationId, organizationId), eq(apiKeys.memberId, memberId), includeRevoked ? undefined : isNull(apiKeys.revokedAt)))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id))
    .limit(200);
}

/** Every live key of the organization with its member (Settings → API keys), newest first. */
export async function listOrganizationApiKeys(
  db: Queryable,
  { organizationId, limit = 500 }: { organizationId: string; limit?: number },
): Promise<(ApiKeyListRow & { memberName: string | null; memberEmail: string | null })[]> {
  return db
    .select({ ...LIST_FIELDS, memberName: members.name, memberEmail: members.email })
    .from(apiKeys)
    .leftJoin(users, eq(users.id, apiKeys.createdByUserId))
    .leftJoin(members, and(eq(members.id, apiKeys.memberId), eq(members.organizationId, organizationId)))
    .where(and(eq(apiKeys.organizationId, organizationId), isNull(apiKeys.revokedAt)))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id))
    .limit(limit);
}

/** The key, locked for the transaction, or null (unknown, or another organization's). */
export async function getApiKeyForUpdate(db: Queryable, { organizationId, keyId }: { organizationId: string; keyId: string }): Promise<ApiKey | null> {
  const [row] = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.organizationId, organizationId), eq(apiKeys.id, keyId)))
    .for("update");
  return row ?? null;
}

/** The key's scopes and expiry (for a key that creates another), or null. */
export async function findApiKey(db: Queryable, { organizationId, keyId }: { organizationId: string; keyId: string }): Promise<ApiKey | null> {
  const [row] = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.organizationId, organizationId), eq(apiKeys.id, keyId)));
  return row ?? null;
}

export async function revokeApiKeyRow(
  db: Queryable,
  { organizationId, keyId, revokedByUserId }: { organizationId: string; keyId: string; revokedByUserId: string | null },
): Promise<void> {
  await db
    .update(apiKeys)
    .set({ revokedAt: sql`now()`, revokedByUserId })
    .where(and(eq(apiKeys.organizationId, organizationId), eq(apiKeys.id, keyId), isNull(apiKeys.revokedAt)));
}

/** Revokes every live key of the member; returns how many. */
export async function revokeMemberApiKeyRows(
  db: Queryable,
  { organizationId, memberId, revokedByUserId }: { organizationId: string; memberId: string; revokedByUserId: string | null },
): Promise<number> {
  const rows = await db
    .update(apiKeys)
    .set({ revokedAt: sql`now()`, revokedByUserId })
    .where(and(eq(apiKeys.organizationId, organizationId), eq(apiKeys.memberId, memberId), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  return rows.length;
}

/** Live keys of the member (the per-member cap). */
export async function countLiveMemberApiKeys(db: Queryable, { organizationId, memberId }: { organizationId: string; memberId: string }): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(apiKeys)
    .where(and(eq(apiKeys.organizationId, organizationId), eq(apiKeys.memberId, memberId), isNull(apiKeys.revokedAt)));
  return row?.n ?? 0;
}

export async function setMemberApiAccess(
  db: Queryable,
  { organizationId, memberId, apiAccess }: { organizationId: string; memberId: string; apiAccess: ApiAccess },
): Promise<void> {
  await db
    .update(members)
    .set({ apiAccess, updatedAt: sql`now()` })
    .where(and(eq(members.organizationId, organizationId), eq(members.id, memberId)));
}

export async function setApiKeyPolicy(
  db: Queryable,
  { organizationId, maxExpiryDays, mayNotExpire }: { organizationId: string; maxExpiryDays: number; mayNotExpire: boolean },
): Promise<void> {
  await db
    .update(organizations)
    .set({ apiKeyMaxExpiryDays: maxExpiryDays, apiKeysMayNotExpire: mayNotExpire, updatedAt: sql`now()` })
    .where(eq(organizations.id, organizationId));
}

/** The user's memberships where keys can live (active), for Account → API keys. */
export async function listUserKeyMemberships(db: Queryable, { userId }: { userId: string }) {
  return db
    .select({
      organizationId: organizations.id,
      organizationName: organizations.name,
      organizationSlug: organizations.slug,
      memberId: members.id,
      role: members.role,
      apiAccess: members.apiAccess,
    })
    .from(members)
    .innerJoin(organizations, eq(organizations.id, members.organizationId))
    .where(and(eq(members.userId, userId), eq(members.status, "active")))
    .orderBy(asc(organizations.name));
}
