// API keys: the lookup a request makes (by the key's hash, with its member, user and organization as
// they are now, counting the request in the key's rate limit), the once-a-minute "last used" stamp,
// lists for the account and profile pages, creation and revocation, a member's API access level and
// the organization's key policy. Writes are scoped by organization; only the hash lookup is not (the
// key itself names its organization).
import "server-only";
import { and, asc, desc, eq, isNull, lte, or, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { preparedQuery } from "@/db/prepared-queries";
import type { ApiAccess } from "@/db/schema/enums";
import { apiKeys, members, organizations, rateLimitBuckets, users, type ApiKey, type Member, type Organization } from "@/db/schema";

/** What a request needs to know about the key it presented, and about the member behind it now. */
export interface KeyForRequest {
  id: string;
  organizationId: string;
  scopes: string[];
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  /** The key's member and organization rows as they are now (the kernel reads no further for a query). */
  member: Member | null;
  organization: Organization | null;
  user: { id: string; email: string; name: string | null } | null;
}

/** One request counted in a fixed window of the key's rate limit (see rate-limits.ts). */
export interface RequestWindow {
  /** The bucket's name is this prefix and the key's id. */
  bucketPrefix: string;
  start: Date;
  limit: number;
}

/**
 * The key with this hash, its member, user and organization as they are now — and, in the same
 * statement, the request counted in the key's rate-limit window when the key is live (not revoked
 * or expired at `now`). `requests` is the window's new count, or null when the limit was already
 * reached (a refused request isn't counted). One round trip instead of a lookup and a transaction:
 * the counter is committed without waiting for the WAL flush (`set_config(…, true)` is SET LOCAL
 * for the statement's own transaction) — a counter lost in a crash costs a few uncounted requests,
 * while a flush on every API call would cost every caller a disk sync.
 */
export async function findApiKeyAndCountRequest(
  db: Queryable,
  { keyHash, now, window }: { keyHash: string; now: Date; window: RequestWindow },
): Promise<{ key: KeyForRequest; requests: number | null } | null> {
  const [row] = await preparedQuery(db, "api_key_lookup", () => keyLookup(db)).execute({
    keyHash,
    bucketPrefix: window.bucketPrefix,
    windowStart: window.start.toISOString(),
    limit: window.limit,
    now: now.toISOString(),
  });
  if (!row) return null;
  return {
    key: {
      id: row.id,
      organizationId: row.organizationId,
      scopes: row.scopes,
      expiresAt: row.expiresAt,
      revokedAt: row.revokedAt,
      lastUsedAt: row.lastUsedAt,
      member: row.member,
      organization: row.organization,
      user: row.userId && row.userEmail ? { id: row.userId, email: row.userEmail, name: row.userName } : null,
    },
    requests: row.requests === null ? null : Number(row.requests),
  };
}

/** The statement of findApiKeyAndCountRequest, with placeholders: built once per database, not per request. */
function keyLookup(db: Queryable) {
  const counted = db.$with("counted", { count: sql<number>`count` }).as(sql`
    insert into ${rateLimitBuckets} (key, window_start, count)
    select ${sql.placeholder("bucketPrefix")} || ${apiKeys.id}, ${sql.placeholder("windowStart")}::timestamp, 1
    from ${apiKeys} cross join (select set_config('synchronous_commit', 'off', true)) as unflushed
    where ${apiKeys.keyHash} = ${sql.placeholder("keyHash")} and ${apiKeys.revokedAt} is null
      and (${apiKeys.expiresAt} is null or ${apiKeys.expiresAt} > ${sql.placeholder("now")}::timestamptz)
    on conflict (key, window_start) do update set count = ${rateLimitBuckets.count} + 1
      where ${rateLimitBuckets.count} + 1 <= ${sql.placeholder("limit")}
    returning ${rateLimitBuckets.count}`);
  return db
    .with(counted)
    .select({
      id: apiKeys.id,
      organizationId: apiKeys.organizationId,
      scopes: apiKeys.scopes,
      expiresAt: apiKeys.expiresAt,
      revokedAt: apiKeys.revokedAt,
      lastUsedAt: apiKeys.lastUsedAt,
      member: members,
      organization: organizations,
      userId: users.id,
      userEmail: users.email,
      userName: users.name,
      requests: sql<number | null>`(select count from counted)`,
    })
    .from(apiKeys)
    .leftJoin(members, and(eq(members.id, apiKeys.memberId), eq(members.organizationId, apiKeys.organizationId)))
    .leftJoin(organizations, eq(organizations.id, apiKeys.organizationId))
    .leftJoin(users, eq(users.id, members.userId))
    .where(eq(apiKeys.keyHash, sql.placeholder("keyHash")))
    .limit(1);
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
