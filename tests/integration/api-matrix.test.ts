// The REST API's scope × role matrix: every operation, called with a key of each role's member —
// once holding exactly the operation's scope, once holding every scope but that one — checked
// against an expected table written out by hand from DESIGN.md's permission table (not derived
// from lib/permissions.ts or the route list). A refused call must change nothing.
import crypto from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiKeys, invitations, members, teamMembers, teams } from "@/db/schema";
import { generateInvitationToken } from "@/lib/invitations/tokens";
import { API_SCOPES, type ApiScope } from "@/lib/api-keys/scopes";
import { API_ROUTES } from "@/app/api/v1/registry";
import { callApi, mintKey } from "../helpers/api-client";
import { addMember, createOrgFixture, type OrgFixture } from "../helpers/org-fixture";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

const ROLES = ["owner", "admin", "manager", "developer", "analyst", "viewer"] as const;
type RoleName = (typeof ROLES)[number];

interface World {
  org: OrgFixture;
  /** A Developer acted upon (patched, removed, their keys listed and revoked). */
  victim: string;
  victimKeyId: string;
  invitationId: string;
  teamId: string;
  /** A team member to remove. */
  teamMember: string;
  caller: string;
}

interface Case {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  path: (w: World) => string;
  scope: ApiScope;
  body?: (w: World) => unknown;
  /** Expected status with the scope, by caller role: owner admin manager developer analyst viewer. */
  expected: [number, number, number, number, number, number];
}

const o = (w: World) => `/organizations/${w.org.organization.id}`;

// Written by hand. 403 is the role's refusal (the kernel's), with the scope held.
const CASES: Record<string, Case> = {
  "GET members": { method: "GET", path: (w) => `${o(w)}/members`, scope: "members:read", expected: [200, 200, 200, 200, 200, 200] },
  "GET member": { method: "GET", path: (w) => `${o(w)}/members/${w.victim}`, scope: "members:read", expected: [200, 200, 200, 200, 200, 200] },
  // "edit members": Owner, Admin, Manager (a Developer ranks below each).
  "PATCH member": { method: "PATCH", path: (w) => `${o(w)}/members/${w.victim}`, scope: "members:write", body: () => ({ department: "Changed" }), expected: [200, 200, 200, 403, 403, 403] },
  // "remove / disable members": Owner, Admin.
  "DELETE member": { method: "DELETE", path: (w) => `${o(w)}/members/${w.victim}`, scope: "members:write", expected: [204, 204, 403, 403, 403, 403] },
  // "invite / create members": Owner, Admin, Manager.
  "POST bulk-invite": { method: "POST", path: (w) => `${o(w)}/members/bulk-invite`, scope: "invitations:write", body: () => ({ emails: [`new-${crypto.randomUUID().slice(0, 6)}@example.com`], role: "viewer" }), expected: [200, 200, 200, 403, 403, 403] },
  "GET invitations": { method: "GET", path: (w) => `${o(w)}/invitations`, scope: "invitations:read", expected: [200, 200, 200, 403, 403, 403] },
  "POST resend invitation": { method: "POST", path: (w) => `${o(w)}/invitations/${w.invitationId}/resend`, scope: "invitations:write", expected: [200, 200, 200, 403, 403, 403] },
  "DELETE invitation": { method: "DELETE", path: (w) => `${o(w)}/invitations/${w.invitationId}`, scope: "invitations:write", expected: [204, 204, 204, 403, 403, 403] },
  // "view members and teams": everyone.
  "GET teams": { method: "GET", path: (w) => `${o(w)}/teams`, scope: "teams:read", expected: [200, 200, 200, 200, 200, 200] },
  // "manage teams": Owner, Admin, Manager.
  "POST teams": { method: "POST", path: (w) => `${o(w)}/teams`, scope: "teams:write", body: () => ({ name: "Made by API" }), expected: [201, 201, 201, 403, 403, 403] },
  "POST team members": { method: "POST", path: (w) => `${o(w)}/teams/${w.teamId}/members`, scope: "teams:write", body: (w) => ({ memberIds: [w.victim] }), expected: [200, 200, 200, 403, 403, 403] },
  "DELETE team member": { method: "DELETE", path: (w) => `${o(w)}/teams/${w.teamId}/members/${w.teamMember}`, scope: "teams:write", expected: [204, 204, 204, 403, 403, 403] },
  // "view activity and audit log": Owner, Admin, Manager, Analyst.
  "GET audit-events": { method: "GET", path: (w) => `${o(w)}/audit-events`, scope: "audit:read", expected: [200, 200, 200, 403, 200, 403] },
  // Own keys: everyone may list their own.
  "GET own keys": { method: "GET", path: (w) => `${o(w)}/members/${w.caller}/keys`, scope: "keys:read", expected: [200, 200, 200, 200, 200, 200] },
  // Someone else's keys: Owners and Admins.
  "GET member keys": { method: "GET", path: (w) => `${o(w)}/members/${w.victim}/keys`, scope: "keys:read", expected: [200, 200, 403, 403, 403, 403] },
  // "manage own API keys": everyone but Viewers.
  "POST own key": { method: "POST", path: (w) => `${o(w)}/members/${w.caller}/keys`, scope: "keys:write", body: () => ({ name: "made by a key", scopes: ["keys:write"], expiresIn: "30d" }), expected: [201, 201, 201, 201, 201, 403] },
  // A key for a Developer: Owners and Admins (they outrank them).
  "POST member key": { method: "POST", path: (w) => `${o(w)}/members/${w.victim}/keys`, scope: "keys:write", body: () => ({ name: "for the dev", scopes: ["keys:write"], expiresIn: "30d" }), expected: [201, 201, 403, 403, 403, 403] },
  "DELETE member keys": { method: "DELETE", path: (w) => `${o(w)}/members/${w.victim}/keys`, scope: "keys:write", expected: [200, 200, 403, 403, 403, 403] },
  "DELETE member key": { method: "DELETE", path: (w) => `${o(w)}/members/${w.victim}/keys/${w.victimKeyId}`, scope: "keys:write", expected: [204, 204, 403, 403, 403, 403] },
};

