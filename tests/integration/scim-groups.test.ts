// SCIM /Groups (teams) over HTTP on both databases, as Okta's group push and Entra ID send them:
// create, filter by displayName with excludedAttributes=members, Entra's membership check, rename
// (path-less with the id, or a displayName path), members added and removed by value list and by
// members[value eq "…"] path, the whole list replaced, PUT, DELETE — each audited as in the UI.
import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, teamMembers, teams } from "@/db/schema";
import { changeId, entra, okta, replaceMembers } from "../fixtures/scim-requests";
import { scim, useAppDatabase } from "../helpers/scim-client";
import { createScimOrg, type ScimOrg } from "../helpers/scim-org";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

describe.each(drivers)("SCIM /Groups over HTTP (%s)", (driver) => {
  let t: TestDatabase;
  let org: ScimOrg;
  let people: { id: string; email: string }[];

  beforeAll(async () => {
    t = await createTestDatabase(driver);
    useAppDatabase(t.db);
    org = await createScimOrg(t.db);
    people = [org.byRole.developer, org.byRole.analyst, org.byRole.viewer, org.byRole.manager].map((p) => ({ id: p.member.id, email: p.member.email }));
  });
  afterAll(async () => {
    await t.close();
  });

  const memberIdsOf = async (teamId: string) =>
    (await t.db.select({ id: teamMembers.memberId }).from(teamMembers).where(eq(teamMembers.teamId, teamId))).map((r) => r.id).sort();
  const teamEvents = async (teamId: string, action: string) =>
    (await t.db.select().from(auditEvents).where(and(eq(auditEvents.organizationId, org.organization.id), eq(auditEvents.action, action)))).filter(
      (e) => e.targetId === teamId || (e.metadata as { teamId?: string }).teamId === teamId,
    );
  const name = (label: string) => `${label} ${crypto.randomUUID().slice(0, 6)}`;
  const patch = (id: string, body: unknown) => scim("PATCH", `/Groups/${id}`, { token: org.token, body });

  it("Okta pushes a group with members: the team exists with them, each addition audited as the SCIM client", async () => {
    const displayName = name("Engineering");
    const reply = await scim("POST", "/Groups", { token: org.token, body: okta.createGroup(displayName, people.slice(0, 2).map((p) => ({ value: p.id, display: p.email }))) });
    expect(reply.status).toBe(201);
    expect(reply.json).toMatchObject({ displayName, meta: { resourceType: "Group" } });
    expect(reply.json.members.map((m: { value: string }) => m.value).sort()).toEqual(people.slice(0, 2).map((p) => p.id).sort());
    expect(await memberIdsOf(reply.json.id)).toEqual(people.slice(0, 2).map((p) => p.id).sort());
    const created = await teamEvents(reply.json.id, "team.created");
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ actorType: "scim", channel: "scim", actorCredentialId: org.tokenId });
    expect(await teamEvents(reply.json.id, "team.member_added")).toHaveLength(2);
  });

  it("Entra creates a group with its externalId, finds it by displayName in any case without members, and checks membership", async () => {
    const displayName = name("Finance");
    const created = await scim("POST", "/Groups", { token: org.token, body: entra.createGroup(displayName, "8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159") });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ externalId: "8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159", members: [] });
    const found = await scim("GET", `/Groups?${entra.findGroupQuery(displayName.toUpperCase())}`, { token: org.token });
    expect(found.json).toMatchObject({ totalResults: 1, Resources: [{ id: created.json.id, displayName }] });
    expect(found.json.Resources[0].members).toBeUndefined();
    const none = await scim("GET", `/Groups?${entra.findGroupQuery("No such group")}`, { token: org.token });
    expect(none).toMatchObject({ status: 200, json: { totalResults: 0, Resources: [] } });
    const notYet = await scim("GET", `/Groups?${entra.isMemberQuery(created.json.id, people[0]!.id)}`, { token: org.token });
    expect(notYet.json.totalResults).toBe(0);
    expect((await patch(created.json.id, entra.addMember(people[0]!.id))).status).toBe(204);
    const now = await scim("GET", `/Groups?${entra.isMemberQuery(created.json.id, people[0]!.id)}`, { token: org.token });
    expect(now.json.totalResults).toBe(1);
    const byExternal = await scim("GET", `/Groups?filter=${encodeURIComponent('externalId eq "8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159"')}`, { token: org.token });
    expect(byExternal.json.totalResults).toBe(1);
    expect((await scim("GET", `/Groups?filter=${encodeURIComponent('displayName co "Fin"')}`, { token: org.token })).json.scimType).toBe("invalidFilter");
  });

  it("renames (Okta's path-less replace with the id; Entra's displayName path) and refuses a taken name or a changed id", async () => {
    const created = await scim("POST", "/Groups", { token: org.token, body: okta.createGroup(name("Ops")) });
    const id = created.json.id as string;
    const renamed = name("Operations");
    expect((await patch(id, okta.renameGroup(id, renamed))).status).toBe(204);
    expect((await scim("GET", `/Groups/${id}`, { token: org.token })).json.displayName).toBe(renamed);
    const again = name("Platform");
    expect((await patch(id, entra.renameGroup(again))).status).toBe(204);
    const [team] = await t.db.select().from(teams).where(eq(teams.id, id));
    expect(team!.name).toBe(again);
    expect(await teamEvents(id, "team.updated")).toHaveLength(2);
    const other = await scim("POST", "/Groups", { token: org.token, body: okta.createGroup(name("Taken")) });
    expect((await patch(id, entra.renameGroup(other.json.displayName.toUpperCase()))).json).toMatchObject({ status: "409", scimType: "uniqueness" });
    expect((await scim("POST", "/Groups", { token: org.token, body: okta.createGroup(other.json.displayName) })).json).toMatchObject({ status: "409", scimType: "uniqueness" });
    expect((await patch(id, changeId(crypto.randomUUID()))).json).toMatchObject({ status: "400", scimType: "mutability" });
  });

  it("adds and removes members by value list and by members[value eq] path, and replaces the whole list", async () => {
    const created = await scim("POST", "/Groups", { token: org.token, body: okta.createGroup(name("Members")) });
    const id = created.json.id as string;
    const [a, b, c, d] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0], (typeof people)[0]];
    await patch(id, okta.addMembers([{ value: a.id, display: a.email }, { value: b.id, display: b.email }]));
    await patch(id, entra.addMember(c.id));
    await patch(id, entra.addMember(c.id)); // again: nothing changes
    expect(await memberIdsOf(id)).toEqual([a.id, b.id, c.id].sort());
    expect(await teamEvents(id, "team.member_added")).toHaveLength(3);
    await patch(id, okta.removeMember(a.id));
    await patch(id, entra.removeMember(b.id));
    expect(await memberIdsOf(id)).toEqual([c.id]);
    expect(await teamEvents(id, "team.member_removed")).toHaveLength(2);
    await patch(id, replaceMembers([a.id, d.id]));
    expect(await memberIdsOf(id)).toEqual([a.id, d.id].sort());
    const put = await scim("PUT", `/Groups/${id}`, { token: org.token, body: { schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], id, displayName: created.json.displayName, members: [{ value: b.id }] } });
    expect(put.status).toBe(200);
    expect(put.json.members.map((m: { value: string }) => m.value)).toEqual([b.id]);
    const read = await scim("GET", `/Groups/${id}`, { token: org.token });
    expect(read.json.members[0]).toMatchObject({ value: b.id, $ref: expect.stringContaining(`/Users/${b.id}`) });
    const user = await scim("GET", `/Users/${b.id}`, { token: org.token });
    expect(user.json.groups).toEqual(expect.arrayContaining([expect.objectContaining({ value: id, display: created.json.displayName })]));
  });

  it("refuses a member who is not in the organization, changing nothing", async () => {
    const created = await scim("POST", "/Groups", { token: org.token, body: okta.createGroup(name("Strict")) });
    const elsewhere = await createScimOrg(t.db);
    for (const stranger of [elsewhere.byRole.viewer.member.id, crypto.randomUUID(), "not-a-uuid"]) {
      const reply = await patch(created.json.id, entra.addMember(stranger));
      expect(reply.json).toMatchObject({ status: "400", scimType: "invalidValue" });
    }
    expect(await memberIdsOf(created.json.id)).toEqual([]);
    const post = await scim("POST", "/Groups", { token: org.token, body: okta.createGroup(name("Strict2"), [{ value: elsewhere.byRole.viewer.member.id, display: "x" }]) });
    expect(post.status).toBe(400);
  });

  it("deletes a team (its members stay in the organization); another organization's group is 404", async () => {
    const created = await scim("POST", "/Groups", { token: org.token, body: okta.createGroup(name("Doomed"), [{ value: people[0]!.id, display: "x" }]) });
    const elsewhere = await createScimOrg(t.db);
    const theirs = await scim("POST", "/Groups", { token: elsewhere.token, body: okta.createGroup(name("Theirs")) });
    expect((await scim("GET", `/Groups/${theirs.json.id}`, { token: org.token })).status).toBe(404);
    expect((await scim("DELETE", `/Groups/${theirs.json.id}`, { token: org.token })).status).toBe(404);
    expect((await patch(theirs.json.id, entra.renameGroup("Mine now"))).status).toBe(404);
    expect((await scim("DELETE", `/Groups/${created.json.id}`, { token: org.token })).status).toBe(204);
    expect((await scim("GET", `/Groups/${created.json.id}`, { token: org.token })).status).toBe(404);
    expect(await teamEvents(created.json.id, "team.deleted")).toHaveLength(1);
    expect((await scim("GET", `/Users/${people[0]!.id}`, { token: org.token })).status).toBe(200);
    expect((await scim("GET", `/Groups/${theirs.json.id}`, { token: elsewhere.token })).status).toBe(200);
  });

  it("pages groups and lists them with members unless excluded", async () => {
    const all = await scim("GET", "/Groups?startIndex=1&count=100", { token: org.token });
    expect(all.json.totalResults).toBeGreaterThan(3);
    expect(all.json.Resources[0].members).toBeDefined();
    const page = await scim("GET", "/Groups?startIndex=2&count=2&excludedAttributes=members", { token: org.token });
    expect(page.json).toMatchObject({ startIndex: 2, itemsPerPage: 2 });
    expect(page.json.Resources.map((g: { id: string }) => g.id)).toEqual(all.json.Resources.slice(1, 3).map((g: { id: string }) => g.id));
    expect(page.json.Resources[0].members).toBeUndefined();
  });
});
