// member_counts follows every change to members in the same statement — inserts, bulk updates,
// updates that change no count, deletes, an organization's deletion — and always equals a count
// over members; the summary and the role/status totals read it.
import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countMatching, getMemberCounts, getMemberSummary } from "@/db/queries/member-counts";
import { listMembers } from "@/db/queries/member-list";
import { memberCounts, members, organizations } from "@/db/schema";
import { createOrgFixture } from "../helpers/org-fixture";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

describe.each(drivers)("member counts (%s)", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t.close();
  });

  /** The counters and a real count, as "role/status" → count (zero buckets left out). */
  async function bothCounts(organizationId: string) {
    const kept = await t.db.select().from(memberCounts).where(eq(memberCounts.organizationId, organizationId));
    const real = await t.db
      .select({ role: members.role, status: members.status, count: sql<number>`count(*)::int` })
      .from(members)
      .where(eq(members.organizationId, organizationId))
      .groupBy(members.role, members.status);
    const asMap = (rows: { role: string; status: string; count: number }[]) =>
      Object.fromEntries(rows.filter((row) => row.count !== 0).map((row) => [`${row.role}/${row.status}`, Number(row.count)]));
    return { kept: asMap(kept), real: asMap(real) };
  }

  it("equal a count over members after inserts, bulk updates, other updates and deletes", async () => {
    const org = await createOrgFixture(t.db, { base: "counts" });
    const organizationId = org.organization.id;
    let counts = await bothCounts(organizationId);
    expect(counts.kept).toEqual(counts.real);
    expect(Object.keys(counts.kept).length).toBeGreaterThan(0);

    // A multi-row insert.
    const invited = await t.db
      .insert(members)
      .values(
        Array.from({ length: 30 }, (_, i) => ({
          organizationId,
          email: `bulk-${i}@counts.test`,
          name: `Bulk ${i}`,
          role: i % 2 ? ("developer" as const) : ("viewer" as const),
          status: "pending" as const,
        })),
      )
      .returning({ id: members.id });
    counts = await bothCounts(organizationId);
    expect(counts.kept).toEqual(counts.real);

    // One statement moving rows between buckets, one that changes no count, one that moves some back.
    const ids = invited.map((row) => row.id);
    await t.db.update(members).set({ status: "active", role: "analyst" }).where(inArray(members.id, ids.slice(0, 20)));
    await t.db.update(members).set({ lastActiveAt: new Date(), department: "Sales" }).where(eq(members.organizationId, organizationId));
    await t.db.update(members).set({ status: "inactive" }).where(inArray(members.id, ids.slice(10, 25)));
    counts = await bothCounts(organizationId);
    expect(counts.kept).toEqual(counts.real);

    // Deletes, and a change rolled back with its transaction.
    await t.db.delete(members).where(inArray(members.id, ids.slice(5, 15)));
    await t.db
      .transaction(async (tx) => {
        await tx.update(members).set({ role: "admin" }).where(eq(members.organizationId, organizationId));
        throw new Error("roll back");
      })
      .catch(() => undefined);
    counts = await bothCounts(organizationId);
    expect(counts.kept).toEqual(counts.real);

    // What the page reads.
    const summary = await getMemberSummary(t.db, { organizationId });
    const [real] = await t.db
      .select({
        total: sql<number>`count(*)::int`,
        active: sql<number>`(count(*) filter (where ${members.status} = 'active'))::int`,
        inactive: sql<number>`(count(*) filter (where ${members.status} = 'inactive'))::int`,
        pending: sql<number>`(count(*) filter (where ${members.status} = 'pending'))::int`,
      })
      .from(members)
      .where(eq(members.organizationId, organizationId));
    expect(summary).toEqual(real);
    const [developersActive] = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(members)
      .where(and(eq(members.organizationId, organizationId), inArray(members.role, ["developer", "analyst"]), eq(members.status, "active")));
    expect(countMatching(await getMemberCounts(t.db, { organizationId }), { roles: ["developer", "analyst"], statuses: ["active"] })).toBe(developersActive!.n);
    const listed = await listMembers(t.db, { organizationId, role: ["developer", "analyst"], status: ["active"], pageSize: 100 });
    expect(listed.total).toBe(developersActive!.n);
    expect(listed.rows).toHaveLength(developersActive!.n);
  });

  it("an organization's deletion takes its counters with it and leaves other organizations' alone", async () => {
    const doomed = await createOrgFixture(t.db, { base: "counts-doomed" });
    const kept = await createOrgFixture(t.db, { base: "counts-kept" });
    const before = await bothCounts(kept.organization.id);
    await t.db.delete(organizations).where(eq(organizations.id, doomed.organization.id));
    expect(await t.db.select().from(memberCounts).where(eq(memberCounts.organizationId, doomed.organization.id))).toEqual([]);
    expect(await bothCounts(kept.organization.id)).toEqual(before);
  });
});
