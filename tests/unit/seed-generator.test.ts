// The seed's people generator: deterministic, with the intended spread of statuses, roles and dates.
import { describe, expect, it } from "vitest";
import { ACME_TEAMS, createRng, seedFromString } from "@/db/seed/demo-data";
import { assignTeams } from "@/db/seed/assign-teams";
import { DAY_MS, generateMember } from "@/db/seed/generate-member";

const now = new Date("2026-01-15T12:00:00.000Z");

describe("the seed generator", () => {
  it("makes the same people from the same seed", () => {
    const a = createRng(42);
    const b = createRng(42);
    const first = Array.from({ length: 50 }, () => generateMember(a, { now }));
    const second = Array.from({ length: 50 }, () => generateMember(b, { now }));
    expect(second).toEqual(first);
    expect(seedFromString("acme")).toBe(seedFromString("acme"));
    expect(seedFromString("acme")).not.toBe(seedFromString("globex"));
  });

  it("spreads statuses and roles as designed, with mostly active individual contributors", () => {
    const rng = createRng(7);
    const people = Array.from({ length: 10_000 }, () => generateMember(rng, { now }));
    const share = (predicate: (p: (typeof people)[number]) => boolean) => people.filter(predicate).length / people.length;
    expect(share((p) => p.status === "active")).toBeGreaterThan(0.75);
    expect(share((p) => p.status === "inactive")).toBeGreaterThan(0.08);
    expect(share((p) => p.status === "pending")).toBeGreaterThan(0.06);
    expect(share((p) => ["developer", "analyst", "viewer"].includes(p.role))).toBeGreaterThan(0.85);
    expect(share((p) => p.role === "admin")).toBeGreaterThan(0);
    expect(people.some((p) => (p.role as string) === "owner")).toBe(false);
  });

  it("gives consistent dates: pending people have none, nobody is active before joining", () => {
    const rng = createRng(11);
    for (let i = 0; i < 5_000; i++) {
      const p = generateMember(rng, { now });
      expect(p.localPart).toMatch(/^[a-z]+\.[a-z]+$/);
      if (p.status === "pending") {
        expect(p.joinedAt).toBeNull();
        expect(p.lastActiveAt).toBeNull();
        expect(now.getTime() - p.createdAt.getTime()).toBeLessThan(7 * DAY_MS);
        continue;
      }
      expect(now.getTime() - p.joinedAt!.getTime()).toBeLessThanOrEqual(730 * DAY_MS);
      if (p.lastActiveAt) {
        expect(p.lastActiveAt.getTime()).toBeGreaterThanOrEqual(p.joinedAt!.getTime());
        expect(p.lastActiveAt.getTime()).toBeLessThanOrEqual(now.getTime());
      }
    }
  });

  it("places engineers in Engineering and one sub-team, and managers in Leadership", () => {
    const rng = createRng(3);
    const teams = assignTeams(rng, ACME_TEAMS, { department: "Engineering", role: "developer" }, 1).map((t) => t.name);
    expect(teams[0]).toBe("Engineering");
    expect(["Backend", "Frontend"]).toContain(teams[1]);
    const manager = assignTeams(rng, ACME_TEAMS, { department: "Finance", role: "manager" }, 1);
    expect(manager).toEqual([{ name: "Leadership", role: "member" }]);
    expect(assignTeams(rng, ACME_TEAMS, { department: "Sales", role: "viewer" }, 0)).toEqual([]);
  });
});
