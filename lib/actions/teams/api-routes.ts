// The team operations of the REST API, each one the UI's own action: list, create, add members,
// remove a member — with the key's member as the actor and "API" in the audit log.
import "server-only";
import { z } from "zod";
import { defineApiRoute } from "@/lib/api/define-api-route";
import { createdTeamSchema, teamListSchema, teamMembersAddedSchema } from "@/lib/api/schemas";
import { addTeamMembersSchema, createTeamSchema } from "@/lib/validation/teams";
import { addTeamMembers } from "./add-team-members";
import { createTeam } from "./create-team";
import { listTeams } from "./list-teams";
import { removeTeamMember } from "./remove-team-member";

const teamParams = z.object({ teamId: z.uuid() });

export const listTeamsRoute = defineApiRoute({
  method: "GET",
  path: "/organizations/{orgId}/teams",
  operationId: "listTeams",
  summary: "List teams",
  tag: "Teams",
  scope: "teams:read",
  status: 200,
  response: teamListSchema,
  errors: [],
  run: ({ db, identity, org }) => listTeams.run(db, identity, org, {}),
});

export const createTeamRoute = defineApiRoute({
  method: "POST",
  path: "/organizations/{orgId}/teams",
  operationId: "createTeam",
  summary: "Create a team",
  tag: "Teams",
  scope: "teams:write",
  body: createTeamSchema,
  status: 201,
  response: createdTeamSchema,
  errors: [409, 422],
  run: ({ db, identity, org }, { raw }) => createTeam.run(db, identity, org, raw.body),
});

export const addTeamMembersRoute = defineApiRoute({
  method: "POST",
  path: "/organizations/{orgId}/teams/{teamId}/members",
  operationId: "addTeamMembers",
  summary: "Add members to a team",
  description: "People already in the team keep their team role.",
  tag: "Teams",
  scope: "teams:write",
  params: teamParams,
  body: addTeamMembersSchema.omit({ teamId: true }),
  status: 200,
  response: teamMembersAddedSchema,
  errors: [422],
  run: ({ db, identity, org }, { params, raw }) => addTeamMembers.run(db, identity, org, { ...(raw.body as object), teamId: params.teamId }),
});

export const removeTeamMemberRoute = defineApiRoute({
  method: "DELETE",
  path: "/organizations/{orgId}/teams/{teamId}/members/{memberId}",
  operationId: "removeTeamMember",
  summary: "Remove a member from a team",
  description: "They stay in the organization and in their other teams.",
  tag: "Teams",
  scope: "teams:write",
  params: teamParams.extend({ memberId: z.uuid() }),
  status: 204,
  errors: [],
  run: ({ db, identity, org }, { params }) => removeTeamMember.run(db, identity, org, params),
});
