// The member write path through its actions: what each one changes, the rules it enforces and
// the audit trail it leaves, on both drivers.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, emailOutbox, invitations, members, teamMembers, teams, users } from "@/db/schema";
import { findActiveMembership } from "@/db/queries/organizations";
import { changeRole } from "@/lib/actions/members/change-role";
import { createMember } from "@/lib/actions/members/create-member";
import { leaveOrganization } from "@/lib/actions/members/leave-organization";
import { removeMember } from "@/lib/actions/members/remove-member";
import { setMemberStatus } from "@/lib/actions/members/set-member-status";
import { updateMember } from "@/lib/actions/members/update-member";
import { LAST_OWNER_MESSAGE } from "@/lib/members/rules";
import { addMember, createOrgFixture, type OrgFixture } from "../helpers/org-fixture";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

const newPerson = (overrides: Record<string, unknown> = {}) => ({
  name: "Grace Hopper",
  email: `Grace.${Math.random().toString(36).slice(2, 8)}@Example.COM `,
  phone: "+1 555 0100",
  department: "Research",
  jobTitle: "Rear Admiral",
  role: "developer",
  status: "active",
  permissions: [],
  teamIds: [],
  ...overrides,
});

describe.each(drivers)("member actions (%s)", (driver) => {
  let t: TestDatabase;
  let org: OrgFixture;

  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t.close();
  });

  async function fresh(seatLimit = 100) {
    org = await createOrgFixture(t.db, { seatLimit });
    return org;
  }
  const as = (role: keyof OrgFixture["byRole"]) => org.byRole[role].identity;
  const memberRow = async (id: string) => (await t.db.select().from(members).where(eq(members.id, id)))[0];
  const auditOf = (targetId: string) => t.db.select().from(auditEvents).where(eq(auditEvents.targetId, targetId));

  async function createTeam(name: string) {
    const [team] = await t.db.insert(teams).values({ organizationId: org.organization.id, name }).returning();
    return team!;
  }

  describe("Create Member", () => {
    it("creates an Active member as Pending with an invitation, an outbox email, teams and an audit event", async () => {
      await fresh();
      const team = await createTeam("Platform");
      const result = await createMember.run(t.db, as("admin"), org.slug, newPerson({ teamIds: [team.id], permissions: ["audit.view"] }));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.data.status).toBe("pending");
      const row = await memberRow(result.data.id);
      expect(row).toMatchObject({ name: "Grace Hopper", role: "developer", status: "pending", userId: null, department: "Research", permissions: ["audit.view"] });
      expect(row!.email).toMatch(/^grace\.[a-z0-9]+@example\.com$/);
      const [invitation] = await t.db.select().from(invitations).where(eq(invitations.memberId, result.data.id));
      expect(invitation).toMatchObject({ status: "pending", role: "developer", email: row!.email, teamIds: [team.id] });
      expect(invitation!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
      const outbox = await t.db.select().from(emailOutbox).where(eq(emailOutbox.to, row!.email));
      expect(outbox).toHaveLength(1);
      expect(outbox[0]!.template).toBe("invitation");
      const teamRows = await t.db.select().from(teamMembers).where(eq(teamMembers.memberId, result.data.id));
      expect(teamRows.map((r) => r.teamId)).toEqual([team.id]);
      expect((await auditOf(result.data.id)).map((e) => e.action)).toEqual(["member.invited"]);
    });

    it("creates an Inactive member without an invitation or a seat", async () => {
      await fresh(6); // the fixture's 6 active members fill every seat
      const result = await createMember.run(t.db, as("owner"), org.slug, newPerson({ status: "inactive" }));
      expect(result).toMatchObject({ ok: true, data: { status: "inactive" } });
      if (!result.ok) return;
      expect(await t.db.select().from(invitations).where(eq(invitations.memberId, result.data.id))).toHaveLength(0);
    });

    it("refuses a second member with the same email, case-insensitively, as a field error", async () => {
      await fresh();
      const first = await createMember.run(t.db, as("admin"), org.slug, newPerson({ email: "dup@example.com" }));
      expect(first.ok).toBe(true);
      const again = await createMember.run(t.db, as("admin"), org.slug, newPerson({ email: " DUP@Example.com" }));
      expect(again).toMatchObject({ ok: false, code: "conflict", fieldErrors: { email: ["This person has already been invited."] } });
      const existing = await createMember.run(t.db, as("admin"), org.slug, newPerson({ email: org.byRole.viewer.member.email }));
      expect(existing).toMatchObject({ ok: false, code: "conflict", fieldErrors: { email: ["This person is already a member."] } });
    });

    it("refuses a team of another organization and writes nothing", async () => {
      await fresh();
      const other = await createOrgFixture(t.db);
      const [foreignTeam] = await t.db.insert(teams).values({ organizationId: other.organization.id, name: "Theirs" }).returning();
      const before = await t.db.select().from(members).where(eq(members.organizationId, org.organization.id));
      const result = await createMember.run(t.db, as("owner"), org.slug, newPerson({ teamIds: [foreignTeam!.id] }));
      expect(result).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { teamIds: ["Unknown team"] } });
      expect(await t.db.select().from(members).where(eq(members.organizationId, org.organization.id))).toHaveLength(before.length);
    });

    it("refuses when every seat is taken, saying how many are used", async () => {
      await fresh(6);
      const result = await createMember.run(t.db, as("owner"), org.slug, newPerson());
      expect(result).toMatchObject({ ok: false, code: "seat_limit" });
      if (!result.ok) expect(result.error).toContain("6 of 6");
    });

    it("lets a Manager invite only below Manager and grant only what they hold", async () => {
      await fresh();
      expect(await createMember.run(t.db, as("manager"), org.slug, newPerson({ role: "manager" }))).toMatchObject({ ok: false, code: "forbidden" });
      expect(await createMember.run(t.db, as("manager"), org.slug, newPerson({ role: "analyst", permissions: ["data.export"] }))).toMatchObject({
        ok: false,
        code: "forbidden",
        error: "You can't grant a permission you don't have.",
      });
      expect(await createMember.run(t.db, as("manager"), org.slug, newPerson({ role: "analyst", permissions: ["audit.view"] }))).toMatchObject({ ok: true });
    });
  });

  describe("Edit Member", () => {
    it("updates every field, replaces teams, and audits the save once with every change before → after", async () => {
      await fresh();
      const [a, b] = [await createTeam("Alpha"), await createTeam("Beta")];
      const target = org.byRole.developer.member;
      await t.db.insert(teamMembers).values({ organizationId: org.organization.id, teamId: a.id, memberId: target.id });
      const result = await updateMember.run(t.db, as("admin"), org.slug, {
        ...newPerson({ email: "renamed@example.com", role: "analyst", department: "Finance", teamIds: [b.id] }),
        memberId: target.id,
        name: "Dev Renamed",
        status: "active",
      });
      expect(result).toMatchObject({ ok: true });
      expect(await memberRow(target.id)).toMatchObject({ name: "Dev Renamed", email: "renamed@example.com", role: "analyst", department: "Finance", jobTitle: "Rear Admiral", phone: "+1 555 0100", status: "active" });
      const teamRows = await t.db.select().from(teamMembers).where(eq(teamMembers.memberId, target.id));
      expect(teamRows.map((r) => r.teamId)).toEqual([b.id]);
      const events = await auditOf(target.id);
      expect(events.map((e) => e.action)).toEqual(["member.updated"]);
      expect(events[0]!.metadata).toMatchObject({
        fields: expect.arrayContaining(["name", "email", "department", "role", "teams"]),
        changes: expect.objectContaining({
          role: { from: "developer", to: "analyst" },
          name: { from: "developer person", to: "Dev Renamed" },
          teams: { from: ["Alpha"], to: ["Beta"] },
        }),
      });
    });

    it("carries a Pending member's new role to the invitation, and a new email to a new invitation", async () => {
      await fresh();
      const created = await createMember.run(t.db, as("owner"), org.slug, newPerson({ email: "pending@example.com" }));
      if (!created.ok) throw new Error(created.error);
      const base = { ...newPerson({ email: "pending@example.com", status: "pending" }), memberId: created.data.id };
      expect(await updateMember.run(t.db, as("owner"), org.slug, { ...base, role: "analyst" })).toMatchObject({ ok: true });
      let rows = await t.db.select().from(invitations).where(eq(invitations.memberId, created.data.id));
      expect(rows.map((r) => [r.status, r.role])).toEqual([["pending", "analyst"]]);

      expect(await updateMember.run(t.db, as("owner"), org.slug, { ...base, role: "analyst", email: "moved@example.com" })).toMatchObject({ ok: true });
      rows = await t.db.select().from(invitations).where(eq(invitations.memberId, created.data.id));
      expect(rows.map((r) => `${r.email}:${r.status}`).sort()).toEqual(["moved@example.com:pending", "pending@example.com:cancelled"]);
    });

    it("can't make a Pending member Active or an Active one Pending", async () => {
      await fresh();
      const target = org.byRole.viewer.member;
      const result = await updateMember.run(t.db, as("owner"), org.slug, { ...newPerson({ email: target.email }), memberId: target.id, status: "pending" });
      expect(result).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { status: expect.any(Array) } });
    });

    it("refuses a Manager disabling through the form (only Owners and Admins disable)", async () => {
      await fresh();
      const target = org.byRole.viewer.member;
      const result = await updateMember.run(t.db, as("manager"), org.slug, {
        ...newPerson({ email: target.email, name: target.name, department: "Engineering", role: "viewer", status: "inactive" }),
        memberId: target.id,
      });
      expect(result).toMatchObject({ ok: false, code: "forbidden" });
      expect(await memberRow(target.id)).toMatchObject({ status: "active", name: target.name });
    });
  });

  describe("roles", () => {
    it("the last active Owner can't be demoted by another Owner once alone, nor leave", async () => {
      await fresh();
      const second = await addMember(t.db, org.organization, { role: "owner", name: "Second Owner" });
      expect(await changeRole.run(t.db, second.identity, org.slug, { memberId: org.byRole.owner.member.id, role: "admin" })).toMatchObject({ ok: true });
      // Second Owner is now the only one: nobody can take that away, including themselves.
      expect(await leaveOrganization.run(t.db, second.identity, org.slug, {})).toMatchObject({ ok: false, error: LAST_OWNER_MESSAGE });
      expect(await changeRole.run(t.db, second.identity, org.slug, { memberId: second.member.id, role: "admin" })).toMatchObject({ ok: false, code: "forbidden" });
      expect(await memberRow(second.member.id)).toMatchObject({ role: "owner", status: "active" });
    });

    it("nobody raises their own role, and an Admin can't promote to Owner or touch an Owner", async () => {
      await fresh();
      const admin = org.byRole.admin;
      expect(await changeRole.run(t.db, admin.identity, org.slug, { memberId: admin.member.id, role: "owner" })).toMatchObject({ ok: false, code: "forbidden" });
      expect(await changeRole.run(t.db, admin.identity, org.slug, { memberId: org.byRole.viewer.member.id, role: "owner" })).toMatchObject({ ok: false, error: "Only an Owner can promote to Owner." });
      expect(await changeRole.run(t.db, admin.identity, org.slug, { memberId: org.byRole.owner.member.id, role: "viewer" })).toMatchObject({ ok: false, error: "Only an Owner can change an Owner." });
      expect(await changeRole.run(t.db, admin.identity, org.slug, { memberId: org.byRole.viewer.member.id, role: "manager" })).toMatchObject({ ok: true });
      expect(await memberRow(org.byRole.viewer.member.id)).toMatchObject({ role: "manager" });
    });
  });

  describe("disable and re-enable", () => {
    it("a disabled member loses access at once and gets it back when re-enabled, which takes a seat", async () => {
      await fresh(6);
      const dev = org.byRole.developer;
      expect(await setMemberStatus.run(t.db, as("admin"), org.slug, { memberId: dev.member.id, status: "inactive" })).toMatchObject({ ok: true });
      expect(await findActiveMembership(t.db, { slug: org.slug, userId: dev.identity.user!.id })).toBeNull();
      expect(await changeRole.run(t.db, dev.identity, org.slug, { memberId: org.byRole.viewer.member.id, role: "analyst" })).toMatchObject({ ok: false, code: "not_found" });

      // The freed seat goes to someone else; re-enabling is then refused.
      expect(await createMember.run(t.db, as("admin"), org.slug, newPerson())).toMatchObject({ ok: true });
      const refused = await setMemberStatus.run(t.db, as("admin"), org.slug, { memberId: dev.member.id, status: "active" });
      expect(refused).toMatchObject({ ok: false, code: "seat_limit" });
      expect(await memberRow(dev.member.id)).toMatchObject({ status: "inactive" });
    });

    it("re-enabling someone who never joined sends a new invitation and makes them Pending", async () => {
      await fresh();
      const created = await createMember.run(t.db, as("owner"), org.slug, newPerson({ status: "inactive", email: "later@example.com" }));
      if (!created.ok) throw new Error(created.error);
      expect(await setMemberStatus.run(t.db, as("owner"), org.slug, { memberId: created.data.id, status: "active" })).toMatchObject({ ok: true, data: { status: "pending" } });
      const rows = await t.db.select().from(invitations).where(eq(invitations.memberId, created.data.id));
      expect(rows.map((r) => r.status)).toEqual(["pending"]);
    });
  });

  describe("remove and leave", () => {
    it("removes the membership and its teams, keeps the user and the audit trail with name and email", async () => {
      await fresh();
      const team = await createTeam("Gamma");
      const dev = org.byRole.developer;
      await t.db.insert(teamMembers).values({ organizationId: org.organization.id, teamId: team.id, memberId: dev.member.id });
      expect(await removeMember.run(t.db, as("admin"), org.slug, { memberId: dev.member.id })).toMatchObject({ ok: true });
      expect(await memberRow(dev.member.id)).toBeUndefined();
      expect(await t.db.select().from(teamMembers).where(eq(teamMembers.teamId, team.id))).toHaveLength(0);
      expect(await t.db.select().from(users).where(eq(users.id, dev.identity.user!.id))).toHaveLength(1);
      const [event] = await t.db.select().from(auditEvents).where(and(eq(auditEvents.targetId, dev.member.id), eq(auditEvents.action, "member.removed")));
      expect(event).toMatchObject({ targetName: dev.member.name, targetEmail: dev.member.email, actorEmail: org.byRole.admin.member.email });
    });

    it("removing a Pending member cancels their invitation", async () => {
      await fresh();
      const created = await createMember.run(t.db, as("owner"), org.slug, newPerson());
      if (!created.ok) throw new Error(created.error);
      expect(await removeMember.run(t.db, as("owner"), org.slug, { memberId: created.data.id })).toMatchObject({ ok: true });
      const [invitation] = await t.db.select().from(invitations).where(eq(invitations.organizationId, org.organization.id));
      expect(invitation).toMatchObject({ status: "cancelled", memberId: null });
    });

    it("nobody removes themselves; anyone but the last Owner can leave", async () => {
      await fresh();
      const admin = org.byRole.admin;
      expect(await removeMember.run(t.db, admin.identity, org.slug, { memberId: admin.member.id })).toMatchObject({
        ok: false,
        error: "You can't remove yourself. Use Leave organization instead.",
      });
      expect(await leaveOrganization.run(t.db, org.byRole.viewer.identity, org.slug, {})).toMatchObject({ ok: true });
      expect(await memberRow(org.byRole.viewer.member.id)).toBeUndefined();
      expect(await leaveOrganization.run(t.db, org.byRole.owner.identity, org.slug, {})).toMatchObject({ ok: false, error: LAST_OWNER_MESSAGE });
    });
  });
});
