// SCIM bearer tokens and the organization switch they depend on: issuing (only the hash is
// stored), looking a presented token up by its hash, the usable-token check the kernel repeats
// under the organization lock, rotation (old tokens get an end date), revocation and last use.
import "server-only";
import { and, desc, eq, gt, isNull, lt, or } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { organizations, scimTokens, type Organization } from "@/db/schema";

export interface ScimTokenRow {
  id: string;
  organizationId: string;
  prefix: string;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

const tokenColumns = {
  id: scimTokens.id,
  organizationId: scimTokens.organizationId,
  prefix: scimTokens.prefix,
  createdAt: scimTokens.createdAt,
  expiresAt: scimTokens.expiresAt,
  revokedAt: scimTokens.revokedAt,
  lastUsedAt: scimTokens.lastUsedAt,
};

/** Not revoked, and either without an end date or before it. */
const usableAt = (now: Date) => and(isNull(scimTokens.revokedAt), or(isNull(scimTokens.expiresAt), gt(scimTokens.expiresAt, now)));

export async function insertScimToken(
  db: Queryable,
  values: { organizationId: string; prefix: string; tokenHash: string; createdByUserId: string | null },
): Promise<ScimTokenRow> {
  const [row] = await db.insert(scimTokens).values(values).returning(tokenColumns);
  return row!;
}

/** The token with this hash, in whatever state, or null. */
export async function findScimTokenByHash(db: Queryable, tokenHash: string): Promise<ScimTokenRow | null> {
  const [row] = await db.select(tokenColumns).from(scimTokens).where(eq(scimTokens.tokenHash, tokenHash)).limit(1);
  return row ?? null;
}

/** The token by id with its organization while the token is usable at `now`, or null. */
export async function findUsableScimToken(
  db: Queryable,
  { tokenId, now }: { tokenId: string; now: Date },
): Promise<{ token: ScimTokenRow; organization: Organization } | null> {
  const [row] = await db
    .select({ token: tokenColumns, organization: organizations })
    .from(scimTokens)
    .innerJoin(organizations, eq(organizations.id, scimTokens.organizationId))
    .where(and(eq(scimTokens.id, tokenId), usableAt(now)))
    .limit(1);
  return row ?? null;
}

/** The organization's tokens, newest first (the settings page). */
export async function listScimTokens(db: Queryable, { organizationId }: { organizationId: string }): Promise<ScimTokenRow[]> {
  return db.select(tokenColumns).from(scimTokens).where(eq(scimTokens.organizationId, organizationId)).orderBy(desc(scimTokens.createdAt), desc(scimTokens.id));
}

/**
 * Rotation: every usable token of the organization stops working at `endsAt` (the grace period),
 * unless it already ends sooner. Returns the tokens given the end date.
 */
export async function endScimTokensAt(
  db: Queryable,
  { organizationId, endsAt, now }: { organizationId: string; endsAt: Date; now: Date },
): Promise<{ id: string; prefix: string }[]> {
  return db
    .update(scimTokens)
    .set({ expiresAt: endsAt })
    .where(
      and(
        eq(scimTokens.organizationId, organizationId),
        usableAt(now),
        or(isNull(scimTokens.expiresAt), gt(scimTokens.expiresAt, endsAt)),
      ),
    )
    .returning({ id: scimTokens.id, prefix: scimTokens.prefix });
}

/** Revokes one token of the organization; null when there is no such token or it was already revoked. */
export async function revokeScimTokenRow(
  db: Queryable,
  { organizationId, tokenId, now }: { organizationId: string; tokenId: string; now: Date },
): Promise<{ id: string; prefix: string } | null> {
  const [row] = await db
    .update(scimTokens)
    .set({ revokedAt: now })
    .where(and(eq(scimTokens.organizationId, organizationId), eq(scimTokens.id, tokenId), isNull(scimTokens.revokedAt)))
    .returning({ id: scimTokens.id, prefix: scimTokens.prefix });
  return row ?? null;
}

/** Records a use unless one was recorded since `notSince` (at most one write a minute per token). */
export async function touchScimToken(db: Queryable, { tokenId, now, notSince }: { tokenId: string; now: Date; notSince: Date }): Promise<void> {
  await db
    .update(scimTokens)
    .set({ lastUsedAt: now })
    .where(and(eq(scimTokens.id, tokenId), or(isNull(scimTokens.lastUsedAt), lt(scimTokens.lastUsedAt, notSince))));
}

/** Turns SCIM provisioning on or off for the organization (the caller holds its row lock). */
export async function setScimEnabled(db: Queryable, { organizationId, enabled }: { organizationId: string; enabled: boolean }): Promise<void> {
  await db.update(organizations).set({ scimEnabled: enabled, updatedAt: new Date() }).where(eq(organizations.id, organizationId));
}
