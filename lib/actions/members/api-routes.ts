// The members operations of the REST API, each one the UI's own action or read: list (the table's
// filters, by cursor), get, change (Edit Member, or the role badge / disable control when only that
// changes), remove — with the key's member as the actor and "API" as the channel in the audit log.
import "server-only";
import { z } from "zod";
import { defineApiRoute, type ApiCall } from "@/lib/api/define-api-route";
import { fail } from "@/lib/errors";
import { memberPageSchema, memberSchema } from "@/lib/api/schemas";
import { patchMemberBodySchema } from "@/lib/validation/api-bodies";
import { apiMembersQuerySchema } from "@/lib/validation/api-queries";
import { changeRole } from "./change-role";
import { getMember } from "./get-member";
import { listMembersByCursor } from "./list-members-by-cursor";
import { removeMember } from "./remove-member";
import { setMemberStatus } from "./set-member-status";
import { updateMember } from "./update-member";

const memberParams = z.object({ memberId: z.uuid() });

export const listMembersRoute = defineApiRoute({
  method: "GET",
  path: "/organizations/{orgId}/members",
  operationId: "listMembers",
  summary: "List members",
  description: "Search and filter like the members table; sorted by name or email, paged by cursor.",
  tag: "Members",
  scope: "members:read",
  query: apiMembersQuerySchema,
  status: 200,
  response: memberPageSchema,
  errors: [422],
  run: ({ db, identity, org }, { raw }) => listMembersByCursor.run(db, identity, org, raw.query),
});

export const getMemberRoute = defineApiRoute({
  method: "GET",
  path: "/organizations/{orgId}/members/{memberId}",
  operationId: "getMember",
  summary: "Get a member",
  tag: "Members",
  scope: "members:read",
  params: memberParams,
  status: 200,
  response: memberSchema,
  errors: [],
  run: ({ db, identity, org }, { params }) => getMember.run(db, identity, org, params),
});

export const updateMemberRoute = defineApiRoute({
  method: "PATCH",
  path: "/organizations/{orgId}/members/{memberId}",
  operationId: "updateMember",
  summary: "Change a member",
  description:
    "Send only the fields to change. The rules are the UI's: who may edit, change roles, grant permissions and disable whom. " +
    "A role alone goes through Change role, a status alone through Disable / Re-enable, anything else through Edit Member.",
  tag: "Members",
  scope: "members:write",
  params: memberParams,
  body: patchMemberBodySchema,
  status: 200,
  response: memberSchema,
  errors: [409, 422],
  run: async (call, { params, body, raw }) => {
    const provided = Object.keys(raw.body as object) as (keyof typeof body)[];
    if (provided.length === 0) return fail("invalid_input", "Send at least one field to change.", { _form: ["Send at least one field to change."] });
    const only = (field: string) => provided.length === 1 && provided[0] === field;
    const result = only("role")
      ? await changeRole.run(call.db, call.identity, call.org, { memberId: params.memberId, role: body.role })
      : only("status")
        ? await setMemberStatus.run(call.db, call.identity, call.org, { memberId: params.memberId, status: body.status })
        : await editMember(call, params.memberId, body, provided);
    if (!result.ok) return result;
    return getMember.run(call.db, call.identity, call.org, params);
  },
});

/** Edit Member with the member's current values for every field the request left out. */
async function editMember(call: ApiCall, memberId: string, body: z.output<typeof patchMemberBodySchema>, provided: (keyof typeof body)[]) {
  const current = await getMember.run(call.db, call.identity, call.org, { memberId });
  if (!current.ok) return current;
  const m = current.data;
  const input: Record<string, unknown> = {
    memberId,
    name: m.name,
    email: m.email,
    phone: m.phone,
    department: m.department,
    jobTitle: m.jobTitle,
    role: m.role,
    status: m.status,
    permissions: m.permissions,
    teamIds: m.teams.map((team) => team.id),
  };
  for (const field of provided) input[field] = body[field];
  return updateMember.run(call.db, call.identity, call.org, input);
}

export const removeMemberRoute = defineApiRoute({
  method: "DELETE",
  path: "/organizations/{orgId}/members/{memberId}",
  operationId: "removeMember",
  summary: "Remove a member",
  description: "Access ends with their next request, they leave every team and their API keys are revoked; the audit log keeps their history.",
  tag: "Members",
  scope: "members:write",
  params: memberParams,
  status: 204,
  errors: [409],
  run: ({ db, identity, org }, { params }) => removeMember.run(db, identity, org, params),
});
