// Who is asking, in which organization: every organization page, action and route starts here.
// The organization comes from the URL's slug, the user from the database session, and access
// requires an *active* membership; anything else is a 404 that reveals nothing.
import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db";
import { findActiveMembership } from "@/db/queries/organizations";
import type { Member, Organization } from "@/db/schema";
import { auth } from "@/lib/auth";
import { recordSessionUse, sessionUseFrom } from "@/lib/auth/session-activity";
import { recordMemberActivity } from "@/lib/members/last-active";
import { currentSessionToken } from "@/lib/auth/session-token";
import { requestOrigin } from "@/lib/request/client-ip";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
}

export interface OrgContext {
  user: SessionUser;
  organization: Organization;
  member: Member;
}

/** The signed-in user, or null. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  await noteSessionUse(session);
  return { id: user.id, email: user.email, name: user.name ?? null };
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

/** For pages: sign-in redirect without a session, 404 without an active membership. */
export const requireOrgContext = cache(async (slug: string): Promise<OrgContext> => {
  const user = await requireUser();
  const context = await loadOrgContext(user, slug);
  if (!context) notFound();
  return context;
});

/** Where and when this session was last used, for the sessions lists; never fails the request. */
async function noteSessionUse(session: unknown): Promise<void> {
  try {
    const use = sessionUseFrom(session, await currentSessionToken());
    if (!use) return;
    await recordSessionUse(await getDb(), { ...use, ...requestOrigin(await headers()) });
  } catch (error) {
    console.error("[auth] recording session use failed", error instanceof Error ? error.message : error);
  }
}

/** The member's last activity, at most once a minute (lib/members/last-active.ts); never fails the request. */
async function noteMemberActivity(member: Member): Promise<void> {
  try {
    await recordMemberActivity(await getDb(), member);
  } catch (error) {
    console.error("[auth] recording member activity failed", error instanceof Error ? error.message : error);
  }
}
