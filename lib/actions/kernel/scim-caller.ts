// The SCIM client as a caller of the same actions people use. It is an organization-level machine
// actor: the organization comes from its token (never from the request), and it acts as a
// synthetic member ranked Owner — so rank rules let it manage every member — while the invariant
// checks (last active Owner, seats) run as for anyone. Its rights are capped twice: only actions
// marked `scim: true` accept it, and only with the permissions below.
import "server-only";
import type { Queryable } from "@/db/client";
import { findUsableScimToken } from "@/db/queries/scim-tokens";
import type { Member, Organization } from "@/db/schema";
import { fail, type ActionResult } from "@/lib/errors";
import type { Permission } from "@/lib/permissions";
import type { ScimIdentity } from "./request-identity";

/**
 * The synthetic actor's member id: the nil UUID. Member ids are random (version 4) UUIDs, so it
 * can never equal a real member's — "you can't change yourself" never applies, and nothing written
 * under it can point at a member.
 */
export const SCIM_ACTOR_MEMBER_ID = "00000000-0000-0000-0000-000000000000";

/** What an identity provider may do: provision, edit, disable and remove members; manage teams. */
export const SCIM_PERMISSIONS: readonly Permission[] = ["members.view", "members.invite", "members.edit", "members.remove", "teams.manage"];

/** How the audit trail and emails name the client: "SCIM (token scim_Ab12Cd…)". */
export function scimActorName(tokenPrefix: string): string {
  return `SCIM (token ${tokenPrefix}…)`;
}

/** The synthetic member the handlers see as `ctx.actor`. */
export function scimActor(organization: Organization, token: { prefix: string; createdAt: Date }): Member {
  return {
    id: SCIM_ACTOR_MEMBER_ID,
    organizationId: organization.id,
    userId: null,
    email: "",
    name: scimActorName(token.prefix),
    phone: null,
    department: null,
    jobTitle: null,
    // Owner rank so rank rules allow acting on every member; invariant 1 is checked separately.
    role: "owner",
    status: "active",
    permissions: [],
    apiAccess: "none",
    externalId: null,
    joinedAt: null,
    lastActiveAt: null,
    createdAt: token.createdAt,
    updatedAt: token.createdAt,
    searchText: "",
  };
}

export interface ScimCaller {
  identity: ScimIdentity;
  organization: Organization;
  member: Member;
}

/**
 * The SCIM client's organization and synthetic actor while its token is usable and the
 * organization has SCIM enabled; otherwise a refusal that says no more than "unauthenticated".
 * Runs before the transaction and again under the organization lock (a token revoked meanwhile,
 * or SCIM turned off, stops the write).
 */
export async function findScimCaller(
  db: Queryable,
  identity: ScimIdentity,
  permission: Permission,
  now = new Date(),
): Promise<{ ok: true; caller: ScimCaller } | { ok: false; refusal: ActionResult<never> }> {
  const found = await findUsableScimToken(db, { tokenId: identity.credential.id, now });
  if (!found || !found.organization.scimEnabled) {
    return { ok: false, refusal: fail("unauthenticated", "The SCIM token is not valid.") };
  }
  if (!SCIM_PERMISSIONS.includes(permission)) {
    return { ok: false, refusal: fail("forbidden", "A SCIM client can't do that.") };
  }
  return { ok: true, caller: { identity, organization: found.organization, member: scimActor(found.organization, found.token) } };
}
