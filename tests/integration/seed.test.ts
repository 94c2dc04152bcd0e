// The demo seed: one member per role in Acme Inc, realistic generated people, pending invitations,
// Globex where owner@acme.test is a Developer — and a second run changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { auditEvents, invitations, members, organizations, teamMembers, teams, users } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { hashInvitationToken } from "@/lib/invitations/tokens";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

const DAY_MS = 24 * 60 * 60 * 1000;

async function orgBySlug(db: Database, slug: string) {
  const [org] = await db.select().from(organizations).where(eq(organizations.slug, slug));
  if (!org) throw new Error(`no organization ${slug}`);
  return org;
}

async function rowCounts(db: Database): Promise<Record<string, number>> {
  const tables = { organizations, users, members, teams, teamMembers, invitations, auditEvents };
  const entries = await Promise.all(
    Object.entries(tables).map(async ([name, table]) => {
      const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(table);
      return [name, Number(row?.n)] as const;
    }),
  );
  return Object.fromEntries(entries);
}

describe.each(drivers)("the demo seed on %s", (driver) => {
  let database: TestDatabase;
  let db: Database;
  let firstRun: { created: boolean };

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    db = database.db;
    firstRun = await seedDemo(db);
  });
  afterAll(() => database?.close());

  it("creates Acme Inc with its settings", async () => {
    expect(firstRun).toEqual({ created: true });
    const acme = await orgBySlug(db, "acme");
    expect(acme).toMatchObject({ name: "Acme Inc", plan: "team", seatLimit: 100, defaultRole: "developer", invitationExpiryDays: 7 });
  });

  it("gives Acme one active, verified member for each role", async () => {
    const acme = await orgBySlug(db, "acme");
    const expected = {
      "owner@acme.test": "owner",
      "admin@acme.test": "admin",
      "manager@acme.test": "manager",
      "dev@acme.test": "developer",
      "analyst@acme.test": "analyst",
      "viewer@acme.test": "viewer",
    } as const;
    for (const [email, role] of Object.entries(expected)) {
      const [row] = await db
        .select({ member: members, user: users })
        .from(members)
        .innerJoin(users, eq(users.id, members.userId))
        .where(and(eq(members.organizationId, acme.id), eq(members.email, email)));
      expect(row, email).toBeDefined();
      expect(row!.member).toMatchObject({ role, status: "active" });
      expect(row!.member.name).toMatch(/^\S+ \S+$/);
      expect(row!.member.department).toBeTruthy();
      expect(row!.member.jobTitle).toBeTruthy();
      expect(row!.user.emailVerified).toBeInstanceOf(Date);
    }
  });

  it("adds about sixty generated people across statuses, departments and roles", async () => {
    const acme = await orgBySlug(db, "acme");
    const rows = await db.select().from(members).where(eq(members.organizationId, acme.id));
    expect(rows.length).toBeGreaterThanOrEqual(60);
    const byStatus = (status: string) => rows.filter((row) => row.status === status).length;
    expect(byStatus("active")).toBeGreaterThan(rows.length / 2);
    expect(byStatus("inactive")).toBeGreaterThan(0);
    expect(byStatus("pending")).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.department))).toEqual(
      new Set(["Engineering", "Data Science", "Sales", "Support", "Marketing", "Finance", "Design", "Operations"]),
    );
    expect(new Set(rows.map((row) => row.role))).toEqual(new Set(["owner", "admin", "manager", "developer", "analyst", "viewer"]));
    const now = Date.now();
    const joinedWithin = (days: number) => rows.filter((row) => row.joinedAt && now - row.joinedAt.getTime() < days * DAY_MS).length;
    expect(joinedWithin(7)).toBeGreaterThan(0);
    expect(joinedWithin(30)).toBeGreaterThan(joinedWithin(7));
    expect(joinedWithin(90)).toBeGreaterThan(joinedWithin(30));
    expect(rows.every((row) => !row.joinedAt || now - row.joinedAt.getTime() < 760 * DAY_MS)).toBe(true);
    const joined = rows.filter((row) => row.status !== "pending");
    expect(joined.some((row) => row.lastActiveAt === null)).toBe(true);
    expect(joined.some((row) => row.lastActiveAt && now - row.lastActiveAt.getTime() > 30 * DAY_MS)).toBe(true);
    expect(joined.every((row) => row.userId !== null)).toBe(true);
    expect(rows.every((row) => row.email === row.email.trim().toLowerCase())).toBe(true);
  });

  it("gives every pending member no user and a matching pending invitation holding only a token hash", async () => {
    const acme = await orgBySlug(db, "acme");
    const pending = await db
      .select({ member: members, invitation: invitations })
      .from(members)
      .leftJoin(invitations, eq(invitations.memberId, members.id))
      .where(and(eq(members.organizationId, acme.id), eq(members.status, "pending")));
    expect(pending.length).toBeGreaterThan(0);
    for (const { member, invitation } of pending) {
      expect(member).toMatchObject({ userId: null, joinedAt: null, lastActiveAt: null });
      expect(invitation).not.toBeNull();
      expect(invitation).toMatchObject({
        organizationId: acme.id,
        email: member.email,
        status: "pending",
        role: member.role,
        department: member.department,
        jobTitle: member.jobTitle,
      });
      expect(invitation!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
      expect(invitation!.expiresAt.getTime() - invitation!.createdAt.getTime()).toBe(7 * DAY_MS);
      expect(invitation!.expiresAt.getTime()).toBeGreaterThan(Date.now());
    }
    expect(hashInvitationToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("creates teams with descriptions, maintainers and members of the same organization only", async () => {
    const acme = await orgBySlug(db, "acme");
    const acmeTeams = await db.select().from(teams).where(eq(teams.organizationId, acme.id));
    expect(acmeTeams.map((team) => team.name)).toEqual(expect.arrayContaining(["Engineering", "Backend", "Frontend", "Leadership"]));
    expect(acmeTeams.every((team) => team.description)).toBe(true);
    const memberships = await db
      .select({ role: teamMembers.role, teamOrg: teams.organizationId, memberOrg: members.organizationId, rowOrg: teamMembers.organizationId })
      .from(teamMembers)
      .innerJoin(teams, eq(teams.id, teamMembers.teamId))
      .innerJoin(members, eq(members.id, teamMembers.memberId));
    expect(memberships.length).toBeGreaterThan(20);
    expect(memberships.every((m) => m.teamOrg === m.memberOrg && m.rowOrg === m.teamOrg)).toBe(true);
    expect(memberships.some((m) => m.role === "maintainer")).toBe(true);
    const [events] = await db.select({ n: sql<number>`count(*)::int` }).from(auditEvents).where(eq(auditEvents.organizationId, acme.id));
    expect(Number(events?.n)).toBeGreaterThan(0);
  });

  it("creates Globex, where owner@acme.test is a Developer under its own Owner", async () => {
    const globex = await orgBySlug(db, "globex");
    expect(globex).toMatchObject({ name: "Globex", plan: "business", seatLimit: 50 });
    const rows = await db.select().from(members).where(eq(members.organizationId, globex.id));
    expect(rows.find((row) => row.email === "owner@acme.test")).toMatchObject({ role: "developer", status: "active" });
    expect(rows.find((row) => row.email === "owner@globex.test")).toMatchObject({ role: "owner", status: "active" });
    expect(rows.length).toBeGreaterThanOrEqual(10);
    const [acmeOwner] = await db.select({ userId: members.userId }).from(members).where(eq(members.email, "owner@acme.test"));
    const sameUser = rows.find((row) => row.email === "owner@acme.test");
    expect(sameUser?.userId).toBe(acmeOwner?.userId);
    const globexTeams = await db.select().from(teams).where(eq(teams.organizationId, globex.id));
    expect(globexTeams).toHaveLength(2);
  });

  it("keeps every organization within its seats and with an active Owner", async () => {
    const orgs = await db.select().from(organizations);
    for (const org of orgs) {
      const rows = await db.select().from(members).where(eq(members.organizationId, org.id));
      const seats = rows.filter((row) => row.status === "active" || row.status === "pending").length;
      expect(seats, org.slug).toBeLessThanOrEqual(org.seatLimit);
      expect(rows.some((row) => row.role === "owner" && row.status === "active"), org.slug).toBe(true);
    }
  });

  it("changes nothing when run again, even twice at once", async () => {
    const before = await rowCounts(db);
    expect(await seedDemo(db)).toEqual({ created: false });
    const again = await Promise.all([seedDemo(db), seedDemo(db)]);
    expect(again).toEqual([{ created: false }, { created: false }]);
    expect(await rowCounts(db)).toEqual(before);
  });
});

describe.each(drivers)("the demo seed on an empty %s database, started twice at once", (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
  });
  afterAll(() => database?.close());

  it("creates the demo exactly once", async () => {
    const results = await Promise.all([seedDemo(database.db), seedDemo(database.db)]);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    const [row] = await database.db.select({ n: sql<number>`count(*)::int` }).from(organizations).where(eq(organizations.slug, "acme"));
    expect(Number(row?.n)).toBe(1);
  });
});
