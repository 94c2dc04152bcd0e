// What the API-key panels show: a member's live keys (never a hash), whether the viewer may create
// one for them and set their API access, the expiry choices their organization allows, and how long
// the viewer's sign-in still counts as recent. Used by Account → API keys (your own, per
// organization), Settings → API keys and the member profile page (anyone's, for Owners and Admins).
import "server-only";
import { getDb } from "@/db";
import { listMemberApiKeys, listOrganizationApiKeys, listUserKeyMemberships, type ApiKeyListRow } from "@/db/queries/api-keys";
import { findMember } from "@/db/queries/member-writes";
import { findActiveMembershipById } from "@/db/queries/organizations";
import type { Member, Organization } from "@/db/schema";
import type { ApiAccess, Role } from "@/db/schema/enums";
import type { OrgContext, SessionUser } from "@/lib/auth/org-context";
import { currentSessionToken } from "@/lib/auth/session-token";
import { recentSignInSecondsLeft } from "@/lib/organizations/recent-sign-in";
import { can } from "@/lib/permissions";
import { allowedExpiryChoices, type ExpiryChoice } from "./expiry";
import { whyCannotCreateKeyFor, whyCannotManageKeysOf, whyCannotSetApiAccess } from "./key-rules";

export type ApiKeyView = Omit<ApiKeyListRow, "revokedAt" | "memberId">;

export interface MemberApiKeysPanel {
  slug: string;
  /** API paths name the organization by id. */
  organizationId: string;
  organizationName: string;
  member: { id: string; name: string; role: Role; apiAccess: ApiAccess };
  /** The viewer is this member. */
  isSelf: boolean;
  keys: ApiKeyView[];
  /** Why the viewer can't create a key for this member (null: they can). */
  createBlockedReason: string | null;
  /** Why the viewer can't change this member's API access level (null: they can). */
  accessBlockedReason: string | null;
  expiryChoices: ExpiryChoice[];
  maxExpiryDays: number;
  /** Seconds the viewer's sign-in still counts as recent (0: an emailed code is needed). */
  recentSignInSeconds: number;
  viewerEmail: string;
  /** The server's clock for "last used 3 hours ago", so the HTML and hydration agree. */
  now: number;
}

const view = ({ revokedAt: _revoked, memberId: _member, ...key }: ApiKeyListRow): ApiKeyView => key;

async function panelFor(organization: Organization, viewer: Member, target: Member, viewerUser: SessionUser, freshness: number): Promise<MemberApiKeysPanel> {
  const keys = await listMemberApiKeys(await getDb(), { organizationId: organization.id, memberId: target.id });
  return {
    slug: organization.slug,
    organizationId: organization.id,
    organizationName: organization.name,
    member: { id: target.id, name: target.name, role: target.role, apiAccess: target.apiAccess },
    isSelf: viewer.id === target.id,
    keys: keys.map(view),
    createBlockedReason: whyCannotCreateKeyFor(viewer, target),
    accessBlockedReason: whyCannotSetApiAccess(viewer, target),
    expiryChoices: allowedExpiryChoices(organization),
    maxExpiryDays: organization.apiKeyMaxExpiryDays,
    recentSignInSeconds: freshness,
    viewerEmail: viewerUser.email,
    now: Date.now(),
  };
}

async function freshness(userId: string): Promise<number> {
  return recentSignInSecondsLeft(await getDb(), { userId, sessionToken: await currentSessionToken() });
}

/**
 * The member profile's API keys panel: null when the member is unknown (or of another organization)
 * or the viewer may not see their keys — only the member themselves, Owners and Admins may.
 */
export async function loadMemberApiKeysPanel({ user, organization, member }: OrgContext, memberId: string): Promise<MemberApiKeysPanel | null> {
  const target = await findMember(await getDb(), { organizationId: organization.id, memberId });
  if (!target || whyCannotManageKeysOf(member, target) !== null) return null;
  return panelFor(organization, member, target, user, await freshness(user.id));
}

/** Account → API keys: the signed-in person's own keys, one panel per organization they are active in. */
export async function loadAccountApiKeys(user: SessionUser): Promise<{ panels: MemberApiKeysPanel[]; now: number }> {
  const db = await getDb();
  const [memberships, seconds] = await Promise.all([listUserKeyMemberships(db, { userId: user.id }), freshness(user.id)]);
  const panels: MemberApiKeysPanel[] = [];
  for (const { organizationId } of memberships) {
    const found = await findActiveMembershipById(db, { organizationId, userId: user.id });
    if (found) panels.push(await panelFor(found.organization, found.member, found.member, user, seconds));
  }
  return { panels, now: Date.now() };
}

/** Settings → API keys: the organization's key policy and every live key with its member. */
export async function loadOrganizationApiKeys({ organization, member }: OrgContext) {
  const keys = await listOrganizationApiKeys(await getDb(), { organizationId: organization.id });
  return {
    policy: { maxExpiryDays: organization.apiKeyMaxExpiryDays, mayNotExpire: organization.apiKeysMayNotExpire },
    canManage: can(member, "settings.manage"),
    keys: keys.map(({ revokedAt: _revoked, ...key }) => key),
    /** The server's clock for relative times, so the HTML and hydration agree. */
    now: Date.now(),
  };
}
