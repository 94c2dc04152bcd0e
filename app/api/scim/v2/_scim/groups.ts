// What each /Groups request does: parse, run the one team action or read for it as the
// organization's SCIM client, answer with the Group (PATCH answers 204, as Okta and Entra expect).
import "server-only";
import { deleteTeam } from "@/lib/actions/teams/delete-team";
import { getScimGroupQuery } from "@/lib/actions/teams/get-scim-group";
import { listScimGroupsQuery } from "@/lib/actions/teams/list-scim-groups";
import { provisionScimGroup } from "@/lib/actions/teams/provision-scim-group";
import { updateScimGroup } from "@/lib/actions/teams/update-scim-group";
import { ScimError } from "@/lib/scim/errors";
import { parseGroupFilter } from "@/lib/scim/filter";
import { fieldsFromGroup, toScimGroup, type ScimGroupResource } from "@/lib/scim/group-resource";
import { unwrap, type ScimContext, type ScimResult } from "@/lib/scim/http";
import { isUuidLike } from "@/lib/scim/ids";
import { listResponse, project, readAttributeSelection, readPaging, selects } from "@/lib/scim/list";
import { readPatchOperations } from "@/lib/scim/patch";

const notFound = () => new ScimError(404, "Group not found.");

function idFrom(id: string): string {
  if (!isUuidLike(id)) throw notFound();
  return id;
}

async function readGroup(ctx: ScimContext, teamId: string, withMembers = true): Promise<ScimGroupResource> {
  const found = unwrap(await getScimGroupQuery.run(ctx.db, ctx.identity, null, { teamId, withMembers }));
  if (!found) throw notFound();
  return toScimGroup(found.row, found.members, ctx.baseUrl);
}

export async function listGroups(ctx: ScimContext): Promise<ScimResult> {
  const filter = parseGroupFilter(ctx.url.searchParams.get("filter"));
  const paging = readPaging(ctx.url);
  const selection = readAttributeSelection(ctx.url);
  const withMembers = selects(selection, "members");
  const data = unwrap(await listScimGroupsQuery.run(ctx.db, ctx.identity, null, { filter, withMembers, ...paging }));
  const resources = data.groups.map(({ row, members }) => project(toScimGroup(row, members, ctx.baseUrl), selection));
  return { status: 200, body: listResponse(resources, data.total, paging.startIndex), outcome: `${data.total} matching` };
}

export async function getGroup(ctx: ScimContext, id: string): Promise<ScimResult> {
  const selection = readAttributeSelection(ctx.url);
  const group = await readGroup(ctx, idFrom(id), selects(selection, "members"));
  return { status: 200, body: project(group, selection), outcome: `read ${group.displayName}` };
}

export async function createGroup(ctx: ScimContext): Promise<ScimResult> {
  const fields = fieldsFromGroup(await ctx.json());
  const { id } = unwrap(await provisionScimGroup.run(ctx.db, ctx.identity, null, fields));
  const group = await readGroup(ctx, id);
  return { status: 201, body: group, outcome: `created ${group.displayName}`, changes: { displayName: group.displayName, members: group.members?.length ?? 0 } };
}

export async function replaceGroup(ctx: ScimContext, id: string): Promise<ScimResult> {
  const teamId = idFrom(id);
  const body = await ctx.json();
  const givenId = body && typeof body === "object" ? (body as { id?: unknown }).id : undefined;
  if (givenId !== undefined && givenId !== teamId) throw new ScimError(400, `"id" is read-only and can't be changed.`, "mutability");
  const result = unwrap(await updateScimGroup.run(ctx.db, ctx.identity, null, { teamId, replace: fieldsFromGroup(body) }));
  const group = await readGroup(ctx, teamId);
  return { status: 200, body: group, outcome: `replaced ${group.displayName}`, changes: groupChanges(result) };
}

export async function patchGroup(ctx: ScimContext, id: string): Promise<ScimResult> {
  const teamId = idFrom(id);
  const operations = readPatchOperations(await ctx.json());
  const result = unwrap(await updateScimGroup.run(ctx.db, ctx.identity, null, { teamId, operations }));
  return { status: 204, outcome: `patched group ${teamId}`, changes: groupChanges(result) };
}

export async function deleteGroup(ctx: ScimContext, id: string): Promise<ScimResult> {
  const teamId = idFrom(id);
  const { name } = unwrap(await deleteTeam.run(ctx.db, ctx.identity, null, { teamId }));
  return { status: 204, outcome: `deleted ${name}`, changes: { removed: name } };
}

function groupChanges(result: { renamed: boolean; added: number; removed: number }): Record<string, unknown> | null {
  const changes = { ...(result.renamed ? { renamed: true } : {}), ...(result.added ? { membersAdded: result.added } : {}), ...(result.removed ? { membersRemoved: result.removed } : {}) };
  return Object.keys(changes).length ? changes : null;
}