describe("the matrix covers every operation", () => {
  it("has a case for each route in the registry", () => {
    const covered = new Set(Object.values(CASES).map((c) => `${c.method} ${c.path({ org: { organization: { id: "{orgId}" } }, victim: "{memberId}", caller: "{memberId}", victimKeyId: "{keyId}", invitationId: "{invitationId}", teamId: "{teamId}", teamMember: "{memberId}" } as never)}`));
    for (const route of API_ROUTES) expect(covered, `${route.method} ${route.path}`).toContain(`${route.method} ${route.path}`);
  });
});

describe.each(drivers)("REST API scope × role matrix (%s)", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t.close();
  });

  async function buildWorld(role: RoleName): Promise<World> {
    const org = await createOrgFixture(t.db, { base: "apimatrix" });
    const victim = (await addMember(t.db, org.organization, { role: "developer", name: "Victim Dev" })).member;
    const victimKey = await mintKey(t.db, victim);
    const [team] = await t.db.insert(teams).values({ organizationId: org.organization.id, name: "Core" }).returning();
    const teamMember = (await addMember(t.db, org.organization, { role: "viewer", name: "Team Viewer" })).member;
    await t.db.insert(teamMembers).values({ organizationId: org.organization.id, teamId: team!.id, memberId: teamMember.id });
    const [pending] = await t.db
      .insert(members)
      .values({ organizationId: org.organization.id, email: `pending.${crypto.randomUUID().slice(0, 6)}@example.com`, name: "Pending Person", role: "viewer", status: "pending" })
      .returning();
    const [invitation] = await t.db
      .insert(invitations)
      .values({ organizationId: org.organization.id, memberId: pending!.id, email: pending!.email, role: "viewer", tokenHash: generateInvitationToken().tokenHash, expiresAt: new Date(Date.now() + 86_400_000) })
      .returning();
    return { org, victim: victim.id, victimKeyId: victimKey.id, invitationId: invitation!.id, teamId: team!.id, teamMember: teamMember.id, caller: org.byRole[role].member.id };
  }

  async function snapshot(organizationId: string) {
    return JSON.stringify({
      members: await t.db.select().from(members).where(eq(members.organizationId, organizationId)).orderBy(asc(members.id)),
      teams: await t.db.select().from(teams).where(eq(teams.organizationId, organizationId)).orderBy(asc(teams.id)),
      teamMembers: await t.db.select().from(teamMembers).where(eq(teamMembers.organizationId, organizationId)).orderBy(asc(teamMembers.memberId)),
      invitations: await t.db.select().from(invitations).where(eq(invitations.organizationId, organizationId)).orderBy(asc(invitations.id)),
      keys: (await t.db.select().from(apiKeys).where(eq(apiKeys.organizationId, organizationId)).orderBy(asc(apiKeys.id))).map((k) => [k.id, k.revokedAt]),
    });
  }

  describe.each(Object.keys(CASES))("%s", (name) => {
    const testCase = CASES[name]!;
    it.each(ROLES.map((role, index) => [role, index] as const))("a %s's key", async (role, index) => {
      const world = await buildWorld(role);
      const caller = world.org.byRole[role].member;
      const organizationId = world.org.organization.id;
      const call = (key: string) => callApi(t.db, testCase.method, testCase.path(world), { key, body: testCase.body?.(world) });

      // Every scope but the one needed: refused before the role is even considered, nothing changes.
      const without = await mintKey(t.db, caller, { scopes: API_SCOPES.filter((s) => s !== testCase.scope) });
      const before = await snapshot(organizationId);
      const refused = await call(without.key);
      expect(refused.status, `${role} without ${testCase.scope}`).toBe(403);
      expect(refused.body).toMatchObject({ code: "insufficient_scope" });
      expect(await snapshot(organizationId)).toBe(before);

      // Exactly the scope needed: the role decides.
      const withScope = await mintKey(t.db, caller, { scopes: [testCase.scope] });
      const beforeAllowed = await snapshot(organizationId);
      const answer = await call(withScope.key);
      const expected = testCase.expected[index]!;
      expect(answer.status, `${role} with ${testCase.scope}: ${JSON.stringify(answer.body)}`).toBe(expected);
      if (expected === 403) {
        expect(answer.body).toMatchObject({ code: "forbidden" });
        expect(await snapshot(organizationId)).toBe(beforeAllowed);
      }
    });
  });
});
