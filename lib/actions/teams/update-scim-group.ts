// SCIM PUT and PATCH /Groups/{id}: rename the team, change its externalId, and add, remove or
// replace its members. PATCH operations (member add/remove by value list or members[value eq …]
// path, path-less replace of displayName) are applied to the team as a SCIM Group inside the
// transaction; the result goes through the same checks and audit events as the UI's.
import "server-only";
import { findMembersOfTeams, isTeamExternalIdTaken } from "@/db/queries/scim-groups";
import { setTeamExternalId } from "@/db/queries/scim-writes";
import { updateTeamDetails } from "@/db/queries/team-writes";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { invalidInput } from "@/lib/actions/kernel/field-errors";
import { teamTarget } from "@/lib/audit";
import { ActionError } from "@/lib/errors";
import { ScimError, scimErrorAsRefusal, scimRefusal } from "@/lib/scim/errors";
import { fieldsFromGroup, toScimGroup } from "@/lib/scim/group-resource";
import { applyPatch, type PatchOperation } from "@/lib/scim/patch";
import { assertTeamNameFree, loadTeam } from "@/lib/teams/team-checks";
import { scimGroupFieldsSchema, updateScimGroupSchema } from "@/lib/validation/scim";
import { syncTeamMembers } from "./scim-group-members";

function patchedFields(group: Parameters<typeof toScimGroup>[0], members: { id: string; name: string }[], operations: PatchOperation[]) {
  try {
    const after = applyPatch(toScimGroup(group, members, "", { forPatch: true }), operations, "Group");
    const fields = fieldsFromGroup(after, { membersRequired: true });
    const parsed = scimGroupFieldsSchema.safeParse(fields);
    if (parsed.success) return parsed.data;
    const failure = invalidInput(parsed.error);
    throw new ActionError("invalid_input", failure.ok ? "Invalid input." : failure.error, failure.ok ? undefined : failure.fieldErrors);
  } catch (error) {
    throw error instanceof ScimError ? scimErrorAsRefusal(error) : error;
  }
}

export const updateScimGroup = defineOrgAction({
  scim: true,
  permission: "teams.manage",
  schema: updateScimGroupSchema,
  async handler(ctx, input) {
    const { tx, organization } = ctx;
    const organizationId = organization.id;
    const team = await loadTeam(tx, organizationId, input.teamId);
    const members = (await findMembersOfTeams(tx, { organizationId, teamIds: [team.id] })).get(team.id) ?? [];
    const fields = input.replace ?? patchedFields(team, members, input.operations as PatchOperation[]);

    const renamed = fields.name !== team.name;
    if (renamed) await assertTeamNameFree(tx, organizationId, fields.name, team.id);
    const externalIdChanged = fields.externalId !== team.externalId;
    if (externalIdChanged && fields.externalId && (await isTeamExternalIdTaken(tx, { organizationId, externalId: fields.externalId, exceptTeamId: team.id }))) {
      throw scimRefusal("conflict", "Another team already has this externalId.", { scimType: "uniqueness" });
    }
    if (renamed) await updateTeamDetails(tx, { organizationId, teamId: team.id }, { name: fields.name, description: team.description });
    if (externalIdChanged) await setTeamExternalId(tx, { organizationId, teamId: team.id, externalId: fields.externalId });
    if (renamed || externalIdChanged) {
      await ctx.audit({
        action: "team.updated",
        target: teamTarget({ id: team.id, name: fields.name }),
        metadata: { ...(renamed ? { previousName: team.name } : {}), ...(externalIdChanged ? { externalId: fields.externalId } : {}) },
      });
    }
    const sync = fields.memberIds ? await syncTeamMembers(ctx, { id: team.id, name: fields.name }, members, fields.memberIds) : { added: 0, removed: 0 };
    return { id: team.id, renamed, ...sync };
  },
});
