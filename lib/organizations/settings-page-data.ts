// The Settings pages' data for a member the page has let in: which sections they see (and whom to
// ask when none), seats in use, the Owners and transfer candidates, and how long the current
// sign-in still counts as recent. Scoped by the context's organization.
import "server-only";
import { getDb } from "@/db";
import { getMemberSummary } from "@/db/queries/member-counts";
import { countSeatsUsed, listActiveMembersWithRoles } from "@/db/queries/members";
import type { OrgContext } from "@/lib/auth/org-context";
import { currentSessionToken } from "@/lib/auth/session-token";
import { can } from "@/lib/permissions";
import { recentSignInSecondsLeft } from "./recent-sign-in";
import { settingsSection, visibleSettingsSections } from "./settings-sections";

/** The frame: the sections this member may see, and whom to ask when there are none. */
export async function loadSettingsFrame({ organization, member }: OrgContext) {
  const sections = visibleSettingsSections(member);
  const askPeople =
    sections.length === 0
      ? await listActiveMembersWithRoles(await getDb(), { organizationId: organization.id, roles: ["owner", "admin"], limit: 5 })
      : [];
  return { sections, askPeople };
}

/** Seats & Plan: seats in use; those who may not change the limit are told which Owners can. */
export async function loadSeatsSettings({ organization, member }: OrgContext) {
  const db = await getDb();
  const used = await countSeatsUsed(db, organization.id);
  const canManage = can(member, settingsSection("seats").manage);
  const owners = canManage ? [] : await listActiveMembersWithRoles(db, { organizationId: organization.id, roles: ["owner"], limit: 5 });
  return { used, canManage, owners };
}

/** Ownership: the Owners; for an Owner also the Admins who can take over and the sign-in's freshness. */
export async function loadOwnershipSettings({ user, organization, member }: OrgContext) {
  const db = await getDb();
  const canTransfer = can(member, settingsSection("ownership").manage);
  const [owners, admins, freshness] = await Promise.all([
    listActiveMembersWithRoles(db, { organizationId: organization.id, roles: ["owner"] }),
    canTransfer ? listActiveMembersWithRoles(db, { organizationId: organization.id, roles: ["admin"] }) : [],
    canTransfer ? currentSignInFreshness(user.id) : 0,
  ]);
  return { canTransfer, owners, admins, freshness };
}

/** Danger zone: how many members go with the organization, and the sign-in's freshness. */
export async function loadDangerZone({ user, organization }: OrgContext) {
  const [summary, freshness] = await Promise.all([
    getMemberSummary(await getDb(), { organizationId: organization.id }),
    currentSignInFreshness(user.id),
  ]);
  return { memberCount: summary.total, freshness };
}

/** Seconds the current request's sign-in still counts as recent (0: a code is needed). */
async function currentSignInFreshness(userId: string): Promise<number> {
  return recentSignInSecondsLeft(await getDb(), { userId, sessionToken: await currentSessionToken() });
}
