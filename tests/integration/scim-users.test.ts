// SCIM /Users over HTTP (the route handlers called with Request objects), on both databases,
// replaying what Okta and Entra ID send: create, duplicates, reads and filters, paging edges,
// (de)activation both ways, PUT, PATCH shapes, DELETE and re-create, bad and revoked tokens,
// malformed bodies, read-only attributes, seats, the last Owner, tenancy, the request log and the
// audit trail (one event per change, with the SCIM client as actor).
import crypto from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiKeys, auditEvents, emailOutbox, invitations, members, scimRequests, sessions, users } from "@/db/schema";
import { createMember } from "@/lib/actions/members/create-member";
import { issueScimToken } from "@/lib/actions/scim/issue-scim-token";
import { revokeScimToken } from "@/lib/actions/scim/revoke-scim-token";
import { setScimEnabled } from "@/lib/actions/scim/set-scim-enabled";
import { changeId, changeMeta, entra, okta } from "../fixtures/scim-requests";
import { addMember } from "../helpers/org-fixture";
import { scim, useAppDatabase } from "../helpers/scim-client";
import { createScimOrg, type ScimOrg } from "../helpers/scim-org";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
const unique = (label: string) => `${label}.${crypto.randomUUID().slice(0, 8)}@acme-idp.test`;

