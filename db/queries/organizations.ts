// Organization queries: the organizations a user belongs to, a user's active membership of one,
// the row lock every organization write takes first, creating one with its Owner (serialized by a
// lock), its settings, seat limit and age, and deleting it.
import "server-only";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { preparedQuery } from "@/db/prepared-queries";
import { members, organizations, type Member, type Organization, type Role } from "@/db/schema";

export interface UserOrganization {
  id: string;
  name: string;
  slug: string;
  role: Role;
}

/** Organizations where the user is an active member, by name. */
export async function listUserOrganizations(db: Queryable, userId: string): Promise<UserOrganization[]> {
  return preparedQuery(db, "user_organizations", () =>
    db
      .select({ id: organizations.id, name: organizations.name, slug: organizations.slug, role: members.role })
      .from(members)
      .innerJoin(organizations, eq(organizations.id, members.organizationId))
      .where(and(eq(members.userId, sql.placeholder("userId")), eq(members.status, "active")))
      .orderBy(asc(organizations.name), asc(organizations.slug)),
  ).execute({ userId });
}

export interface NewOrganization {
  name: string;
  slug: string;
  /** The signed-in user creating it; becomes its active Owner. */
  owner: { id: string; email: string; name: string | null };
}

export interface CreatedOrganization {
  organization: Organization;
  /** The creator's membership, as stored (normalised email, name). */
  owner: { memberId: string; name: string; email: string };
}

/**
 * Creates the organization and its first member (the creator, as active Owner) in one
 * transaction. Returns null, having written nothing, when the slug is already taken. The caller
 * records the audit event in the same transaction.
 */
export async function createOrganizationWithOwner(db: Queryable, input: NewOrganization): Promise<CreatedOrganization | null> {
  return db.transaction(async (tx) => {
    const [organization] = await tx
      .insert(organizations)
      .values({ name: input.name, slug: input.slug })
      .onConflictDoNothing({ target: organizations.slug })
      .returning();
    if (!organization) return null;

    const email = input.owner.email.trim().toLowerCase();
    const name = input.owner.name?.trim() || email.split("@")[0] || email;
    const now = new Date();
    const [member] = await tx
      .insert(members)
      .values({
        organizationId: organization.id,
        userId: input.owner.id,
        email,
        name,
        role: "owner",
        status: "active",
        joinedAt: now,
        lastActiveAt: now,
      })
      .returning({ id: members.id });
    if (!member) throw new Error("The owner membership insert returned no row.");
    return { organization, owner: { memberId: member.id, name, email } };
  });
}

/**
 * Locks the organization's row until the transaction ends and returns it as locked. Every write
 * to an organization takes this lock first, so its invariants (one Owner left, seats) are checked
 * and written without a concurrent writer in between.
 */
export async function lockOrganization(tx: Queryable, organizationId: string): Promise<Organization | null> {
  const [organization] = await tx.select().from(organizations).where(eq(organizations.id, organizationId)).for("update");
  return organization ?? null;
}

/** The organization with this slug and the user's *active* membership of it, or null. */
export async function findActiveMembership(
  db: Queryable,
  { slug, userId }: { slug: string; userId: string },
): Promise<{ organization: Organization; member: Member } | null> {
  const [row] = await preparedQuery(db, "active_membership_by_slug", () =>
    db
      .select({ organization: organizations, member: members })
      .from(organizations)
      .innerJoin(members, and(eq(members.organizationId, organizations.id), eq(members.userId, sql.placeholder("userId"))))
      .where(and(eq(organizations.slug, sql.placeholder("slug")), eq(members.status, "active")))
      .limit(1),
  ).execute({ slug, userId });
  return row ?? null;
}

/** The organization with this id and the user's *active* membership of it, or null (API callers name organizations by id). */
export async function findActiveMembershipById(
  db: Queryable,
  { organizationId, userId }: { organizationId: string; userId: string },
): Promise<{ organization: Organization; member: Member } | null> {
  const [row] = await db
    .select({ organization: organizations, member: members })
    .from(organizations)
    .innerJoin(members, and(eq(members.organizationId, organizations.id), eq(members.userId, userId)))
    .where(and(eq(organizations.id, organizationId), eq(members.status, "active")))
    .limit(1);
  return row ?? null;
}

/** Advisory lock key of organization creation (the demo seed uses 7_261_001). */
const CREATION_LOCK_KEY = 7_261_002;

/**
 * Takes the organization-creation lock until the transaction ends, so "does any organization
 * exist yet?" stays true-or-false until this transaction has created its own (two first users at
 * once on a fresh install: one waits, then sees the other's organization).
 */
export async function lockOrganizationCreation(tx: Queryable): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${sql.raw(String(CREATION_LOCK_KEY))})`);
}

/** Whether the installation has any organization at all. */
export async function anyOrganizationExists(db: Queryable): Promise<boolean> {
  const rows = await db.select({ id: organizations.id }).from(organizations).limit(1);
  return rows.length > 0;
}

/** When the organization was created, or null when there is no such organization. */
export async function organizationCreatedAt(db: Queryable, organizationId: string): Promise<Date | null> {
  const [row] = await db.select({ createdAt: organizations.createdAt }).from(organizations).where(eq(organizations.id, organizationId));
  return row?.createdAt ?? null;
}

/** Whether another organization already has `slug`. */
export async function isSlugTaken(db: Queryable, { slug, exceptOrganizationId }: { slug: string; exceptOrganizationId: string }): Promise<boolean> {
  const [clash] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.slug, slug), ne(organizations.id, exceptOrganizationId)))
    .limit(1);
  return Boolean(clash);
}

export type OrganizationSettings = Pick<Organization, "name" | "slug" | "defaultRole" | "invitationExpiryDays">;

/** Writes the General settings; a slug taken meanwhile raises a unique violation. */
export async function updateOrganizationSettings(tx: Queryable, organizationId: string, settings: OrganizationSettings): Promise<void> {
  await tx
    .update(organizations)
    .set({ ...settings, updatedAt: new Date() })
    .where(eq(organizations.id, organizationId));
}

/**
 * Deletes the organization; members, teams, invitations, audit events and queued emails cascade.
 * Audit events are append-only (a trigger refuses UPDATE and DELETE): this transaction alone says,
 * with a transaction-local setting, that they may go with their organization. Call it in a transaction.
 */
export async function deleteOrganizationRow(tx: Queryable, organizationId: string): Promise<void> {
  await tx.execute(sql`select set_config('roster.audit_delete', 'organization', true)`);
  await tx.delete(organizations).where(eq(organizations.id, organizationId));
}

/** Sets the seat limit; the caller holds the organization's row lock and has checked the bounds. */
export async function setSeatLimit(tx: Queryable, { organizationId, seatLimit }: { organizationId: string; seatLimit: number }): Promise<void> {
  await tx.update(organizations).set({ seatLimit, updatedAt: new Date() }).where(eq(organizations.id, organizationId));
}

/** The organization with this slug, or null (scripts name organizations by slug). */
export async function findOrganizationBySlug(db: Queryable, slug: string): Promise<Organization | null> {
  const [organization] = await db.select().from(organizations).where(eq(organizations.slug, slug)).limit(1);
  return organization ?? null;
}
