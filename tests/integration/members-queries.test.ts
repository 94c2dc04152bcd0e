// The members dashboard's read queries: search, filters, sorts, pagination, summary and detail,
// always scoped to one organization, on PGlite and (when configured) PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditEvents, members, organizations, teamMembers, teams } from "@/db/schema";
import type { MemberStatus, Role, TeamRole } from "@/db/schema/enums";
import { listMembers, type ListMembersOptions } from "@/db/queries/member-list";
import { getMemberCounts, getMemberSummary } from "@/db/queries/member-counts";
import {
  countSeatsUsed,
  getMemberDetail,
  listDepartments,
  seatUsageFromSummary,
} from "@/db/queries/members";
import { listTeams } from "@/db/queries/teams";
import { rolesMatchingQuery } from "@/lib/members/role-search";
import { ROLES } from "@/lib/permissions";
import type { SortColumn, SortDirection } from "@/lib/validation/members-search";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

const NOW = new Date("2025-06-15T12:00:00.000Z");
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

// Distinct first names, none a prefix of another, so name and email orders agree under any collation.
const FIRST_NAMES = [
  "Alice", "Bruno", "Chiara", "Dmitri", "Elena", "Farid", "Greta", "Hiro", "Ingrid", "Jonas",
  "Keiko", "Liam", "Mateo", "Nadia", "Oscar", "Priya", "Quentin", "Rosa", "Sven", "Tariq",
  "Ursula", "Viktor", "Wanda", "Xavier", "Yara", "Zelda", "Amara", "Boris", "Cyrus", "Dalia",
  "Emeka", "Fiona", "Gideon", "Hana", "Ivo", "Jasper", "Kofi", "Leona", "Mira", "Nils",
];
const DEPARTMENTS = ["Engineering", "Data Science", "Sales", "Design", null] as const;

interface Fixture {
  id: string;
  name: string;
  email: string;
  role: Role;
  status: MemberStatus;
  department: string | null;
  joinedAt: Date | null;
  lastActiveAt: Date | null;
  teams: string[];
}

/** Acme's 40 members: attributes cycle through every role, status, department and activity level. */
function acmeMember(i: number): Omit<Fixture, "id" | "teams"> {
  const first = FIRST_NAMES[i]!;
  const status: MemberStatus = i % 10 === 8 ? "inactive" : i % 10 === 9 ? "pending" : "active";
  const lastActiveAt =
    status === "pending" ? null : [daysAgo(1), daysAgo(10), daysAgo(45), null][i % 4]!;
  return {
    // Priya's name holds LIKE wildcards, to prove they are matched literally.
    name: i === 15 ? "Priya Shah_100%" : `${first} ${["Lindqvist", "Moreau", "Okafor", "Tanaka"][i % 4]}`,
    email: `${first.toLowerCase()}.${i}@acme.test`,
    role: ROLES[i % ROLES.length]!,
    status,
    department: DEPARTMENTS[i % DEPARTMENTS.length]!,
    joinedAt: status === "pending" ? null : daysAgo(i * 3 + 1),
    lastActiveAt,
  };
}

function acmeTeamsOf(i: number): { name: string; role: TeamRole }[] {
  const out: { name: string; role: TeamRole }[] = [];
  if (i % 3 === 0) out.push({ name: "Frontend", role: i % 2 === 0 ? "maintainer" : "member" });
  if (i % 3 === 1) out.push({ name: "Backend", role: "member" });
  if (i % 7 === 0) out.push({ name: "Platform Ops", role: "member" });
  return out;
}

