// A person's own profile across their organizations: the user's name, and the name, phone and job
// title of each of their memberships (which is what every organization's members list shows).
import "server-only";
import { asc, eq, ne, and } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { members, organizations, users } from "@/db/schema";

export async function setUserName(db: Queryable, { userId, name }: { userId: string; name: string }): Promise<void> {
  await db.update(users).set({ name }).where(eq(users.id, userId));
}

export interface ProfileMembership {
  memberId: string;
  organizationId: string;
  name: string;
  email: string;
  phone: string | null;
  jobTitle: string | null;
}

/** The user's memberships that have joined (Active or Inactive), by organization id (the lock order). */
export async function listProfileMemberships(db: Queryable, userId: string): Promise<ProfileMembership[]> {
  return db
    .select({
      memberId: members.id,
      organizationId: members.organizationId,
      name: members.name,
      email: members.email,
      phone: members.phone,
      jobTitle: members.jobTitle,
    })
    .from(members)
    .where(and(eq(members.userId, userId), ne(members.status, "pending")))
    .orderBy(asc(members.organizationId));
}

/** The profile the account page shows: the user's name, and phone and job title as their first membership has them. */
export async function getProfile(db: Queryable, userId: string) {
  const [user] = await db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, userId));
  const [first] = await db
    .select({ phone: members.phone, jobTitle: members.jobTitle, name: members.name })
    .from(members)
    .innerJoin(organizations, eq(organizations.id, members.organizationId))
    .where(and(eq(members.userId, userId), ne(members.status, "pending")))
    .orderBy(asc(members.joinedAt), asc(members.id))
    .limit(1);
  return { name: user?.name ?? first?.name ?? "", email: user?.email ?? "", phone: first?.phone ?? null, jobTitle: first?.jobTitle ?? null };
}
