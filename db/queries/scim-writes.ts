// Writes only SCIM provisioning makes: the Auth.js user for a provisioned address (created, or the
// existing one linked), a member inserted already Active with that user, and teams carrying the
// identity provider's externalId. Member updates, removals and team memberships reuse
// member-writes.ts and team-writes.ts.
import "server-only";
import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { members, teams, users, type Member, type Role } from "@/db/schema";

/**
 * The id of the user with this (normalised) address: an existing user is linked as is; a new one
 * is created with the address already verified — the identity provider vouches for it — and signs
 * in by magic link like everyone else. Safe under concurrency (the address is unique).
 */
export async function findOrCreateUserForEmail(db: Queryable, { email, name, now }: { email: string; name: string; now: Date }): Promise<string> {
  await db.insert(users).values({ email, name, emailVerified: now }).onConflictDoNothing({ target: users.email });
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  if (!user) throw new Error("The provisioned user could not be read back.");
  return user.id;
}

export interface ProvisionedMember {
  organizationId: string;
  userId: string;
  email: string;
  name: string;
  phone: string | null;
  department: string | null;
  jobTitle: string | null;
  role: Role;
  status: "active" | "inactive";
  externalId: string | null;
  joinedAt: Date;
}

export async function insertProvisionedMember(db: Queryable, member: ProvisionedMember): Promise<Member> {
  const [row] = await db.insert(members).values(member).returning();
  return row!;
}

export async function insertTeamWithExternalId(
  db: Queryable,
  { organizationId, name, externalId }: { organizationId: string; name: string; externalId: string | null },
): Promise<{ id: string; name: string }> {
  const [team] = await db.insert(teams).values({ organizationId, name, externalId }).returning({ id: teams.id, name: teams.name });
  return team!;
}

export async function setTeamExternalId(
  db: Queryable,
  { organizationId, teamId, externalId }: { organizationId: string; teamId: string; externalId: string | null },
): Promise<void> {
  await db
    .update(teams)
    .set({ externalId })
    .where(and(eq(teams.organizationId, organizationId), eq(teams.id, teamId)));
}