describe.each(drivers)("members queries on %s", (driver) => {
  let t: TestDatabase;
  let acmeId: string;
  let globexId: string;
  let acme: Fixture[] = [];
  let globex: Fixture[] = [];
  const acmeTeamIds = new Map<string, string>();
  let globexFrontendId: string;

  beforeAll(async () => {
    t = await createTestDatabase(driver);
    const db = t.db;
    const [a, g] = await db
      .insert(organizations)
      .values([
        { name: "Acme", slug: "acme", plan: "business", seatLimit: 50 },
        { name: "Globex", slug: "globex", plan: "team", seatLimit: 5 },
      ])
      .returning({ id: organizations.id });
    acmeId = a!.id;
    globexId = g!.id;

    const teamRows = await db
      .insert(teams)
      .values([
        { organizationId: acmeId, name: "Frontend" },
        { organizationId: acmeId, name: "Backend" },
        { organizationId: acmeId, name: "Platform Ops" },
        { organizationId: acmeId, name: "Empty Team" },
        { organizationId: globexId, name: "Frontend" },
      ])
      .returning({ id: teams.id, name: teams.name, organizationId: teams.organizationId });
    for (const row of teamRows) {
      if (row.organizationId === acmeId) acmeTeamIds.set(row.name, row.id);
      else globexFrontendId = row.id;
    }

    const acmeRows = Array.from({ length: 40 }, (_, i) => ({ organizationId: acmeId, ...acmeMember(i) }));
    const inserted = await db.insert(members).values(acmeRows).returning({ id: members.id, email: members.email });
    acme = acmeRows.map((row, i) => ({
      ...row,
      id: inserted.find((r) => r.email === row.email)!.id,
      teams: acmeTeamsOf(i).map((x) => x.name).sort(),
    }));
    await db.insert(teamMembers).values(
      acme.flatMap((m, i) =>
        acmeTeamsOf(i).map((x) => ({ organizationId: acmeId, teamId: acmeTeamIds.get(x.name)!, memberId: m.id, role: x.role })),
      ),
    );

    // Globex: same names, an admin, a "Frontend" team and a department Acme does not have.
    const globexRows = FIRST_NAMES.slice(0, 6).map((first, i) => ({
      organizationId: globexId,
      name: `${first} Globex`,
      email: `${first.toLowerCase()}@globex.test`,
      role: (i === 0 ? "owner" : "admin") as Role,
      status: "active" as MemberStatus,
      department: i % 2 === 0 ? "Marketing" : "Engineering",
      joinedAt: daysAgo(2),
      lastActiveAt: daysAgo(1),
    }));
    const gInserted = await db.insert(members).values(globexRows).returning({ id: members.id, email: members.email });
    globex = globexRows.map((row) => ({ ...row, id: gInserted.find((r) => r.email === row.email)!.id, teams: [] }));
    await db.insert(teamMembers).values(
      globex.map((m) => ({ organizationId: globexId, teamId: globexFrontendId, memberId: m.id })),
    );

    // Twelve audit events about Alice (Acme), one about her recorded in Globex (must not show).
    const alice = acme[0]!;
    await db.insert(auditEvents).values([
      ...Array.from({ length: 12 }, (_, k) => ({
        organizationId: acmeId,
        action: `test.event_${k}`,
        actorName: "Admin",
        targetType: "member",
        targetId: alice.id,
        createdAt: new Date(NOW.getTime() - (12 - k) * 60_000),
      })),
      { organizationId: globexId, action: "test.foreign", targetType: "member", targetId: alice.id },
    ]);
  });

  afterAll(async () => {
    await t?.close();
  });

  // As the members page asks: the roles a query names come along with it.
  const list = (options: Omit<ListMembersOptions, "organizationId">) =>
    listMembers(t.db, { organizationId: acmeId, pageSize: 100, now: NOW, queryRoles: rolesMatchingQuery(options.q ?? ""), ...options });
  const names = (rows: { name: string }[]) => rows.map((r) => r.name).sort();
  const byName = (fixtures: Fixture[]) => fixtures.map((f) => f.name).sort();

  describe("search", () => {
    it("finds a member by part of the name, only in the requested organization", async () => {
      const result = await list({ q: "zeld" });
      expect(names(result.rows)).toEqual(["Zelda Moreau"]);
      expect(result.total).toBe(1);
      const alice = await list({ q: "ALICE" });
      expect(alice.rows.map((r) => r.email)).toEqual(["alice.0@acme.test"]);
    });

    it("finds a member by email", async () => {
      const result = await list({ q: "keiko.10@acme" });
      expect(result.rows.map((r) => r.name)).toEqual(["Keiko Okafor"]);
      expect((await list({ q: "@globex.test" })).total).toBe(0);
    });

    it("matches LIKE wildcards literally", async () => {
      expect(names((await list({ q: "%" })).rows)).toEqual(["Priya Shah_100%"]);
      expect(names((await list({ q: "_1" })).rows)).toEqual(["Priya Shah_100%"]);
      expect((await list({ q: "\\" })).total).toBe(0);
    });

    it("a role word finds the members holding that role", async () => {
      const admins = await list({ q: "Admin" });
      expect(names(admins.rows)).toEqual(byName(acme.filter((m) => m.role === "admin")));
      const developers = await list({ q: "dev" });
      expect(names(developers.rows)).toEqual(byName(acme.filter((m) => m.role === "developer")));
    });

    it("a team name finds the team's members, not another organization's team", async () => {
      const backend = await list({ q: "backend" });
      expect(names(backend.rows)).toEqual(byName(acme.filter((m) => m.teams.includes("Backend"))));
      // A word inside the team name: "Platform Ops".
      const ops = await list({ q: "ops" });
      expect(names(ops.rows)).toEqual(byName(acme.filter((m) => m.teams.includes("Platform Ops"))));
      const frontend = await list({ q: "Frontend" });
      expect(frontend.rows.every((r) => r.teams.includes("Frontend"))).toBe(true);
      expect(frontend.total).toBe(acme.filter((m) => m.teams.includes("Frontend")).length);
    });

    it("combines search with filters", async () => {
      const result = await list({ q: "backend", status: ["active"] });
      expect(names(result.rows)).toEqual(
        byName(acme.filter((m) => m.teams.includes("Backend") && m.status === "active")),
      );
    });
  });

  describe("filters", () => {
    it("by role (several)", async () => {
      const result = await list({ role: ["owner", "viewer"] });
      expect(names(result.rows)).toEqual(byName(acme.filter((m) => m.role === "owner" || m.role === "viewer")));
    });

    it("by status", async () => {
      expect(names((await list({ status: ["pending"] })).rows)).toEqual(byName(acme.filter((m) => m.status === "pending")));
      expect(names((await list({ status: ["inactive", "pending"] })).rows)).toEqual(
        byName(acme.filter((m) => m.status !== "active")),
      );
    });

    it("by team, ignoring another organization's team id", async () => {
      const frontendId = acmeTeamIds.get("Frontend")!;
      expect(names((await list({ team: [frontendId] })).rows)).toEqual(byName(acme.filter((m) => m.teams.includes("Frontend"))));
      const both = await list({ team: [frontendId, acmeTeamIds.get("Platform Ops")!] });
      expect(names(both.rows)).toEqual(
        byName(acme.filter((m) => m.teams.includes("Frontend") || m.teams.includes("Platform Ops"))),
      );
      expect((await list({ team: [globexFrontendId] })).total).toBe(0);
      expect((await list({ team: [acmeTeamIds.get("Empty Team")!] })).total).toBe(0);
      expect((await list({ team: ["not-a-uuid"] })).total).toBe(0);
    });

    it("by department", async () => {
      const result = await list({ department: ["Sales", "Design"] });
      expect(names(result.rows)).toEqual(byName(acme.filter((m) => m.department === "Sales" || m.department === "Design")));
      expect((await list({ department: ["Marketing"] })).total).toBe(0);
    });

    it("by joined within the last 7, 30 and 90 days", async () => {
      for (const days of [7, 30, 90] as const) {
        const result = await list({ joined: days });
        expect(names(result.rows)).toEqual(byName(acme.filter((m) => m.joinedAt && m.joinedAt >= daysAgo(days))));
      }
      expect(names((await list({ joined: 7 })).rows)).toEqual(["Alice Lindqvist", "Bruno Moreau", "Chiara Okafor"]);
    });

    it("by activity: active within 7 days, low 7–30 days, inactive 30+ days or never", async () => {
      const seen = (m: Fixture) => m.lastActiveAt?.getTime();
      expect(names((await list({ activity: "active" })).rows)).toEqual(
        byName(acme.filter((m) => seen(m) === daysAgo(1).getTime())),
      );
      expect(names((await list({ activity: "low" })).rows)).toEqual(
        byName(acme.filter((m) => seen(m) === daysAgo(10).getTime())),
      );
      const inactive = await list({ activity: "inactive" });
      expect(names(inactive.rows)).toEqual(
        byName(acme.filter((m) => m.lastActiveAt === null || seen(m) === daysAgo(45).getTime())),
      );
      const total = (await Promise.all((["active", "low", "inactive"] as const).map((a) => list({ activity: a })))).reduce(
        (sum, r) => sum + r.total,
        0,
      );
      expect(total).toBe(40);
    });

    it("combines filters with AND", async () => {
      const result = await list({ role: ["owner", "admin", "manager"], department: ["Engineering"], status: ["active"] });
      expect(names(result.rows)).toEqual(
        byName(
          acme.filter(
            (m) => ["owner", "admin", "manager"].includes(m.role) && m.department === "Engineering" && m.status === "active",
          ),
        ),
      );
    });
  });

  describe("sorting", () => {
    const statusOrder: MemberStatus[] = ["active", "inactive", "pending"];
    const keyOf: Record<SortColumn, (m: Fixture) => (string | number | null)[]> = {
      name: (m) => [m.name],
      email: (m) => [m.email],
      role: (m) => [ROLES.indexOf(m.role), m.name],
      department: (m) => [m.department],
      status: (m) => [statusOrder.indexOf(m.status), m.name],
      lastActive: (m) => [m.lastActiveAt?.getTime() ?? null],
      joined: (m) => [m.joinedAt?.getTime() ?? null],
    };
    // NULL (no department, not joined yet) sorts last ascending and first descending, except
    // "never active", which is the oldest activity: first ascending, last descending. id breaks ties.
    function expected(sort: SortColumn, dir: SortDirection): string[] {
      const sign = dir === "asc" ? 1 : -1;
      const nullsFirst = sort === "lastActive" ? -1 : 1;
      const compare = (a: string | number | null, b: string | number | null): number => {
        if (a === b) return 0;
        if (a === null) return nullsFirst;
        if (b === null) return -nullsFirst;
        return a < b ? -1 : 1;
      };
      return [...acme]
        .sort((a, b) => {
          const ka = [...keyOf[sort](a), a.id];
          const kb = [...keyOf[sort](b), b.id];
          for (let i = 0; i < ka.length; i++) {
            const c = compare(ka[i]!, kb[i]!);
            if (c !== 0) return sign * c;
          }
          return 0;
        })
        .map((m) => m.id);
    }

    for (const sort of ["name", "email", "role", "department", "status", "lastActive", "joined"] as const) {
      for (const dir of ["asc", "desc"] as const) {
        it(`by ${sort} ${dir}`, async () => {
          const result = await list({ sort, dir });
          expect(result.rows.map((r) => r.id)).toEqual(expected(sort, dir));
        });
      }
    }

    it("role ascending puts Owners first", async () => {
      const result = await list({ sort: "role", dir: "asc", pageSize: 10 });
      expect(result.rows.slice(0, 7).map((r) => r.role)).toEqual(["owner", "owner", "owner", "owner", "owner", "owner", "owner"]);
    });
  });

  describe("pagination", () => {
    it("pages continue each other with no overlap or gap, and the last page is partial", async () => {
      const all = (await list({ sort: "joined", dir: "desc" })).rows.map((r) => r.id);
      const pages = await Promise.all([1, 2, 3, 4].map((page) => list({ sort: "joined", dir: "desc", page, pageSize: 10 })));
      expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual(all);
      for (const p of pages) {
        expect(p.total).toBe(40);
        expect(p.pageCount).toBe(4);
      }
      const last = await list({ page: 2, pageSize: 25 });
      expect(last.rows).toHaveLength(15);
      expect(last.pageCount).toBe(2);
      expect(last.rows[14]!.name).toBe("Zelda Moreau");
    });

    it("last-active pages cross from the active members to the never-active ones without a gap", async () => {
      for (const dir of ["asc", "desc"] as const) {
        const all = (await list({ sort: "lastActive", dir })).rows.map((r) => r.id);
        for (const pageSize of [7, 10, 25]) {
          const pageCount = Math.ceil(40 / pageSize);
          const pages = await Promise.all(
            Array.from({ length: pageCount }, (_, i) => list({ sort: "lastActive", dir, page: i + 1, pageSize })),
          );
          expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual(all);
        }
        const never = acme.filter((m) => m.lastActiveAt === null).length;
        const firstRow = (await list({ sort: "lastActive", dir, pageSize: 10 })).rows[0]!;
        expect(firstRow.lastActiveAt === null).toBe(dir === "asc" && never > 0);
      }
      const pastEnd = await list({ sort: "lastActive", dir: "desc", page: 50, pageSize: 25 });
      expect(pastEnd.page).toBe(2);
      expect(pastEnd.rows).toHaveLength(15);
      expect(pastEnd.rows.at(-1)!.lastActiveAt).toBeNull();
    });

    it("prepared pages (no filter, or role and status only) answer as built ones, in each sort and organization", async () => {
      // Listing only the organization's own ids (all of them) changes no answer but builds the
      // statement afresh and counts rows instead of reading the counters: the reference.
      const everyone = { [acmeId]: acme.map((m) => m.id), [globexId]: globex.map((m) => m.id) };
      const filters: Omit<ListMembersOptions, "organizationId">[] = [
        {},
        { role: ["admin", "viewer"] },
        { status: ["active"] },
        { role: ["owner", "admin", "developer"], status: ["active", "pending"] },
      ];
      for (const sort of ["name", "email", "role", "department", "status", "joined"] as const) {
        for (const dir of ["asc", "desc"] as const) {
          for (const filter of filters) {
            // Alternating organizations on one prepared statement, pages 1 and 2 of 7 rows.
            for (const organizationId of [acmeId, globexId, acmeId]) {
              for (const page of [1, 2]) {
                const options = { organizationId, sort, dir, page, pageSize: 7, now: NOW, ...filter };
                const prepared = await listMembers(t.db, options);
                const built = await listMembers(t.db, { ...options, ids: everyone[organizationId] });
                expect(prepared, `${sort} ${dir} ${JSON.stringify(filter)} page ${page}`).toEqual(built);
              }
            }
          }
        }
      }
      // The page's own counters, when the caller already reads them, give the same total.
      const counts = getMemberCounts(t.db, { organizationId: acmeId });
      const withCounts = await listMembers(t.db, { organizationId: acmeId, role: ["developer"], status: ["active"] }, { counts });
      expect(withCounts.total).toBe(acme.filter((m) => m.role === "developer" && m.status === "active").length);
    });

    it("deep pages read from the nearer end of the list answer as pages read from the start, in each sort and filter", async () => {
      const fromEnd = { fromEndPastOffset: 0 };
      const filters: Omit<ListMembersOptions, "organizationId">[] = [{}, { role: ["admin", "viewer", "developer"] }, { status: ["active", "pending"] }];
      for (const sort of ["name", "email", "role", "department", "status", "joined"] as const) {
        for (const dir of ["asc", "desc"] as const) {
          for (const filter of filters) {
            for (const organizationId of [acmeId, globexId]) {
              const options = { organizationId, sort, dir, pageSize: 7, now: NOW, ...filter };
              const pageCount = (await listMembers(t.db, options)).pageCount;
              // Every page, then one past the end (the last page again).
              for (let page = 1; page <= pageCount + 1; page++) {
                const expected = await listMembers(t.db, { ...options, page });
                expect(await listMembers(t.db, { ...options, page }, {}, fromEnd), `${sort} ${dir} ${JSON.stringify(filter)} page ${page}`).toEqual(expected);
              }
            }
          }
        }
      }
      const counts = getMemberCounts(t.db, { organizationId: acmeId });
      const last = await listMembers(t.db, { organizationId: acmeId, page: 6, pageSize: 7 }, { counts }, fromEnd);
      expect(last).toMatchObject({ page: 6, pageCount: 6, total: 40 });
      expect(last.rows.map((r) => r.name)).toEqual((await list({ pageSize: 40 })).rows.slice(35).map((r) => r.name));
    });

    it("a page past the end shows the last page", async () => {
      const result = await list({ page: 99, pageSize: 25 });
      expect(result.page).toBe(2);
      expect(result.rows).toHaveLength(15);
    });

    it("an empty result is page 1 of 1", async () => {
      const result = await list({ q: "nobody-by-this-name", page: 3 });
      expect(result).toEqual({ rows: [], total: 0, pageCount: 1, page: 1 });
    });

    it("rows carry their team names and dates", async () => {
      const result = await list({ q: "alice" });
      const alice = acme[0]!;
      expect(result.rows).toEqual([
        {
          id: alice.id,
          name: "Alice Lindqvist",
          email: "alice.0@acme.test",
          role: "owner",
          department: "Engineering",
          status: "active",
          teams: ["Frontend", "Platform Ops"],
          lastActiveAt: daysAgo(1),
          joinedAt: daysAgo(1),
          createdAt: expect.any(Date),
        },
      ]);
    });
  });

  describe("summary, seats and filter options", () => {
    it("counts members by status", async () => {
      expect(await getMemberSummary(t.db, { organizationId: acmeId })).toEqual({ total: 40, active: 32, inactive: 4, pending: 4 });
      expect(await getMemberSummary(t.db, { organizationId: globexId })).toEqual({ total: 6, active: 6, inactive: 0, pending: 0 });
    });

    it("seat usage counts active and pending members against the plan", async () => {
      const seatUsage = async (organizationId: string) => {
        const [organization] = await t.db.select().from(organizations).where(eq(organizations.id, organizationId));
        return seatUsageFromSummary(organization!, await getMemberSummary(t.db, { organizationId }));
      };
      expect(await seatUsage(acmeId)).toEqual({ used: 36, included: 50, available: 14, plan: "business" });
      // Over the limit: nothing available, never negative.
      expect(await seatUsage(globexId)).toEqual({ used: 6, included: 5, available: 0, plan: "team" });
    });

    it("the seat count the write path checks equals the seats the dashboard shows", async () => {
      expect(await countSeatsUsed(t.db, acmeId)).toBe(36);
      expect(await countSeatsUsed(t.db, globexId)).toBe(6);
    });

    it("lists the organization's own departments and teams", async () => {
      expect(await listDepartments(t.db, { organizationId: acmeId })).toEqual(["Data Science", "Design", "Engineering", "Sales"]);
      expect(await listDepartments(t.db, { organizationId: globexId })).toEqual(["Engineering", "Marketing"]);
      expect((await listTeams(t.db, { organizationId: acmeId })).map((x) => x.name)).toEqual([
        "Backend",
        "Empty Team",
        "Frontend",
        "Platform Ops",
      ]);
      expect(await listTeams(t.db, { organizationId: globexId })).toEqual([{ id: globexFrontendId, name: "Frontend" }]);
    });

    it("every list query returns only the requested organization's rows", async () => {
      const globexEmails = new Set(globex.map((m) => m.email));
      const results = await Promise.all([
        list({}),
        list({ q: "a" }),
        list({ q: "frontend" }),
        list({ q: "admin" }),
        list({ role: ["admin"] }),
        list({ department: ["Engineering"] }),
        list({ activity: "active" }),
        list({ joined: 7 }),
      ]);
      for (const result of results) {
        expect(result.rows.length).toBeGreaterThan(0);
        expect(result.rows.some((r) => globexEmails.has(r.email))).toBe(false);
      }
      const g = await listMembers(t.db, { organizationId: globexId, q: "alice" });
      expect(g.rows.map((r) => r.email)).toEqual(["alice@globex.test"]);
    });
  });

  describe("member detail", () => {
    it("returns the member with teams, team roles and the newest ten audit events about them", async () => {
      const alice = acme[0]!;
      const detail = await getMemberDetail(t.db, { organizationId: acmeId, memberId: alice.id });
      expect(detail).toMatchObject({
        id: alice.id,
        name: "Alice Lindqvist",
        email: "alice.0@acme.test",
        role: "owner",
        status: "active",
        department: "Engineering",
        permissions: [],
        teams: [
          { id: acmeTeamIds.get("Frontend"), name: "Frontend", role: "maintainer" },
          { id: acmeTeamIds.get("Platform Ops"), name: "Platform Ops", role: "member" },
        ],
      });
      expect(detail!.recentActivity.map((e) => e.action)).toEqual(
        Array.from({ length: 10 }, (_, k) => `test.event_${11 - k}`),
      );
    });

    it("leaves activity out when not asked for it", async () => {
      const detail = await getMemberDetail(t.db, { organizationId: acmeId, memberId: acme[0]!.id, includeActivity: false });
      expect(detail!.recentActivity).toEqual([]);
    });

    it("another organization's member id, an unknown id or a malformed id is null", async () => {
      expect(await getMemberDetail(t.db, { organizationId: acmeId, memberId: globex[0]!.id })).toBeNull();
      expect(await getMemberDetail(t.db, { organizationId: globexId, memberId: acme[0]!.id })).toBeNull();
      expect(await getMemberDetail(t.db, { organizationId: acmeId, memberId: "00000000-0000-4000-8000-000000000000" })).toBeNull();
      expect(await getMemberDetail(t.db, { organizationId: acmeId, memberId: "1 or 1=1" })).toBeNull();
    });
  });
});
