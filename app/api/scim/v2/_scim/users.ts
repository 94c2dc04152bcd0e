// What each /Users request does: parse (filter, paging, body, PATCH operations), run the one
// member action or read for it as the organization's SCIM client, answer with the User.
import "server-only";
import { getScimUserQuery } from "@/lib/actions/members/get-scim-user";
import { listScimUsersQuery } from "@/lib/actions/members/list-scim-users";
import { provisionScimUser } from "@/lib/actions/members/provision-scim-user";
import { removeMember } from "@/lib/actions/members/remove-member";
import { updateScimUser } from "@/lib/actions/members/update-scim-user";
import { ScimError } from "@/lib/scim/errors";
import { parseUserFilter } from "@/lib/scim/filter";
import { unwrap, type ScimContext, type ScimResult } from "@/lib/scim/http";
import { isUuidLike } from "@/lib/scim/ids";
import { listResponse, project, readAttributeSelection, readPaging } from "@/lib/scim/list";
import { readPatchOperations } from "@/lib/scim/patch";
import { fieldsFromUser, toScimUser, type ScimUserResource } from "@/lib/scim/user-resource";

const notFound = () => new ScimError(404, "User not found.");

async function readUser(ctx: ScimContext, memberId: string): Promise<ScimUserResource> {
  const found = unwrap(await getScimUserQuery.run(ctx.db, ctx.identity, null, { memberId }));
  if (!found) throw notFound();
  return toScimUser(found.row, found.teams, ctx.baseUrl);
}

function idFrom(id: string): string {
  if (!isUuidLike(id)) throw notFound();
  return id;
}

export async function listUsers(ctx: ScimContext): Promise<ScimResult> {
  const filter = parseUserFilter(ctx.url.searchParams.get("filter"));
  const paging = readPaging(ctx.url);
  const selection = readAttributeSelection(ctx.url);
  const data = unwrap(await listScimUsersQuery.run(ctx.db, ctx.identity, null, { filter, ...paging }));
  const resources = data.users.map(({ row, teams }) => project(toScimUser(row, teams, ctx.baseUrl), selection));
  return { status: 200, body: listResponse(resources, data.total, paging.startIndex), outcome: `${data.total} matching` };
}

export async function getUser(ctx: ScimContext, id: string): Promise<ScimResult> {
  const user = await readUser(ctx, idFrom(id));
  return { status: 200, body: project(user, readAttributeSelection(ctx.url)), outcome: `read ${user.userName}` };
}

export async function createUser(ctx: ScimContext): Promise<ScimResult> {
  const fields = fieldsFromUser(await ctx.json());
  const { id } = unwrap(await provisionScimUser.run(ctx.db, ctx.identity, null, fields));
  const user = await readUser(ctx, id);
  return { status: 201, body: user, outcome: `created ${user.userName}`, changes: { email: user.userName, active: user.active } };
}

export async function replaceUser(ctx: ScimContext, id: string): Promise<ScimResult> {
  const memberId = idFrom(id);
  const body = await ctx.json();
  const givenId = body && typeof body === "object" ? (body as { id?: unknown }).id : undefined;
  if (givenId !== undefined && givenId !== memberId) throw new ScimError(400, `"id" is read-only and can't be changed.`, "mutability");
  const before = await readUser(ctx, memberId);
  unwrap(await updateScimUser.run(ctx.db, ctx.identity, null, { memberId, replace: fieldsFromUser(body) }));
  const after = await readUser(ctx, memberId);
  return { status: 200, body: after, outcome: `replaced ${after.userName}`, changes: differences(before, after) };
}

export async function patchUser(ctx: ScimContext, id: string): Promise<ScimResult> {
  const memberId = idFrom(id);
  const operations = readPatchOperations(await ctx.json());
  const before = await readUser(ctx, memberId);
  unwrap(await updateScimUser.run(ctx.db, ctx.identity, null, { memberId, operations }));
  const after = await readUser(ctx, memberId);
  return { status: 200, body: after, outcome: `patched ${after.userName}`, changes: differences(before, after) };
}

export async function deleteUser(ctx: ScimContext, id: string): Promise<ScimResult> {
  const memberId = idFrom(id);
  const before = await readUser(ctx, memberId);
  unwrap(await removeMember.run(ctx.db, ctx.identity, null, { memberId }));
  return { status: 204, outcome: `deleted ${before.userName}`, changes: { removed: before.userName } };
}

/** What changed, attribute by attribute, for the request log (values, no secrets: Users hold none). */
function differences(before: ScimUserResource, after: ScimUserResource): Record<string, unknown> | null {
  const changes: Record<string, unknown> = {};
  const keys = ["userName", "displayName", "title", "active", "externalId", "phoneNumbers"] as const;
  for (const key of keys) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) changes[key] = { from: before[key] ?? null, to: after[key] ?? null };
  }
  const dept = (u: ScimUserResource) => u["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"]?.department ?? null;
  if (dept(before) !== dept(after)) changes.department = { from: dept(before), to: dept(after) };
  return Object.keys(changes).length ? changes : null;
}
