// Reads the Settings pages need besides the organization row: who holds the top roles, the seats
// in use, and how long the current sign-in still counts as recent. Scoped by organization.
import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { members, type Role } from "@/db/schema";
import { currentSessionToken } from "@/lib/auth/session-token";
import { recentSignInSecondsLeft } from "./recent-sign-in";

export interface SettingsPerson {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** Active members holding one of `roles`, by name (the Owners list, transfer candidates, whom to ask). */
export async function listActiveMembersWithRoles(
  db: Queryable,
  { organizationId, roles, limit = 200 }: { organizationId: string; roles: Role[]; limit?: number },
): Promise<SettingsPerson[]> {
  return db
    .select({ id: members.id, name: members.name, email: members.email, role: members.role })
    .from(members)
    .where(and(eq(members.organizationId, organizationId), eq(members.status, "active"), inArray(members.role, roles)))
    .orderBy(asc(members.name), asc(members.id))
    .limit(limit);
}

/** Seconds the current request's sign-in still counts as recent (0: a code is needed). */
export async function currentSignInFreshness(db: Queryable, userId: string): Promise<number> {
  return recentSignInSecondsLeft(db, { userId, sessionToken: await currentSessionToken() });
}
