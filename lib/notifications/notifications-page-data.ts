// Loaders for what the notifications feature shows: the bell's first render, a team invitation's
// page, and each organization's preferences on the account page. Each receives the context its
// page's gate returned; everything is the caller's own.
import "server-only";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { findPreferencesOf, listNotifications } from "@/db/queries/notifications";
import { getTeamInvitation } from "@/db/queries/team-invitations";
import { listTeams } from "@/db/queries/teams";
import { isUuid } from "@/db/queries/members";
import type { OrgContext } from "@/lib/auth/org-context";
import { BELL_LIMIT } from "@/lib/validation/notifications";
import { CATEGORY_INFO, NOTIFICATION_CATEGORIES, type NotificationCategory } from "./categories";
import { resolvePreference } from "./notify";

export async function loadBell({ organization, member }: OrgContext) {
  const list = await listNotifications(await getDb(), { organizationId: organization.id, memberId: member.id, limit: BELL_LIMIT });
  return { ...list, now: Date.now() };
}

/** The caller's own team invitation, or a 404 (unknown, someone else's, another organization's). */
export async function loadTeamInvitationPage({ organization, member }: OrgContext, invitationId: string) {
  if (!isUuid(invitationId)) notFound();
  const invitation = await getTeamInvitation(await getDb(), { organizationId: organization.id, invitationId });
  if (!invitation || invitation.memberId !== member.id) notFound();
  return invitation;
}

export interface PreferenceRow {
  category: NotificationCategory;
  label: string;
  description: string;
  perTeam: boolean;
  emailAlwaysSent: boolean;
  email: "realtime" | "daily" | "weekly" | "off";
  inApp: boolean;
}

export interface TeamOverride {
  teamId: string;
  teamName: string;
  category: NotificationCategory;
  email: "realtime" | "daily" | "weekly" | "off";
  inApp: boolean;
}

/** The member's setting of every category (stored or default), their teams' own settings, and the teams to choose from. */
export async function loadPreferences({ organization, member }: OrgContext) {
  const db = await getDb();
  const [stored, teams] = await Promise.all([findPreferencesOf(db, [member.id]), listTeams(db, { organizationId: organization.id })]);
  const general: PreferenceRow[] = NOTIFICATION_CATEGORIES.map((category) => {
    const info = CATEGORY_INFO[category];
    const resolved = resolvePreference(stored, member.id, category);
    return {
      category,
      label: info.label,
      description: info.description,
      perTeam: info.perTeam,
      emailAlwaysSent: Boolean(info.emailAlwaysSent),
      email: info.emailAlwaysSent ? "realtime" : resolved.email,
      inApp: resolved.inApp,
    };
  });
  const teamNames = new Map(teams.map((team) => [team.id, team.name]));
  const overrides: TeamOverride[] = stored
    .filter((p) => p.scope !== "" && teamNames.has(p.scope) && (NOTIFICATION_CATEGORIES as readonly string[]).includes(p.category))
    .map((p) => ({ teamId: p.scope, teamName: teamNames.get(p.scope)!, category: p.category as NotificationCategory, email: p.email, inApp: p.inApp }))
    .sort((a, b) => a.teamName.localeCompare(b.teamName) || a.category.localeCompare(b.category));
  return { general, overrides, teams };
}