describe.each(drivers)("SCIM /Users over HTTP (%s)", (driver) => {
  let t: TestDatabase;
  let org: ScimOrg;

  beforeAll(async () => {
    t = await createTestDatabase(driver);
    useAppDatabase(t.db);
    org = await createScimOrg(t.db);
  });
  afterAll(async () => {
    await t.close();
  });

  const auditFor = async (targetId: string) =>
    t.db.select().from(auditEvents).where(and(eq(auditEvents.organizationId, org.organization.id), eq(auditEvents.targetId, targetId)));
  const memberRow = async (id: string) => (await t.db.select().from(members).where(eq(members.id, id)))[0];
  const create = async (body: unknown, token = org.token) => scim("POST", "/Users", { token, body });

  describe("discovery and authentication", () => {
    it("serves ServiceProviderConfig, ResourceTypes and Schemas without a token, as application/scim+json", async () => {
      const spc = await scim("GET", "/ServiceProviderConfig");
      expect(spc.status).toBe(200);
      expect(spc.headers.get("content-type")).toMatch(/^application\/scim\+json/);
      expect(spc.json.patch.supported).toBe(true);
      expect(spc.json.filter).toMatchObject({ supported: true, maxResults: 100 });
      const types = await scim("GET", "/ResourceTypes");
      expect(types.json.Resources.map((r: { id: string }) => r.id)).toEqual(["User", "Group"]);
      expect((await scim("GET", "/ResourceTypes/User")).json.endpoint).toBe("/Users");
      const schemas = await scim("GET", "/Schemas");
      expect(schemas.json.totalResults).toBe(3);
      expect((await scim("GET", `/Schemas/${encodeURIComponent(ENTERPRISE)}`)).json.attributes[0].name).toBe("department");
      expect((await scim("GET", "/Schemas/urn:nope")).status).toBe(404);
    });

    it("refuses requests without a token, with a malformed or unknown one: 401 with a SCIM error", async () => {
      for (const token of [null, "not-a-token", `scim_${"A".repeat(43)}`, org.token.slice(0, -1)]) {
        const reply = await scim("GET", "/Users", { token });
        expect(reply.status).toBe(401);
        expect(reply.json).toMatchObject({ schemas: [ERROR], status: "401" });
        expect(reply.headers.get("www-authenticate")).toMatch(/^Bearer/);
      }
    });

    it("a revoked token is refused at once; a rotated one works only during its grace period", async () => {
      const other = await createScimOrg(t.db);
      expect((await scim("GET", "/Users", { token: other.token })).status).toBe(200);
      const rotated = await issueScimToken.run(t.db, other.byRole.admin.identity, other.slug, { graceHours: 24 });
      expect(rotated.ok).toBe(true);
      const fresh = rotated.ok ? rotated.data.token : "";
      expect((await scim("GET", "/Users", { token: other.token })).status).toBe(200); // grace period
      expect((await scim("GET", "/Users", { token: fresh })).status).toBe(200);
      const revoked = await revokeScimToken.run(t.db, other.byRole.owner.identity, other.slug, { tokenId: other.tokenId });
      expect(revoked.ok).toBe(true);
      expect((await scim("GET", "/Users", { token: other.token })).status).toBe(401);
      const immediate = await issueScimToken.run(t.db, other.byRole.owner.identity, other.slug, { graceHours: 0 });
      expect((await scim("GET", "/Users", { token: fresh })).status).toBe(401);
      expect((await scim("GET", "/Users", { token: immediate.ok ? immediate.data.token : "" })).status).toBe(200);
    });

    it("answers 403 while SCIM is turned off for the organization", async () => {
      const other = await createScimOrg(t.db);
      await setScimEnabled.run(t.db, other.byRole.owner.identity, other.slug, { enabled: false });
      const reply = await scim("GET", "/Users", { token: other.token });
      expect(reply.status).toBe(403);
      expect(reply.json.detail).toMatch(/turned off/);
    });
  });

  describe("create and read", () => {
    it("creates an Active member from Okta's POST, with a verified user and no invitation; audited once as the SCIM client", async () => {
      const email = unique("Okta.Create");
      const reply = await create(okta.createUser(email, "00ujl29u0le5T6Aj10h7"));
      expect(reply.status).toBe(201);
      expect(reply.headers.get("location")).toBe(reply.json.meta.location);
      expect(reply.json).toMatchObject({ userName: email.toLowerCase(), active: true, externalId: "00ujl29u0le5T6Aj10h7", displayName: "Test User" });
      expect(reply.json.meta).toMatchObject({ resourceType: "User" });
      expect(reply.json.password).toBeUndefined();
      const member = await memberRow(reply.json.id);
      expect(member).toMatchObject({ status: "active", name: "Test User", role: org.organization.defaultRole, externalId: "00ujl29u0le5T6Aj10h7" });
      const [user] = await t.db.select().from(users).where(eq(users.id, member!.userId!));
      expect(user!.emailVerified).toBeInstanceOf(Date);
      expect(await t.db.select().from(invitations).where(eq(invitations.memberId, member!.id))).toHaveLength(0);
      expect(await t.db.select().from(emailOutbox).where(eq(emailOutbox.to, email.toLowerCase()))).toHaveLength(0);
      const events = await auditFor(member!.id);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        action: "member.provisioned",
        actorType: "scim",
        channel: "scim",
        actorCredentialId: org.tokenId,
        actorUserId: null,
        actorName: `SCIM (token ${org.tokenPrefix}…)`,
      });
    });

    it("maps Entra's User: name, title, work phone and the enterprise department", async () => {
      const email = unique("entra");
      const reply = await create(entra.createUser(email, crypto.randomUUID(), { department: "Finance", title: "Analyst", phone: "+1 (555) 010-2000" }));
      expect(reply.status).toBe(201);
      const member = await memberRow(reply.json.id);
      expect(member).toMatchObject({ name: "givenName familyName", jobTitle: "Analyst", phone: "+1 (555) 010-2000", department: "Finance" });
      expect(reply.json[ENTERPRISE]).toEqual({ department: "Finance" });
      expect(reply.json.phoneNumbers).toEqual([{ value: "+1 (555) 010-2000", type: "work", primary: true }]);
    });

    it("refuses a duplicate userName (in another case) or externalId with 409 uniqueness, changing nothing", async () => {
      const email = unique("dup");
      const first = await create(okta.createUser(email, "ext-dup-1"));
      expect(first.status).toBe(201);
      const again = await create(okta.createUser(email.toUpperCase(), "ext-dup-2"));
      expect(again.status).toBe(409);
      expect(again.json).toMatchObject({ schemas: [ERROR], status: "409", scimType: "uniqueness" });
      const sameExternal = await create(okta.createUser(unique("dup2"), "ext-dup-1"));
      expect(sameExternal).toMatchObject({ status: 409, json: { scimType: "uniqueness" } });
      expect(await t.db.select().from(members).where(eq(members.externalId, "ext-dup-2"))).toHaveLength(0);
    });

    it("refuses a userName that is no email address, and unreadable bodies: 400 with the scimType", async () => {
      expect((await create({ ...okta.createUser("x", "e1"), userName: "not an email", emails: [] })).json).toMatchObject({ status: "400", scimType: "invalidValue" });
      expect((await scim("POST", "/Users", { token: org.token, raw: '{"userName": ' })).json).toMatchObject({ status: "400", scimType: "invalidSyntax" });
      expect((await scim("POST", "/Users", { token: org.token, raw: "{}", contentType: "text/plain" })).status).toBe(415);
      const big = JSON.stringify({ ...okta.createUser(unique("big"), "big"), padding: "x".repeat(1024 * 1024) });
      expect((await scim("POST", "/Users", { token: org.token, raw: big })).status).toBe(413);
    });

    it("accepts application/json as well as application/scim+json", async () => {
      const reply = await scim("POST", "/Users", { token: org.token, body: okta.createUser(unique("json"), crypto.randomUUID()), contentType: "application/json" });
      expect(reply.status).toBe(201);
    });

    it("reads a User by id; an unknown id, a non-uuid or another organization's member is 404", async () => {
      const created = await create(okta.createUser(unique("get"), crypto.randomUUID()));
      const got = await scim("GET", `/Users/${created.json.id}`, { token: org.token });
      expect(got.status).toBe(200);
      expect(got.json).toMatchObject({ id: created.json.id, userName: created.json.userName, groups: [] });
      expect((await scim("GET", `/Users/${crypto.randomUUID()}`, { token: org.token })).status).toBe(404);
      expect((await scim("GET", "/Users/not-a-uuid", { token: org.token })).status).toBe(404);
      const elsewhere = await createScimOrg(t.db);
      const theirs = await scim("GET", `/Users/${elsewhere.byRole.viewer.member.id}`, { token: org.token });
      expect(theirs).toMatchObject({ status: 404, json: { schemas: [ERROR], status: "404" } });
    });
  });

  describe("filters and paging", () => {
    let email: string;
    let id: string;
    beforeAll(async () => {
      email = unique("Filter.Me");
      const created = await create(okta.createUser(email, "ext-filter"));
      id = created.json.id;
    });
    const list = (query: string) => scim("GET", `/Users?${query}`, { token: org.token });

    it("finds a User by userName, case-insensitively, as Okta and Entra look before creating", async () => {
      for (const query of [okta.findUserQuery(email), entra.findUserQuery(email.toUpperCase()), `filter=${encodeURIComponent(`USERNAME EQ "${email}"`)}`]) {
        const reply = await list(query);
        expect(reply.status).toBe(200);
        expect(reply.json).toMatchObject({ totalResults: 1, itemsPerPage: 1, startIndex: 1 });
        expect(reply.json.Resources[0].id).toBe(id);
      }
    });

    it("answers a filter that matches nothing with 200 and totalResults 0", async () => {
      const reply = await list(entra.findUserQuery(`nobody-${crypto.randomUUID()}@x.test`));
      expect(reply.status).toBe(200);
      expect(reply.json).toMatchObject({ totalResults: 0, itemsPerPage: 0, Resources: [] });
    });

    it("filters on externalId, emails[type eq \"work\"].value, emails.value, active and id, joined by and/or", async () => {
      const one = async (filter: string) => (await list(`filter=${encodeURIComponent(filter)}`)).json;
      expect((await one('externalId eq "ext-filter"')).totalResults).toBe(1);
      expect((await one('externalId eq "EXT-FILTER"')).totalResults).toBe(0); // externalId is case-exact
      expect((await one(`emails[type eq "work"].value eq "${email}"`)).totalResults).toBe(1);
      expect((await one(`emails[type eq "home"].value eq "${email}"`)).totalResults).toBe(0);
      expect((await one(`emails.value eq "${email.toUpperCase()}"`)).totalResults).toBe(1);
      expect((await one(`userName eq "${email}" and active eq true`)).totalResults).toBe(1);
      expect((await one(`userName eq "${email}" and active eq false`)).totalResults).toBe(0);
      expect((await one(`userName eq "${email}" or externalId eq "nope"`)).totalResults).toBe(1);
      expect((await one(`id eq "${id}"`)).totalResults).toBe(1);
      expect((await one('id eq "not-a-uuid"')).totalResults).toBe(0);
      const inactive = await one("active eq false");
      expect(inactive.Resources.every((r: { active: boolean }) => r.active === false)).toBe(true);
    });

    it("refuses filters it doesn't support with 400 invalidFilter", async () => {
      for (const filter of ['userName co "x"', 'userName ne "x"', "title pr", 'title eq "x"', 'not (userName eq "x")', 'userName eq', 'active eq "yes"', 'meta.lastModified gt "2011-05-13T04:42:34Z"']) {
        const reply = await list(`filter=${encodeURIComponent(filter)}`);
        expect(reply.status, filter).toBe(400);
        expect(reply.json).toMatchObject({ schemas: [ERROR], status: "400", scimType: "invalidFilter" });
      }
    });

    it("pages with startIndex and count: below 1 reads as 1, count 0 gives only the total, past the end is empty", async () => {
      const all = (await list("count=100")).json;
      expect(all.totalResults).toBeGreaterThanOrEqual(8);
      const firstTwo = (await list(okta.testConnectionQuery)).json;
      expect(firstTwo).toMatchObject({ totalResults: all.totalResults, itemsPerPage: 2, startIndex: 1 });
      expect(firstTwo.Resources.map((r: { id: string }) => r.id)).toEqual(all.Resources.slice(0, 2).map((r: { id: string }) => r.id));
      const next = (await list("startIndex=3&count=2")).json;
      expect(next.Resources.map((r: { id: string }) => r.id)).toEqual(all.Resources.slice(2, 4).map((r: { id: string }) => r.id));
      expect((await list("startIndex=0&count=1")).json).toMatchObject({ startIndex: 1, itemsPerPage: 1 });
      expect((await list("startIndex=-5&count=1")).json.startIndex).toBe(1);
      expect((await list("count=0")).json).toMatchObject({ totalResults: all.totalResults, itemsPerPage: 0, Resources: [] });
      expect((await list("count=-3")).json.itemsPerPage).toBe(0);
      const beyond = (await list(`startIndex=${all.totalResults + 10}&count=10`)).json;
      expect(beyond).toMatchObject({ totalResults: all.totalResults, itemsPerPage: 0, Resources: [] });
      expect((await list("count=5000")).json.itemsPerPage).toBeLessThanOrEqual(100);
    });

    it("leaves out excluded attributes", async () => {
      const reply = await list(`excludedAttributes=groups,emails&${okta.findUserQuery(email)}`);
      expect(reply.json.Resources[0].groups).toBeUndefined();
      expect(reply.json.Resources[0].emails).toBeUndefined();
      expect(reply.json.Resources[0].id).toBe(id);
    });
  });

  describe("updates", () => {
    async function provisioned(label: string) {
      const email = unique(label);
      const reply = await create(okta.createUser(email, crypto.randomUUID()));
      const member = (await memberRow(reply.json.id))!;
      return { email: email.toLowerCase(), id: reply.json.id as string, member };
    }
    const patch = (id: string, body: unknown) => scim("PATCH", `/Users/${id}`, { token: org.token, body });

    it("Okta deactivates with a path-less replace: Inactive at once, sessions ended, API keys revoked; reactivates the same way", async () => {
      const { id, member } = await provisioned("okta.deactivate");
      await t.db.insert(sessions).values({ sessionToken: crypto.randomUUID(), userId: member.userId!, expires: new Date(Date.now() + 86_400_000) });
      await t.db.insert(apiKeys).values({ organizationId: org.organization.id, memberId: id, name: "ci", prefix: "rk_test", keyHash: crypto.randomUUID() });
      const off = await patch(id, okta.setActive(false));
      expect(off.status).toBe(200);
      expect(off.json.active).toBe(false);
      expect((await memberRow(id))!.status).toBe("inactive");
      expect(await t.db.select().from(sessions).where(eq(sessions.userId, member.userId!))).toHaveLength(0);
      expect(await t.db.select().from(apiKeys).where(and(eq(apiKeys.memberId, id), isNull(apiKeys.revokedAt)))).toHaveLength(0);
      const disabled = (await auditFor(id)).filter((e) => e.action === "member.disabled");
      expect(disabled).toHaveLength(1);
      expect(disabled[0]).toMatchObject({ actorType: "scim", channel: "scim", metadata: { sessionsEnded: 1, apiKeysRevoked: 1 } });
      const on = await patch(id, okta.setActive(true));
      expect(on.json.active).toBe(true);
      expect((await memberRow(id))!.status).toBe("active");
      expect((await auditFor(id)).filter((e) => e.action === "member.enabled")).toHaveLength(1);
    });

    it("Entra deactivates and reactivates with \"False\" and \"True\" strings and capitalised op names", async () => {
      const { id } = await provisioned("entra.deactivate");
      expect((await patch(id, entra.setActive(false))).json.active).toBe(false);
      expect((await memberRow(id))!.status).toBe("inactive");
      expect((await patch(id, entra.setActive(true))).json.active).toBe(true);
      expect((await memberRow(id))!.status).toBe("active");
    });

    it("a repeated deactivation changes and records nothing more", async () => {
      const { id } = await provisioned("idempotent");
      await patch(id, okta.setActive(false));
      const events = (await auditFor(id)).length;
      expect((await patch(id, okta.setActive(false))).status).toBe(200);
      expect(await auditFor(id)).toHaveLength(events);
    });

    it("PUT replaces the User (Okta): name and title change; unmentioned optional fields are cleared", async () => {
      const { id, email } = await provisioned("okta.put");
      await patch(id, entra.pathlessDottedReplace("Grace", "Ops", "Captain"));
      const reply = await scim("PUT", `/Users/${id}`, { token: org.token, body: okta.putUser(id, email, "ext-put", { givenName: "Ada", familyName: "Lovelace", title: "Engineer" }) });
      expect(reply.status).toBe(200);
      expect(await memberRow(id)).toMatchObject({ name: "Ada Lovelace", jobTitle: "Engineer", department: null, externalId: "ext-put", status: "active" });
      const updated = (await auditFor(id)).filter((e) => e.action === "member.updated");
      expect(updated.at(-1)!.metadata).toMatchObject({ fields: expect.arrayContaining(["name", "jobTitle", "department", "externalId"]) });
    });

    it("Entra's filtered-path replace of the work email and family name", async () => {
      const { id } = await provisioned("entra.email");
      const next = unique("entra.renamed").toLowerCase();
      const reply = await patch(id, entra.updateEmailAndFamilyName(next, "Hopper"));
      expect(reply.status).toBe(200);
      expect(reply.json.userName).toBe(next);
      expect(await memberRow(id)).toMatchObject({ email: next, name: "Test Hopper" });
      const second = unique("entra.added").toLowerCase();
      await patch(id, entra.addWorkEmail(second, "Lead"));
      expect(await memberRow(id)).toMatchObject({ email: second, jobTitle: "Lead" });
    });

    it("path-less replace with dotted keys and the enterprise extension (as a URN-prefixed key and as an object)", async () => {
      const { id } = await provisioned("pathless");
      const reply = await patch(id, entra.pathlessDottedReplace("Grace", "Research", "Rear Admiral"));
      expect(reply.status).toBe(200);
      expect(await memberRow(id)).toMatchObject({ name: "Grace User", department: "Research", jobTitle: "Rear Admiral" });
      await patch(id, entra.pathlessExtensionObject("Navy"));
      expect((await memberRow(id))!.department).toBe("Navy");
    });

    it("refuses changing id or meta (400 mutability); the id's own value is accepted; an email taken by another member is 409", async () => {
      const { id } = await provisioned("readonly");
      const before = await memberRow(id);
      expect((await patch(id, changeId(crypto.randomUUID()))).json).toMatchObject({ status: "400", scimType: "mutability" });
      expect((await patch(id, changeMeta())).json).toMatchObject({ status: "400", scimType: "mutability" });
      expect((await patch(id, changeId(id))).status).toBe(200);
      const put = await scim("PUT", `/Users/${id}`, { token: org.token, body: { ...okta.putUser(crypto.randomUUID(), before!.email, "x", { givenName: "A", familyName: "B" }) } });
      expect(put.json).toMatchObject({ status: "400", scimType: "mutability" });
      const taken = await patch(id, entra.updateEmailAndFamilyName(org.byRole.viewer.member.email, "X"));
      expect(taken.json).toMatchObject({ status: "409", scimType: "uniqueness" });
      expect(await memberRow(id)).toEqual(before);
    });

    it("refuses malformed PATCH bodies and operations that don't apply, changing nothing", async () => {
      const { id } = await provisioned("badpatch");
      const before = await memberRow(id);
      expect((await patch(id, { schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations: [] })).json.scimType).toBe("invalidSyntax");
      expect((await patch(id, { schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations: [{ op: "move", path: "title", value: "x" }] })).json.scimType).toBe("invalidSyntax");
      expect((await patch(id, { schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations: [{ op: "remove" }] })).json.scimType).toBe("noTarget");
      expect((await patch(id, { schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations: [{ op: "replace", path: "active", value: "maybe" }] })).json.scimType).toBe("invalidValue");
      expect((await patch(id, { schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations: [{ op: "replace", path: "__proto__.polluted", value: "x" }] })).json.scimType).toBe("invalidPath");
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      // Attributes Roster doesn't keep are accepted and ignored (Entra sends many).
      expect((await patch(id, { schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations: [{ op: "Add", path: "preferredLanguage", value: "en" }] })).status).toBe(200);
      expect(await memberRow(id)).toEqual(before);
    });

    it("DELETE removes the membership and keeps its history; the same person can be provisioned again", async () => {
      const { id, email } = await provisioned("delete");
      const reply = await scim("DELETE", `/Users/${id}`, { token: org.token });
      expect(reply.status).toBe(204);
      expect(await memberRow(id)).toBeUndefined();
      expect((await scim("GET", `/Users/${id}`, { token: org.token })).status).toBe(404);
      const history = await auditFor(id);
      expect(history.map((e) => e.action)).toEqual(expect.arrayContaining(["member.provisioned", "member.removed"]));
      expect(history.filter((e) => e.action === "member.removed")).toHaveLength(1);
      const again = await create(okta.createUser(email, crypto.randomUUID()));
      expect(again.status).toBe(201);
      expect(again.json.id).not.toBe(id);
    });
  });

  describe("the organization's rules", () => {
    it("refuses creating or activating beyond the seat limit with 403 and a detail that explains", async () => {
      const small = await createScimOrg(t.db, { seatLimit: 7 }); // 6 active members: one free seat
      expect((await create(okta.createUser(unique("seat1"), crypto.randomUUID()), small.token)).status).toBe(201);
      const refused = await create(okta.createUser(unique("seat2"), crypto.randomUUID()), small.token);
      expect(refused.status).toBe(403);
      expect(refused.json).toMatchObject({ schemas: [ERROR], status: "403" });
      expect(refused.json.detail).toMatch(/All seats are in use: 7 of 7/);
      const inactive = await create({ ...okta.createUser(unique("seat3"), crypto.randomUUID()), active: false }, small.token);
      expect(inactive.status).toBe(201);
      expect(inactive.json.active).toBe(false);
      const activate = await scim("PATCH", `/Users/${inactive.json.id}`, { token: small.token, body: okta.setActive(true) });
      expect(activate.status).toBe(403);
      expect((await memberRow(inactive.json.id))!.status).toBe("inactive");
    });

    it("never deactivates or deletes the last active Owner (409); another Owner can be", async () => {
      const solo = await createScimOrg(t.db);
      const owner = solo.byRole.owner.member;
      const off = await scim("PATCH", `/Users/${owner.id}`, { token: solo.token, body: okta.setActive(false) });
      expect(off.status).toBe(409);
      expect(off.json.detail).toMatch(/last active Owner/);
      expect((await scim("DELETE", `/Users/${owner.id}`, { token: solo.token })).status).toBe(409);
      expect((await memberRow(owner.id))!.status).toBe("active");
      const second = await addMember(t.db, solo.organization, { role: "owner", name: "Second Owner" });
      expect((await scim("PATCH", `/Users/${owner.id}`, { token: solo.token, body: okta.setActive(false) })).status).toBe(200);
      expect((await scim("DELETE", `/Users/${second.member.id}`, { token: solo.token })).status).toBe(409);
    });

    it("activating a Pending invitee makes them Active without accepting; a never-joined Inactive member gets an account", async () => {
      const invited = await createMember.run(t.db, org.byRole.admin.identity, org.slug, { name: "Invitee", email: unique("invitee"), department: "Ops", role: "viewer", status: "active" });
      const pendingId = invited.ok ? invited.data.id : "";
      expect((await memberRow(pendingId))!.status).toBe("pending");
      await scim("PATCH", `/Users/${pendingId}`, { token: org.token, body: okta.setActive(true) });
      expect(await memberRow(pendingId)).toMatchObject({ status: "active", userId: expect.any(String) });
      expect((await t.db.select().from(invitations).where(eq(invitations.memberId, pendingId)))[0]!.status).toBe("cancelled");
      const other = await createMember.run(t.db, org.byRole.admin.identity, org.slug, { name: "Still Invited", email: unique("still"), department: "Ops", role: "viewer", status: "active" });
      const otherId = other.ok ? other.data.id : "";
      await scim("PATCH", `/Users/${otherId}`, { token: org.token, body: entra.pathlessDottedReplace("Still", "Ops", "Clerk") });
      expect(await memberRow(otherId)).toMatchObject({ status: "pending", jobTitle: "Clerk" }); // a field change doesn't activate
      const dormant = await createMember.run(t.db, org.byRole.admin.identity, org.slug, { name: "Dormant", email: unique("dormant"), department: "Ops", role: "viewer", status: "inactive" });
      const dormantId = dormant.ok ? dormant.data.id : "";
      expect((await scim("PATCH", `/Users/${dormantId}`, { token: org.token, body: entra.setActive(true) })).json.active).toBe(true);
      expect(await memberRow(dormantId)).toMatchObject({ status: "active", userId: expect.any(String) });
    });

    it("one organization's token never reads or writes another's members", async () => {
      const other = await createScimOrg(t.db);
      const target = other.byRole.developer.member;
      const listed = await scim("GET", `/Users?filter=${encodeURIComponent(`userName eq "${target.email}"`)}`, { token: org.token });
      expect(listed.json.totalResults).toBe(0);
      expect((await scim("PATCH", `/Users/${target.id}`, { token: org.token, body: okta.setActive(false) })).status).toBe(404);
      expect((await scim("PUT", `/Users/${target.id}`, { token: org.token, body: okta.putUser(target.id, target.email, "x", { givenName: "X", familyName: "Y" }) })).status).toBe(404);
      expect((await scim("DELETE", `/Users/${target.id}`, { token: org.token })).status).toBe(404);
      expect(await memberRow(target.id)).toEqual(target);
    });
  });

  describe("request log", () => {
    it("logs authenticated requests with method, path, status, outcome and changes — never the token", async () => {
      const email = unique("logged");
      const created = await create(okta.createUser(email, crypto.randomUUID()));
      await scim("PATCH", `/Users/${created.json.id}`, { token: org.token, body: okta.setActive(false) });
      await scim("GET", `/Users?filter=${encodeURIComponent('userName co "x"')}`, { token: org.token });
      const rows = await t.db.select().from(scimRequests).where(eq(scimRequests.organizationId, org.organization.id));
      const post = rows.find((r) => r.method === "POST" && r.outcome === `created ${email.toLowerCase()}`);
      expect(post).toMatchObject({ path: "/Users", status: 201 });
      const patchRow = rows.find((r) => r.method === "PATCH" && r.path === `/Users/${created.json.id}`);
      expect(patchRow).toMatchObject({ status: 200, changes: { active: { from: true, to: false } } });
      expect(rows.find((r) => r.status === 400 && r.outcome === "invalidFilter")?.path).toBe('/Users?filter=userName co "x"');
      expect(JSON.stringify(rows)).not.toContain(org.token);
      expect(JSON.stringify(rows)).not.toContain("1mz050nq"); // Okta's password field is never kept
    });
  });
});
