// The first steps of every organization action and read: a signed-in user, an active membership
// of the organization named in the URL, and the permission. A non-member learns nothing about the
// organization (404); a member learns they lack the permission (403).
import "server-only";
import type { Queryable } from "@/db/client";
import { findActiveMembership, findActiveMembershipById } from "@/db/queries/organizations";
import type { Member, Organization } from "@/db/schema";
import { fail, type ActionResult } from "@/lib/errors";
import { can, type Permission } from "@/lib/permissions";
import type { AuthenticatedIdentity, RequestIdentity } from "./request-identity";

export interface OrgCaller {
  identity: AuthenticatedIdentity;
  organization: Organization;
  /** The caller's membership as read before any lock; writes re-read it under the lock. */
  member: Member;
}

/** How a caller names the organization: the URL's slug (the UI) or its id (the REST API). */
export type OrgRef = string | { id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findOrgCaller(
  db: Queryable,
  identity: RequestIdentity,
  org: unknown,
  permission: Permission,
): Promise<{ ok: true; caller: OrgCaller } | { ok: false; refusal: ActionResult<never> }> {
  const user = identity.user;
  if (!user) return { ok: false, refusal: fail("unauthenticated", "Sign in to continue.") };
  const notFound = { ok: false as const, refusal: fail("not_found", "Organization not found.") };
  let found: Awaited<ReturnType<typeof findActiveMembership>>;
  if (typeof org === "string") {
    if (org.length > 100) return notFound;
    found = await findActiveMembership(db, { slug: org, userId: user.id });
  } else if (org && typeof org === "object" && typeof (org as { id?: unknown }).id === "string" && UUID.test((org as { id: string }).id)) {
    const organizationId = (org as { id: string }).id;
    found = readThisRequest(identity, organizationId, user.id) ?? (await findActiveMembershipById(db, { organizationId, userId: user.id }));
  } else {
    return notFound;
  }
  if (!found) return { ok: false, refusal: fail("not_found", "Organization not found.") };
  if (!can(found.member, permission)) return { ok: false, refusal: fail("forbidden", "You don't have permission to do that.") };
  return { ok: true, caller: { identity: { ...identity, user }, organization: found.organization, member: found.member } };
}

/** The membership the request already read (see RequestIdentity.membership), when it is this one and active. */
function readThisRequest(identity: RequestIdentity, organizationId: string, userId: string): { organization: Organization; member: Member } | null {
  const read = identity.membership;
  if (!read || read.organization.id !== organizationId || read.member.organizationId !== organizationId) return null;
  if (read.member.userId !== userId || read.member.status !== "active") return null;
  return read;
}
