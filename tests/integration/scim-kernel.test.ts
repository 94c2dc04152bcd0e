// The SCIM client as a kernel caller: only actions marked `scim: true` accept it, only within its
// permissions, only while its token is usable and SCIM enabled; its synthetic actor is Owner-ranked
// but never a real member, so rank rules let it act on anyone while invariant checks still run.
// And every SCIM write records exactly one audit event per change, with the SCIM client as actor.
import crypto from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, members } from "@/db/schema";
import { scimIdentity } from "@/lib/actions/kernel/request-identity";
import { SCIM_ACTOR_MEMBER_ID, scimActor } from "@/lib/actions/kernel/scim-caller";
import { changeRole } from "@/lib/actions/members/change-role";
import { createMember } from "@/lib/actions/members/create-member";
import { provisionScimUser } from "@/lib/actions/members/provision-scim-user";
import { setMemberStatus } from "@/lib/actions/members/set-member-status";
import { issueScimToken } from "@/lib/actions/scim/issue-scim-token";
import { revokeScimToken } from "@/lib/actions/scim/revoke-scim-token";
import { setScimEnabled } from "@/lib/actions/scim/set-scim-enabled";
import { deleteOrganization } from "@/lib/actions/organizations/delete-organization";
import { whyCannotChangeStatus, whyCannotEdit, whyCannotRemove } from "@/lib/members/rules";
import { entra, okta, replaceMembers } from "../fixtures/scim-requests";
import { scim, useAppDatabase } from "../helpers/scim-client";
import { createScimOrg, type ScimOrg } from "../helpers/scim-org";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

const fields = (email: string) => ({ email, name: "Kernel Person", phone: null, department: null, jobTitle: null, externalId: null, active: true });

