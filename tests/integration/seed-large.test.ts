// The large seed: grows an organization to exactly N members in batches, with users, invitations
// and team memberships, raises the seat limit to fit, and adds nothing when already there.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { invitations, members, organizations, teamMembers } from "@/db/schema";
import { refreshStatistics, seedLarge } from "@/db/seed/large";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

async function countMembers(db: Database, organizationId: string, status?: ("active" | "inactive" | "pending")[]) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(members)
    .where(and(eq(members.organizationId, organizationId), status ? inArray(members.status, status) : undefined));
  return Number(row?.n);
}

describe.each(drivers)("the large seed on %s", (driver) => {
  let database: TestDatabase;
  let db: Database;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    db = database.db;
  });
  afterAll(() => database?.close());

  it("grows acme (seeding the demo first) to exactly N members and raises its seat limit", async () => {
    const progress: number[] = [];
    const result = await seedLarge(db, {
      slug: "acme",
      members: 2_000,
      batchSize: 500,
      concurrency: driver === "postgres" ? 2 : 1,
      onProgress: ({ inserted }) => progress.push(inserted),
    });
    expect(result).toMatchObject({ createdOrganization: true, after: 2_000, seatLimit: 2_000 });
    expect(result.before).toBeGreaterThan(0); // the demo's members
    expect(result.inserted).toBe(2_000 - result.before);
    expect(progress.length).toBeGreaterThanOrEqual(4);
    expect(await countMembers(db, result.organizationId)).toBe(2_000);
    const [org] = await db.select().from(organizations).where(eq(organizations.id, result.organizationId));
    expect(org!.seatLimit).toBe(2_000);
    expect(await countMembers(db, result.organizationId, ["active", "pending"])).toBeLessThanOrEqual(org!.seatLimit);
    await refreshStatistics(db, { vacuum: true });
  });

  it("writes realistic rows: users for joined people, invitations for pending ones, some teams", async () => {
    const [org] = await db.select().from(organizations).where(eq(organizations.slug, "acme"));
    const id = org!.id;
    const active = await countMembers(db, id, ["active"]);
    const inactive = await countMembers(db, id, ["inactive"]);
    const pending = await countMembers(db, id, ["pending"]);
    expect(active / 2_000).toBeGreaterThan(0.7);
    expect(inactive).toBeGreaterThan(50);
    expect(pending).toBeGreaterThan(50);
    const [withoutUser] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(members)
      .where(and(eq(members.organizationId, id), isNull(members.userId), inArray(members.status, ["active", "inactive"])));
    expect(Number(withoutUser?.n)).toBe(0);
    const [pendingInvites] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(invitations)
      .innerJoin(members, eq(members.id, invitations.memberId))
      .where(and(eq(invitations.organizationId, id), eq(invitations.status, "pending"), eq(members.status, "pending")));
    expect(Number(pendingInvites?.n)).toBe(pending);
    const [inTeams] = await db
      .select({ n: sql<number>`count(distinct ${teamMembers.memberId})::int` })
      .from(teamMembers)
      .where(eq(teamMembers.organizationId, id));
    expect(Number(inTeams?.n)).toBeGreaterThan(600);
    expect(Number(inTeams?.n)).toBeLessThan(active + inactive);
  });

  it("adds nothing when the organization already has N members, and only the difference to grow it", async () => {
    const again = await seedLarge(db, { slug: "acme", members: 2_000 });
    expect(again).toMatchObject({ before: 2_000, inserted: 0, after: 2_000 });
    const grown = await seedLarge(db, { slug: "acme", members: 2_300, batchSize: 200 });
    expect(grown).toMatchObject({ before: 2_000, inserted: 300, after: 2_300, seatLimit: 2_300 });
    expect(await countMembers(db, grown.organizationId)).toBe(2_300);
  });

  it("creates a missing organization that is not a demo one", async () => {
    const result = await seedLarge(db, { slug: "big-co", members: 300 });
    expect(result).toMatchObject({ createdOrganization: true, before: 0, after: 300 });
    const [org] = await db.select().from(organizations).where(eq(organizations.slug, "big-co"));
    expect(org).toMatchObject({ name: "Big Co", seatLimit: 300 });
    expect(await countMembers(db, org!.id)).toBe(300);
  });
});
