// Who a SCIM Group's member list adds to and removes from a team, shared by POST, PUT and PATCH
// /Groups: every id must be a member of the organization; each member added or removed is audited
// as in the UI (team.member_added / team.member_removed), with the SCIM client as actor.
import "server-only";
import { addMembersToTeam, removeMemberFromTeam } from "@/db/queries/team-writes";
import { findOrganizationMembers } from "@/db/queries/teams";
import type { OrgActionContext } from "@/lib/actions/kernel/define-org-action";
import type { CallerIdentity } from "@/lib/actions/kernel/request-identity";
import { memberTarget } from "@/lib/audit";
import { notifyTeamAdded, notifyTeamRemoved } from "@/lib/notifications/events";
import { isUuidLike } from "@/lib/scim/ids";
import { scimRefusal } from "@/lib/scim/errors";

type Person = { id: string; name: string; email: string };

export async function syncTeamMembers(
  ctx: OrgActionContext<CallerIdentity>,
  team: { id: string; name: string },
  current: readonly Person[],
  wanted: readonly string[],
): Promise<{ added: number; removed: number }> {
  const organizationId = ctx.organization.id;
  const have = new Set(current.map((m) => m.id));
  const want = new Set(wanted);
  const adding = [...want].filter((id) => !have.has(id));
  const unknown = adding.filter((id) => !isUuidLike(id));
  const found = await findOrganizationMembers(ctx.tx, { organizationId, memberIds: adding.filter(isUuidLike) });
  if (unknown.length > 0 || found.length !== adding.length) {
    const missing = unknown[0] ?? adding.find((id) => !found.some((m) => m.id === id));
    throw scimRefusal("invalid_input", `"${missing}" is not a member of this organization.`, { scimType: "invalidValue" });
  }
  await addMembersToTeam(ctx.tx, { organizationId, teamId: team.id, memberIds: found.map((m) => m.id), role: "member" });
  for (const member of found) {
    await ctx.audit({ action: "team.member_added", target: memberTarget(member), metadata: { teamId: team.id, teamName: team.name, teamRole: "member" } });
  }
  const removing = current.filter((m) => !want.has(m.id));
  for (const member of removing) {
    await removeMemberFromTeam(ctx.tx, { organizationId, teamId: team.id, memberId: member.id });
    await ctx.audit({ action: "team.member_removed", target: memberTarget(member), metadata: { teamId: team.id, teamName: team.name } });
  }
  await notifyTeamAdded(ctx, team, found.map((m) => m.id), "member");
  await notifyTeamRemoved(ctx, team, removing.map((m) => m.id));
  return { added: found.length, removed: removing.length };
}
