// A fresh organization for action tests: one active member per role (each with a user and the
// identity a request from them would carry), an Inactive member, a signed-in outsider and a
// signed-out caller. Slugs and emails are unique, so many fixtures share one test database.
import crypto from "node:crypto";
import type { Database } from "@/db/client";
import { members, organizations, users, type Member, type Organization } from "@/db/schema";
import type { RequestIdentity } from "@/lib/actions/kernel/request-identity";
import { ROLES, type Role } from "@/lib/permissions";

export interface FixtureMember {
  member: Member;
  identity: RequestIdentity;
}

export interface OrgFixture {
  organization: Organization;
  slug: string;
  byRole: Record<Role, FixtureMember>;
  /** A Developer whose membership is disabled. */
  inactive: FixtureMember;
  /** Signed in, not a member of this organization. */
  outsider: RequestIdentity;
  signedOut: RequestIdentity;
}

export async function createUser(db: Database, { email, name }: { email: string; name: string }): Promise<RequestIdentity> {
  const [user] = await db.insert(users).values({ email, name, emailVerified: new Date() }).returning();
  return { user: { id: user!.id, email: user!.email!, name: user!.name }, ip: "198.51.100.7", userAgent: "vitest" };
}

export async function addMember(
  db: Database,
  organization: Organization,
  { role, status = "active", name, permissions = [] }: { role: Role; status?: "active" | "inactive"; name: string; permissions?: string[] },
): Promise<FixtureMember> {
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, ".")}.${crypto.randomUUID().slice(0, 6)}@${organization.slug}.test`;
  const identity = await createUser(db, { email, name });
  const [member] = await db
    .insert(members)
    .values({
      organizationId: organization.id,
      userId: identity.user!.id,
      email,
      name,
      role,
      status,
      department: "Engineering",
      permissions,
      joinedAt: new Date(),
    })
    .returning();
  return { member: member!, identity };
}

export async function createOrgFixture(
  db: Database,
  {
    seatLimit = 100,
    base = "org",
    createdDaysAgo = 365,
  }: {
    seatLimit?: number;
    base?: string;
    /** An established organization by default: young ones (0) get the new-organization invitation quota. */
    createdDaysAgo?: number;
  } = {},
): Promise<OrgFixture> {
  const slug = `${base}-${crypto.randomUUID().slice(0, 8)}`;
  const createdAt = new Date(Date.now() - createdDaysAgo * 24 * 60 * 60 * 1000);
  const [organization] = await db
    .insert(organizations)
    .values({ name: `Org ${slug}`, slug, seatLimit, createdAt, updatedAt: createdAt })
    .returning();
  const byRole = {} as Record<Role, FixtureMember>;
  for (const role of ROLES) {
    byRole[role] = await addMember(db, organization!, { role, name: `${role} person` });
  }
  const inactive = await addMember(db, organization!, { role: "developer", status: "inactive", name: "Disabled Dev" });
  const outsider = await createUser(db, { email: `outsider.${crypto.randomUUID().slice(0, 6)}@elsewhere.test`, name: "Outsider" });
  return { organization: organization!, slug, byRole, inactive, outsider, signedOut: { user: null } };
}
