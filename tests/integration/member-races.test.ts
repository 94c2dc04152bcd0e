// Invariants under truly concurrent requests on real PostgreSQL: separate connections, each action
// in its own transaction, started together. (PGlite runs one transaction at a time, so these
// only mean something on a server.)
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invitations, members } from "@/db/schema";
import { runBulkAction } from "@/lib/actions/bulk/apply-bulk-action";
import { changeRole } from "@/lib/actions/members/change-role";
import { createMember } from "@/lib/actions/members/create-member";
import { leaveOrganization } from "@/lib/actions/members/leave-organization";
import { removeMember } from "@/lib/actions/members/remove-member";
import { setMemberStatus } from "@/lib/actions/members/set-member-status";
import { addMember, createOrgFixture } from "../helpers/org-fixture";
import { createTestDatabase, postgresUrl, type TestDatabase } from "../helpers/test-db";

describe.skipIf(!postgresUrl)("member invariants under concurrency (postgres)", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase("postgres");
  });
  afterAll(async () => {
    await t.close();
  });

  const activeOwners = async (organizationId: string) =>
    t.db
      .select()
      .from(members)
      .where(and(eq(members.organizationId, organizationId), eq(members.role, "owner"), eq(members.status, "active")));

  it("two Owners demoting each other at the same moment leave exactly one Owner", async () => {
    for (let round = 0; round < 5; round++) {
      const org = await createOrgFixture(t.db, { base: "race-owners" });
      const a = org.byRole.owner;
      const b = await addMember(t.db, org.organization, { role: "owner", name: "Other Owner" });
      const results = await Promise.all([
        changeRole.run(t.db, a.identity, org.slug, { memberId: b.member.id, role: "admin" }),
        changeRole.run(t.db, b.identity, org.slug, { memberId: a.member.id, role: "admin" }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(await activeOwners(org.organization.id)).toHaveLength(1);
    }
  });

  it("a bulk role change and a single demotion at the same moment never leave the organization without an Owner", async () => {
    for (let round = 0; round < 5; round++) {
      const org = await createOrgFixture(t.db, { base: "race-bulk-owners" });
      const a = org.byRole.owner;
      const b = await addMember(t.db, org.organization, { role: "owner", name: "Other Owner" });
      const others = await Promise.all([1, 2, 3].map((i) => addMember(t.db, org.organization, { role: "developer", name: `Dev ${i}` })));
      // A demotes B (and three developers) in bulk while B demotes A on the role badge.
      const [bulk, single] = await Promise.all([
        runBulkAction(t.db, a.identity, org.slug, { selection: { kind: "ids", ids: [b.member.id, ...others.map((o) => o.member.id)] }, operation: { type: "change_role", role: "admin" } }),
        changeRole.run(t.db, b.identity, org.slug, { memberId: a.member.id, role: "admin" }),
      ]);
      expect(await activeOwners(org.organization.id)).toHaveLength(1);
      // Whoever went first won: either B is demoted with the others, or A lost the right to demote B.
      const bDemoted = bulk.ok && bulk.data.changed === 4;
      expect(single.ok !== bDemoted).toBe(true);
    }
  });

  it("two Owners removing, disabling or leaving at once never leave the organization without an Owner", async () => {
    for (let round = 0; round < 5; round++) {
      const org = await createOrgFixture(t.db, { base: "race-owners-2" });
      const a = org.byRole.owner;
      const b = await addMember(t.db, org.organization, { role: "owner", name: "Other Owner" });
      await Promise.all([
        removeMember.run(t.db, a.identity, org.slug, { memberId: b.member.id }),
        setMemberStatus.run(t.db, b.identity, org.slug, { memberId: a.member.id, status: "inactive" }),
        leaveOrganization.run(t.db, a.identity, org.slug, {}),
        leaveOrganization.run(t.db, b.identity, org.slug, {}),
      ]);
      expect((await activeOwners(org.organization.id)).length).toBeGreaterThanOrEqual(1);
    }
  });

  it("20 concurrent creates against 3 free seats create exactly 3", async () => {
    const org = await createOrgFixture(t.db, { base: "race-seats", seatLimit: 9 }); // 6 active: 3 free
    const emails = Array.from({ length: 20 }, (_, i) => `racer${i}@example.com`);
    const results = await Promise.all(
      emails.map((email) =>
        createMember.run(t.db, org.byRole.admin.identity, org.slug, { name: "Racer", email, department: "Ops", role: "viewer", status: "active" }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.code === "seat_limit")).toBe(true);
    const created = await t.db.select().from(members).where(and(eq(members.organizationId, org.organization.id), inArray(members.email, emails)));
    expect(created).toHaveLength(3);
    const pending = await t.db.select().from(invitations).where(eq(invitations.organizationId, org.organization.id));
    expect(pending).toHaveLength(3);
  });

  it("re-enabling members concurrently never takes more seats than are free", async () => {
    const org = await createOrgFixture(t.db, { base: "race-enable", seatLimit: 7 });
    const disabled = await Promise.all(
      Array.from({ length: 5 }, (_, i) => addMember(t.db, org.organization, { role: "viewer", status: "inactive", name: `Sleeper ${i}` })),
    );
    const results = await Promise.all(
      disabled.map((d) => setMemberStatus.run(t.db, org.byRole.owner.identity, org.slug, { memberId: d.member.id, status: "active" })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const active = await t.db.select().from(members).where(and(eq(members.organizationId, org.organization.id), eq(members.status, "active")));
    expect(active).toHaveLength(7);
  });

  it("the same email created twice at once makes one member and one clear conflict", async () => {
    const org = await createOrgFixture(t.db, { base: "race-email" });
    const input = { name: "Twin", email: "twin@example.com", department: "Ops", role: "viewer", status: "active" };
    const results = await Promise.all([
      createMember.run(t.db, org.byRole.owner.identity, org.slug, input),
      createMember.run(t.db, org.byRole.admin.identity, org.slug, input),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "conflict" });
  });
});
