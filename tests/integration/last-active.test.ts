// "Last active" is written at most once a minute per member, never on every request: requests
// inside the minute send nothing, parallel requests write once, and the next minute writes again
// — on both drivers.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { members, type Member } from "@/db/schema";
import { LAST_ACTIVE_INTERVAL_MS, recordMemberActivity } from "@/lib/members/last-active";
import { createOrgFixture } from "../helpers/org-fixture";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

describe.each(drivers)("last active (%s)", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
  });

  const reread = async (id: string): Promise<Member> => (await t.db.select().from(members).where(eq(members.id, id)))[0]!;
  const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

  it("writes the first request, then nothing for a minute, then the next request after it", async () => {
    const org = await createOrgFixture(t.db, { base: "active" });
    const start = new Date(Date.UTC(2026, 2, 1, 9, 0, 0));
    await t.db.update(members).set({ lastActiveAt: null }).where(eq(members.id, org.byRole.developer.member.id));
    let member = await reread(org.byRole.developer.member.id);

    expect(await recordMemberActivity(t.db, member, start)).toBe("written");
    member = await reread(member.id);
    expect(member.lastActiveAt).toEqual(start);

    // Every request within the minute: the row the request read is recent, so nothing is sent.
    for (const ms of [1_000, 30_000, LAST_ACTIVE_INTERVAL_MS - 1]) {
      expect(await recordMemberActivity(t.db, member, at(start, ms))).toBe("skipped");
    }
    expect((await reread(member.id)).lastActiveAt).toEqual(start);

    const later = at(start, LAST_ACTIVE_INTERVAL_MS + 1);
    expect(await recordMemberActivity(t.db, member, later)).toBe("written");
    expect((await reread(member.id)).lastActiveAt).toEqual(later);
  });

  it("parallel requests that read the same old value write once", async () => {
    const org = await createOrgFixture(t.db, { base: "active" });
    const stale = { ...org.byRole.analyst.member, lastActiveAt: new Date(Date.UTC(2026, 0, 1)) };
    await t.db.update(members).set({ lastActiveAt: stale.lastActiveAt }).where(eq(members.id, stale.id));
    const now = new Date(Date.UTC(2026, 2, 1, 9, 0, 0));
    const outcomes = await Promise.all(Array.from({ length: 8 }, (_, i) => recordMemberActivity(t.db, stale, at(now, i))));
    expect(outcomes.filter((o) => o === "written")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "raced")).toHaveLength(7);
  });

  it("touches only that member of that organization", async () => {
    const org = await createOrgFixture(t.db, { base: "active" });
    const other = await createOrgFixture(t.db, { base: "active" });
    const before = await t.db.select({ id: members.id, lastActiveAt: members.lastActiveAt }).from(members).where(eq(members.organizationId, other.organization.id));
    await t.db.update(members).set({ lastActiveAt: null }).where(eq(members.id, org.byRole.viewer.member.id));
    expect(await recordMemberActivity(t.db, { ...org.byRole.viewer.member, lastActiveAt: null }, new Date())).toBe("written");
    expect(await t.db.select({ id: members.id, lastActiveAt: members.lastActiveAt }).from(members).where(eq(members.organizationId, other.organization.id))).toEqual(before);
    // A member id named with the wrong organization writes nothing.
    expect(await recordMemberActivity(t.db, { id: org.byRole.admin.member.id, organizationId: other.organization.id, lastActiveAt: null }, new Date())).toBe("raced");
  });
});
