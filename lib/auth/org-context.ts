// Who is asking, in which organization: every organization page, action and route starts here.
// The organization comes from the URL's slug, the user from the database session, and access
// requires an *active* membership; anything else is a 404 that reveals nothing.
import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db";
import { findActiveMembership } from "@/db/queries/organizations";
import { findSession, findSessionWithMembership } from "@/db/queries/session-lookup";
import type { Member, Organization } from "@/db/schema";
import { acceptSession, type SessionUser } from "@/lib/auth/database-session";
import { currentSessionToken } from "@/lib/auth/session-token";
import { recordMemberActivity } from "@/lib/members/last-active";
import { requestOrigin } from "@/lib/request/client-ip";

export type { SessionUser };

export interface OrgContext {
  user: SessionUser;
  organization: Organization;
  member: Member;
}

/** The signed-in user, or null. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const sessionToken = await currentSessionToken();
  if (!sessionToken) return null;
  const db = await getDb();
  const found = await findSession(db, sessionToken);
  return found ? acceptSession(db, found, { origin: requestOrigin(await headers()) }) : null;
});

/** The signed-in user; pages without one redirect to sign-in. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  return user;
}

/**
 * Loads the organization by slug together with the user's active membership, or null.
 * Does not redirect: actions and routes turn null into their own refusal.
 */
export async function loadOrgContext(user: SessionUser, slug: string): Promise<OrgContext | null> {
  const row = await findActiveMembership(await getDb(), { slug, userId: user.id });
  if (!row) return null;
  await noteMemberActivity(row.member);
  return { user, organization: row.organization, member: row.member };
}

/**
 * For pages: sign-in redirect without a session, 404 without an active membership. The session, its
 * user and the membership come in one query, so a page's own queries wait on one round trip.
 */
export const requireOrgContext = cache(async (slug: string): Promise<OrgContext> => {
  const sessionToken = await currentSessionToken();
  if (!sessionToken) redirect("/sign-in");
  const db = await getDb();
  const found = await findSessionWithMembership(db, { sessionToken, slug });
  const user = found ? await acceptSession(db, found, { origin: requestOrigin(await headers()) }) : null;
  if (!user) redirect("/sign-in");
  if (!found?.organization || !found.member) notFound();
  await noteMemberActivity(found.member);
  return { user, organization: found.organization, member: found.member };
});

/** The member's last activity, at most once a minute (lib/members/last-active.ts); never fails the request. */
async function noteMemberActivity(member: Member): Promise<void> {
  try {
    await recordMemberActivity(await getDb(), member);
  } catch (error) {
    console.error("[auth] recording member activity failed", error instanceof Error ? error.message : error);
  }
}