describe.each(drivers)("the SCIM client in the kernel (%s)", (driver) => {
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

  const count = async () => Number((await t.db.select({ n: sql<number>`count(*)::int` }).from(members).where(eq(members.organizationId, org.organization.id)))[0]!.n);

  it("the synthetic actor is Owner-ranked, never a real member, and the rank rules let it act on Owners", () => {
    const actor = scimActor(org.organization, { prefix: "scim_abcdefg", createdAt: new Date() });
    expect(actor.id).toBe(SCIM_ACTOR_MEMBER_ID);
    expect(Object.values(org.byRole).some((m) => m.member.id === actor.id)).toBe(false);
    const owner = org.byRole.owner.member;
    expect(whyCannotEdit(actor, owner)).toBeNull();
    expect(whyCannotChangeStatus(actor, owner)).toBeNull();
    expect(whyCannotRemove(actor, owner)).toBeNull();
  });

  it("refuses actions not marked for SCIM (create with invitation, role changes, settings, deleting the organization)", async () => {
    const identity = scimIdentity(org.tokenId);
    const before = await count();
    const refusals = await Promise.all([
      createMember.run(t.db, identity, null, { name: "X", email: `x${crypto.randomUUID().slice(0, 6)}@x.test`, department: "Ops", role: "viewer", status: "active" }),
      changeRole.run(t.db, identity, null, { memberId: org.byRole.viewer.member.id, role: "owner" }),
      setMemberStatus.run(t.db, identity, null, { memberId: org.byRole.viewer.member.id, status: "inactive" }),
      issueScimToken.run(t.db, identity, null, { graceHours: 0 }),
      setScimEnabled.run(t.db, identity, null, { enabled: false }),
      deleteOrganization.run(t.db, identity, null, { confirmSlug: org.slug, code: "000000" }),
    ]);
    for (const result of refusals) expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(await count()).toBe(before);
    expect((await t.db.select().from(members).where(eq(members.id, org.byRole.viewer.member.id)))[0]).toMatchObject({ role: "viewer", status: "active" });
  });

  it("names its organization by its token only: a slug or id of another organization is ignored", async () => {
    const other = await createScimOrg(t.db);
    const email = `only-mine.${crypto.randomUUID().slice(0, 6)}@x.test`;
    const result = await provisionScimUser.run(t.db, scimIdentity(org.tokenId), { id: other.organization.id }, fields(email));
    expect(result.ok).toBe(true);
    const [row] = await t.db.select().from(members).where(eq(members.email, email));
    expect(row!.organizationId).toBe(org.organization.id);
  });

  it("is refused once its token is revoked, or when SCIM is off, without writing", async () => {
    const other = await createScimOrg(t.db);
    const identity = scimIdentity(other.tokenId);
    await setScimEnabled.run(t.db, other.byRole.owner.identity, other.slug, { enabled: false });
    expect(await provisionScimUser.run(t.db, identity, null, fields(`off.${crypto.randomUUID().slice(0, 6)}@x.test`))).toMatchObject({ ok: false, code: "unauthenticated" });
    await setScimEnabled.run(t.db, other.byRole.owner.identity, other.slug, { enabled: true });
    await revokeScimToken.run(t.db, other.byRole.owner.identity, other.slug, { tokenId: other.tokenId });
    expect(await provisionScimUser.run(t.db, identity, null, fields(`revoked.${crypto.randomUUID().slice(0, 6)}@x.test`))).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await provisionScimUser.run(t.db, scimIdentity(crypto.randomUUID()), null, fields("nobody@x.test"))).toMatchObject({ ok: false, code: "unauthenticated" });
  });

  it("each SCIM write records exactly one audit event per change, as the SCIM client", async () => {
    const events = async () => t.db.select().from(auditEvents).where(eq(auditEvents.organizationId, org.organization.id));
    const email = `audited.${crypto.randomUUID().slice(0, 6)}@x.test`;
    let userId = "";
    let groupId = "";
    const writes: [string, () => Promise<unknown>, string][] = [
      ["create user", async () => (userId = (await scim("POST", "/Users", { token: org.token, body: okta.createUser(email, "ext-audit") })).json.id), "member.provisioned"],
      ["deactivate", () => scim("PATCH", `/Users/${userId}`, { token: org.token, body: okta.setActive(false) }), "member.disabled"],
      ["reactivate", () => scim("PATCH", `/Users/${userId}`, { token: org.token, body: entra.setActive(true) }), "member.enabled"],
      ["change a field", () => scim("PATCH", `/Users/${userId}`, { token: org.token, body: entra.pathlessExtensionObject("Audit") }), "member.updated"],
      ["replace", () => scim("PUT", `/Users/${userId}`, { token: org.token, body: okta.putUser(userId, email, "ext-audit", { givenName: "New", familyName: "Name" }) }), "member.updated"],
      ["create group", async () => (groupId = (await scim("POST", "/Groups", { token: org.token, body: okta.createGroup(`Audit ${crypto.randomUUID().slice(0, 6)}`) })).json.id), "team.created"],
      ["rename group", () => scim("PATCH", `/Groups/${groupId}`, { token: org.token, body: entra.renameGroup(`Renamed ${crypto.randomUUID().slice(0, 6)}`) }), "team.updated"],
      ["add member", () => scim("PATCH", `/Groups/${groupId}`, { token: org.token, body: entra.addMember(userId) }), "team.member_added"],
      ["remove member", () => scim("PATCH", `/Groups/${groupId}`, { token: org.token, body: replaceMembers([]) }), "team.member_removed"],
      ["delete group", () => scim("DELETE", `/Groups/${groupId}`, { token: org.token }), "team.deleted"],
      ["delete user", () => scim("DELETE", `/Users/${userId}`, { token: org.token }), "member.removed"],
    ];
    for (const [label, write, action] of writes) {
      const before = new Set((await events()).map((e) => e.id));
      await write();
      const added = (await events()).filter((e) => !before.has(e.id));
      expect(added.map((e) => e.action), label).toEqual([action]);
      expect(added[0], label).toMatchObject({ actorType: "scim", channel: "scim", actorCredentialId: org.tokenId, actorUserId: null });
    }
    // Deactivating and changing a field in one request is one member.updated with both.
    const combined = (await scim("POST", "/Users", { token: org.token, body: okta.createUser(`combined.${crypto.randomUUID().slice(0, 6)}@x.test`, "ext-combined") })).json.id;
    const seen = new Set((await events()).map((e) => e.id));
    await scim("PATCH", `/Users/${combined}`, { token: org.token, body: { schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations: [{ op: "replace", value: { active: false, title: "Gone" } }] } });
    const one = (await events()).filter((e) => !seen.has(e.id));
    expect(one.map((e) => e.action)).toEqual(["member.updated"]);
    expect(one[0]!.metadata).toMatchObject({ changes: { jobTitle: { from: null, to: "Gone" }, status: { from: "active", to: "inactive" } } });
    // A write that changes nothing records nothing.
    const before = (await events()).length;
    await scim("PATCH", `/Users/${org.byRole.viewer.member.id}`, { token: org.token, body: okta.setActive(true) });
    expect(await events()).toHaveLength(before);
  });
});
