// Verified domains: an organization's domains and their auto-join settings, the lock that
// serializes claims of one domain name across organizations, the worker's re-check claims, the
// auto-join blocks (people removed, disabled or gone, who never re-join by auto-join), and the
// report of people on an organization's verified domains who signed in but aren't members.
import "server-only";
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, lt, ne, notExists, or, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { autoJoinBlocks, domains, joinRequests, members, organizations, users, type Domain, type Organization } from "@/db/schema";

type DomainScope = { organizationId: string; domainId: string };

/** Advisory lock namespace for domain names (see organizations.ts for the other keys). */
const DOMAIN_LOCK_KEY = 7_261_003;

/**
 * Serializes every claim of this domain name until the transaction ends, across organizations:
 * "is it verified elsewhere?" and "mark it verified" happen with no other claimant in between.
 * The partial unique index domains_verified_unique backs it up.
 */
export async function lockDomainName(tx: Queryable, domain: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${sql.raw(String(DOMAIN_LOCK_KEY))}, hashtext(${domain}))`);
}

export async function listDomains(db: Queryable, organizationId: string): Promise<Domain[]> {
  return db.select().from(domains).where(eq(domains.organizationId, organizationId)).orderBy(asc(domains.domain));
}

export async function countDomains(db: Queryable, organizationId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(domains).where(eq(domains.organizationId, organizationId));
  return Number(row?.n ?? 0);
}

export async function findDomain(db: Queryable, { organizationId, domainId }: DomainScope): Promise<Domain | null> {
  const [row] = await db
    .select()
    .from(domains)
    .where(and(eq(domains.organizationId, organizationId), eq(domains.id, domainId)))
    .limit(1);
  return row ?? null;
}

export async function findDomainByName(db: Queryable, { organizationId, domain }: { organizationId: string; domain: string }): Promise<Domain | null> {
  const [row] = await db
    .select()
    .from(domains)
    .where(and(eq(domains.organizationId, organizationId), eq(domains.domain, domain)))
    .limit(1);
  return row ?? null;
}

/** Whether another organization holds this domain verified. */
export async function isDomainVerifiedElsewhere(db: Queryable, { domain, organizationId }: { domain: string; organizationId: string }): Promise<boolean> {
  const rows = await db
    .select({ id: domains.id })
    .from(domains)
    .where(and(eq(domains.domain, domain), eq(domains.status, "verified"), ne(domains.organizationId, organizationId)))
    .limit(1);
  return rows.length > 0;
}

export async function insertDomain(db: Queryable, values: { organizationId: string; domain: string; verificationToken: string }): Promise<Domain> {
  const [row] = await db.insert(domains).values(values).returning();
  return row!;
}

export type DomainChanges = Partial<
  Pick<Domain, "status" | "verifiedAt" | "lastCheckedAt" | "lastError" | "missingSince" | "autoJoin" | "autoJoinRole" | "autoJoinTeamIds">
>;

export async function updateDomain(db: Queryable, { organizationId, domainId }: DomainScope, changes: DomainChanges): Promise<Domain> {
  const [row] = await db
    .update(domains)
    .set(changes)
    .where(and(eq(domains.organizationId, organizationId), eq(domains.id, domainId)))
    .returning();
  return row!;
}

export async function deleteDomain(db: Queryable, { organizationId, domainId }: DomainScope): Promise<void> {
  await db.delete(domains).where(and(eq(domains.organizationId, organizationId), eq(domains.id, domainId)));
}

/** The verified domain of this name with its organization, if any organization holds it verified. */
export async function findVerifiedDomain(db: Queryable, domain: string): Promise<{ domain: Domain; organization: Organization } | null> {
  const [row] = await db
    .select({ domain: domains, organization: organizations })
    .from(domains)
    .innerJoin(organizations, eq(organizations.id, domains.organizationId))
    .where(and(eq(domains.domain, domain), eq(domains.status, "verified")))
    .limit(1);
  return row ?? null;
}

/** The organization's verified domain names (the member forms' seat hint, the report). */
export async function listVerifiedDomainNames(db: Queryable, organizationId: string): Promise<string[]> {
  const rows = await db
    .select({ domain: domains.domain })
    .from(domains)
    .where(and(eq(domains.organizationId, organizationId), eq(domains.status, "verified")))
    .orderBy(asc(domains.domain));
  return rows.map((r) => r.domain);
}

/**
 * Claims up to `limit` verified domains last checked before `checkedBefore` for a re-check, by
 * stamping their check time first (a conditional update), so instances sweeping at once never
 * check one domain twice. Returns the claimed rows.
 */
export async function claimDomainsForRecheck(db: Queryable, { checkedBefore, now, limit }: { checkedBefore: Date; now: Date; limit: number }): Promise<Domain[]> {
  const due = await db
    .select({ id: domains.id })
    .from(domains)
    .where(and(eq(domains.status, "verified"), or(isNull(domains.lastCheckedAt), lt(domains.lastCheckedAt, checkedBefore))))
    .orderBy(asc(domains.lastCheckedAt))
    .limit(limit);
  if (due.length === 0) return [];
  return db
    .update(domains)
    .set({ lastCheckedAt: now })
    .where(
      and(
        inArray(
          domains.id,
          due.map((d) => d.id),
        ),
        eq(domains.status, "verified"),
        or(isNull(domains.lastCheckedAt), lt(domains.lastCheckedAt, checkedBefore)),
      ),
    )
    .returning();
}

/** The domain's row locked until the transaction ends, or null. */
export async function lockDomain(tx: Queryable, { organizationId, domainId }: DomainScope): Promise<Domain | null> {
  const [row] = await tx
    .select()
    .from(domains)
    .where(and(eq(domains.organizationId, organizationId), eq(domains.id, domainId)))
    .for("update");
  return row ?? null;
}

// --- auto-join blocks -----------------------------------------------------------------------

export type AutoJoinBlockReason = "removed" | "disabled" | "left";

/** Records that this address must not re-join by auto-join (the latest reason wins). */
export async function blockAutoJoin(db: Queryable, { organizationId, email, reason }: { organizationId: string; email: string; reason: AutoJoinBlockReason }): Promise<void> {
  await db
    .insert(autoJoinBlocks)
    .values({ organizationId, email: email.trim().toLowerCase(), reason })
    .onConflictDoUpdate({ target: [autoJoinBlocks.organizationId, autoJoinBlocks.email], set: { reason, createdAt: new Date() } });
}

export async function isAutoJoinBlocked(db: Queryable, { organizationId, email }: { organizationId: string; email: string }): Promise<boolean> {
  const rows = await db
    .select({ email: autoJoinBlocks.email })
    .from(autoJoinBlocks)
    .where(and(eq(autoJoinBlocks.organizationId, organizationId), eq(autoJoinBlocks.email, email.trim().toLowerCase())))
    .limit(1);
  return rows.length > 0;
}

// --- the report -----------------------------------------------------------------------------

export interface DomainPerson {
  userId: string;
  email: string;
  name: string | null;
  lastSignInAt: Date | null;
  /** Removed, disabled or left earlier: auto-join won't bring them back. */
  blockedReason: string | null;
  /** A join request waiting for an Admin. */
  requestPending: boolean;
}

/**
 * People whose address is on one of `domainNames` who have signed in to Roster but have no
 * membership (of any status) in the organization, most recent sign-in first.
 */
export async function listDomainPeopleNotMembers(
  db: Queryable,
  { organizationId, domainNames, offset, limit }: { organizationId: string; domainNames: string[]; offset: number; limit: number },
): Promise<{ rows: DomainPerson[]; total: number }> {
  if (domainNames.length === 0) return { rows: [], total: 0 };
  const where = and(
    isNotNull(users.lastSignInAt),
    inArray(sql<string>`split_part(${users.email}, '@', 2)`, domainNames),
    notExists(
      db
        .select({ one: sql`1` })
        .from(members)
        .where(and(eq(members.organizationId, organizationId), or(eq(members.userId, users.id), eq(members.email, users.email)))),
    ),
  );
  const [totalRow] = await db.select({ n: count() }).from(users).where(where);
  const rows = await db
    .select({
      userId: users.id,
      email: sql<string>`${users.email}`,
      name: users.name,
      lastSignInAt: users.lastSignInAt,
      blockedReason: autoJoinBlocks.reason,
      requestPending: sql<boolean>`${joinRequests.id} is not null`,
    })
    .from(users)
    .leftJoin(autoJoinBlocks, and(eq(autoJoinBlocks.organizationId, organizationId), eq(autoJoinBlocks.email, users.email)))
    .leftJoin(joinRequests, and(eq(joinRequests.organizationId, organizationId), eq(joinRequests.userId, users.id), eq(joinRequests.status, "pending")))
    .where(where)
    .orderBy(desc(users.lastSignInAt), asc(users.email))
    .offset(offset)
    .limit(limit);
  return { rows: rows.map((r) => ({ ...r, requestPending: Boolean(r.requestPending) })), total: Number(totalRow?.n ?? 0) };
}
