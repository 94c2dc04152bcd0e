// Bad input and foreign ids: every member action answers a wrong type, a missing field, a 10 kB
// string, a malformed email, an unknown role or another organization's id with a clear refusal
// (field-level where it is about a field) — never an exception, never a partial write.
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditEvents, invitations, members, teamMembers } from "@/db/schema";
import type { OrgAction } from "@/lib/actions/kernel/define-org-action";
import { changeRole } from "@/lib/actions/members/change-role";
import { createMember } from "@/lib/actions/members/create-member";
import { leaveOrganization } from "@/lib/actions/members/leave-organization";
import { removeMember } from "@/lib/actions/members/remove-member";
import { setMemberStatus } from "@/lib/actions/members/set-member-status";
import { updateMember } from "@/lib/actions/members/update-member";
import { createOrgFixture, type OrgFixture } from "../helpers/org-fixture";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

const HUGE = "x".repeat(10_000);
const valid = { name: "Valid Name", email: "valid@example.com", department: "Ops", role: "viewer", status: "active" };

type Action = OrgAction<never, unknown>;
const ACTIONS: Record<string, Action> = {
  createMember: createMember as never,
  updateMember: updateMember as never,
  changeRole: changeRole as never,
  setMemberStatus: setMemberStatus as never,
  removeMember: removeMember as never,
};

/** [description, input builder, the field that must carry the error] */
type BadInput = [string, (memberId: string) => unknown, string];
const BAD_INPUTS: Record<keyof typeof ACTIONS, BadInput[]> = {
  createMember: [
    ["no input at all", () => undefined, "_form"],
    ["a string instead of an object", () => "name=x", "_form"],
    ["a missing name", () => ({ ...valid, name: undefined }), "name"],
    ["a 10 kB name", () => ({ ...valid, name: HUGE }), "name"],
    ["a malformed email", () => ({ ...valid, email: "not-an-email" }), "email"],
    ["a 10 kB email", () => ({ ...valid, email: `${HUGE}@example.com` }), "email"],
    ["a number as email", () => ({ ...valid, email: 42 }), "email"],
    ["an unknown role", () => ({ ...valid, role: "superuser" }), "role"],
    ["the status Pending", () => ({ ...valid, status: "pending" }), "status"],
    ["an empty department", () => ({ ...valid, department: "  " }), "department"],
    ["an unknown permission", () => ({ ...valid, permissions: ["root"] }), "permissions.0"],
    ["a team id that is not a uuid", () => ({ ...valid, teamIds: ["1 OR 1=1"] }), "teamIds.0"],
    ["a phone number with letters", () => ({ ...valid, phone: "call me" }), "phone"],
  ],
  updateMember: [
    ["no member id", () => ({ ...valid }), "memberId"],
    ["a member id that is not a uuid", () => ({ ...valid, memberId: "../../etc" }), "memberId"],
    ["a 10 kB job title", (id) => ({ ...valid, memberId: id, jobTitle: HUGE }), "jobTitle"],
    ["an unknown role", (id) => ({ ...valid, memberId: id, role: "god" }), "role"],
    ["an array as name", (id) => ({ ...valid, memberId: id, name: ["a"] }), "name"],
  ],
  changeRole: [
    ["an unknown role", (id) => ({ memberId: id, role: "root" }), "role"],
    ["a missing role", (id) => ({ memberId: id }), "role"],
    ["a number as member id", () => ({ memberId: 7, role: "viewer" }), "memberId"],
  ],
  setMemberStatus: [
    ["the status Pending", (id) => ({ memberId: id, status: "pending" }), "status"],
    ["a boolean status", (id) => ({ memberId: id, status: true }), "status"],
  ],
  removeMember: [
    ["an empty object", () => ({}), "memberId"],
    ["a 10 kB member id", () => ({ memberId: HUGE }), "memberId"],
  ],
};

describe.each(drivers)("member actions with bad input and foreign ids (%s)", (driver) => {
  let t: TestDatabase;
  let acme: OrgFixture;
  let globex: OrgFixture;

  beforeAll(async () => {
    t = await createTestDatabase(driver);
    acme = await createOrgFixture(t.db, { base: "acme" });
    globex = await createOrgFixture(t.db, { base: "globex" });
  });
  afterAll(async () => {
    await t.close();
  });

  async function snapshot(db: Database) {
    return JSON.stringify({
      members: await db.select().from(members).orderBy(asc(members.id)),
      teamMembers: await db.select().from(teamMembers).orderBy(asc(teamMembers.memberId)),
      invitations: await db.select().from(invitations).orderBy(asc(invitations.id)),
      audit: (await db.select().from(auditEvents)).length,
    });
  }

  for (const [name, cases] of Object.entries(BAD_INPUTS)) {
    it.each(cases)(`${name} refuses %s with a field error and writes nothing`, async (_description, build, field) => {
      const before = await snapshot(t.db);
      const result = await ACTIONS[name]!.run(t.db, acme.byRole.owner.identity, acme.slug, build(acme.byRole.viewer.member.id) as never);
      expect(result).toMatchObject({ ok: false, code: "invalid_input" });
      if (!result.ok) expect(Object.keys(result.fieldErrors ?? {})).toContain(field);
      expect(await snapshot(t.db)).toBe(before);
    });
  }

  it.each(["updateMember", "changeRole", "setMemberStatus", "removeMember"])(
    "%s with a member id from another organization is not found and changes nothing in either",
    async (name) => {
      const foreign = globex.byRole.viewer.member;
      const input = { ...valid, email: foreign.email, memberId: foreign.id, role: "analyst", status: "inactive" };
      const before = await snapshot(t.db);
      const result = await ACTIONS[name]!.run(t.db, acme.byRole.owner.identity, acme.slug, input as never);
      expect(result).toEqual({ ok: false, code: "not_found", error: "Member not found." });
      expect(await snapshot(t.db)).toBe(before);
    },
  );

  it("an Owner of one organization can't act in another by naming its slug", async () => {
    const before = await snapshot(t.db);
    const result = await removeMember.run(t.db, acme.byRole.owner.identity, globex.slug, { memberId: globex.byRole.viewer.member.id });
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect(await snapshot(t.db)).toBe(before);
  });

  it("an unknown or oversized slug is not found", async () => {
    expect(await leaveOrganization.run(t.db, acme.byRole.viewer.identity, "no-such-org", {})).toMatchObject({ ok: false, code: "not_found" });
    expect(await leaveOrganization.run(t.db, acme.byRole.viewer.identity, HUGE, {})).toMatchObject({ ok: false, code: "not_found" });
  });

  it("leave takes no input beyond the organization", async () => {
    const result = await leaveOrganization.run(t.db, acme.byRole.viewer.identity, acme.slug, { memberId: acme.byRole.owner.member.id });
    expect(result).toMatchObject({ ok: false, code: "invalid_input" });
    expect((await t.db.select().from(members).where(eq(members.id, acme.byRole.viewer.member.id))).length).toBe(1);
  });
});
