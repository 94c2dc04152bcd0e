// Team labels and wording shared by the team pages (no React).
import type { TeamRole } from "@/db/schema/enums";

export const TEAM_ROLES = ["member", "maintainer"] as const satisfies readonly TeamRole[];

export const TEAM_ROLE_LABELS: Record<TeamRole, string> = {
  maintainer: "Maintainer",
  member: "Member",
};

/** "1 member", "12 members". */
export function memberCountLabel(count: number): string {
  return `${new Intl.NumberFormat("en-US").format(count)} ${count === 1 ? "member" : "members"}`;
}

/** What a team links to, for the list and after creating one. */
export function teamHref(slug: string, teamId: string): string {
  return `/orgs/${encodeURIComponent(slug)}/teams/${teamId}`;
}
