// The authorization matrix: every mutating action × every kind of caller × every target rank,
// checked against an expected table written out here by hand from DESIGN.md — not derived from
// lib/permissions.ts, so a wrong permission module fails this test. A refused call must leave
// the organization exactly as it was; an allowed one must have made its change.
import crypto from "node:crypto";
import { asc, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditEvents, invitations, members, organizations, teamInvitations, teamMembers, teams } from "@/db/schema";
import type { OrgAction } from "@/lib/actions/kernel/define-org-action";
import { changeRole } from "@/lib/actions/members/change-role";
import { createMember } from "@/lib/actions/members/create-member";
import { endMemberSessions } from "@/lib/actions/members/end-member-sessions";
import { removeMember } from "@/lib/actions/members/remove-member";
import { setMemberStatus } from "@/lib/actions/members/set-member-status";
import { updateMember } from "@/lib/actions/members/update-member";
import { addTeamMembers } from "@/lib/actions/teams/add-team-members";
import { createTeam } from "@/lib/actions/teams/create-team";
import { deleteTeam } from "@/lib/actions/teams/delete-team";
import { inviteToTeam } from "@/lib/actions/teams/invite-to-team";
import { removeTeamMember } from "@/lib/actions/teams/remove-team-member";
import { setTeamMemberRole } from "@/lib/actions/teams/set-team-member-role";
import { updateTeam } from "@/lib/actions/teams/update-team";
import { sessions, emailOutbox, type Member } from "@/db/schema";
import { leaveOrganization } from "@/lib/actions/members/leave-organization";
import { deleteOrganization } from "@/lib/actions/organizations/delete-organization";
import { sendReauthCode } from "@/lib/actions/organizations/send-reauth-code";
import { transferOwnership } from "@/lib/actions/organizations/transfer-ownership";
import { updateOrganization } from "@/lib/actions/organizations/update-organization";
import { updateSeatLimit } from "@/lib/actions/organizations/update-seat-limit";
import type { Role } from "@/lib/permissions";
import { addMember, createOrgFixture, type OrgFixture } from "../helpers/org-fixture";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

const RANKS = ["owner", "admin", "manager", "developer", "analyst", "viewer"] as const;
type Caller = (typeof RANKS)[number] | "inactive" | "outsider" | "signedOut";
const CALLERS: Caller[] = [...RANKS, "inactive", "outsider", "signedOut"];

// Expected outcomes, by hand. Columns are the target's rank (or the role being given), in the
// order owner admin manager developer analyst viewer. Y = allowed, . = refused.
const ON_TARGETS: Record<string, Record<(typeof RANKS)[number], string>> = {
  // "invite / create members": Owner any role, Admin below Admin, Manager below Manager.
  createMember: { owner: "YYYYYY", admin: "..YYYY", manager: "...YYY", developer: "......", analyst: "......", viewer: "......" },
  // "edit members, change roles": the same scopes.
  updateMember: { owner: "YYYYYY", admin: "..YYYY", manager: "...YYY", developer: "......", analyst: "......", viewer: "......" },
  changeRole: { owner: "YYYYYY", admin: "..YYYY", manager: "...YYY", developer: "......", analyst: "......", viewer: "......" },
  // "remove / disable members": Owner any, Admin below Admin, nobody else.
  setMemberStatus: { owner: "YYYYYY", admin: "..YYYY", manager: "......", developer: "......", analyst: "......", viewer: "......" },
  removeMember: { owner: "YYYYYY", admin: "..YYYY", manager: "......", developer: "......", analyst: "......", viewer: "......" },
  // "Admins can end a member's sessions" (SECURITY.md): whoever may remove them, on the same ranks.
  endMemberSessions: { owner: "YYYYYY", admin: "..YYYY", manager: "......", developer: "......", analyst: "......", viewer: "......" },
};
// "manage teams": Owner, Admin, Manager.
const TEAM_MANAGERS: readonly Caller[] = ["owner", "admin", "manager"];
// Organization-level actions: who may call them at all.
const ORG_ALLOWED: Record<string, readonly Caller[]> = {
  updateOrganization: ["owner", "admin"], // "manage domains, SCIM, settings"
  updateSeatLimit: ["owner"], // "manage seats / plan": Admins only view
  sendReauthCode: ["owner"], // re-authentication for transfer
  transferOwnership: ["owner"],
  deleteOrganization: ["owner"],
  leaveOrganization: ["owner", "admin", "manager", "developer", "analyst", "viewer"], // anyone active (another Owner exists)
};

interface World {
  org: OrgFixture;
  /** Members acted upon, one per rank, none of them a caller. */
  targets: Record<(typeof RANKS)[number], Member>;
  teamId: string;
}

interface Case {
  action: OrgAction<never, unknown>;
  input: (world: World, rank: (typeof RANKS)[number]) => unknown;
  /** The change an allowed call must have made. */
  changed: (db: Database, world: World, rank: (typeof RANKS)[number]) => Promise<boolean>;
}

const roleAfter = (rank: Role): Role => (rank === "viewer" ? "analyst" : "viewer");
const rowOf = async (db: Database, id: string) => (await db.select().from(members).where(eq(members.id, id)))[0];

const TARGET_CASES: Record<keyof typeof ON_TARGETS, Case> = {
  createMember: {
    action: createMember as never,
    input: (_w, rank) => ({ name: "New Person", email: `new.${rank}@example.com`, department: "Ops", role: rank, status: "active" }),
    changed: async (db, w, rank) =>
      (await db.select().from(members).where(eq(members.organizationId, w.org.organization.id))).some((m) => m.email === `new.${rank}@example.com`),
  },
  updateMember: {
    action: updateMember as never,
    input: (w, rank) => {
      const t = w.targets[rank];
      return { memberId: t.id, name: t.name, email: t.email, department: "Changed", role: t.role, status: t.status, permissions: t.permissions };
    },
    changed: async (db, w, rank) => (await rowOf(db, w.targets[rank].id))?.department === "Changed",
  },
  changeRole: {
    action: changeRole as never,
    input: (w, rank) => ({ memberId: w.targets[rank].id, role: roleAfter(rank) }),
    changed: async (db, w, rank) => (await rowOf(db, w.targets[rank].id))?.role === roleAfter(rank),
  },
  setMemberStatus: {
    action: setMemberStatus as never,
    input: (w, rank) => ({ memberId: w.targets[rank].id, status: "inactive" }),
    changed: async (db, w, rank) => (await rowOf(db, w.targets[rank].id))?.status === "inactive",
  },
  removeMember: {
    action: removeMember as never,
    input: (w, rank) => ({ memberId: w.targets[rank].id }),
    changed: async (db, w, rank) => (await rowOf(db, w.targets[rank].id)) === undefined,
  },
  endMemberSessions: {
    action: endMemberSessions as never,
    input: (w, rank) => ({ memberId: w.targets[rank].id }),
    changed: async (db, w, rank) => (await db.select().from(sessions).where(eq(sessions.userId, w.targets[rank].userId!))).length === 0,
  },
};

const TEAM_CASES: Record<string, Omit<Case, "input" | "changed"> & { input: (w: World) => unknown; changed: (db: Database, w: World) => Promise<boolean> }> = {
  createTeam: {
    action: createTeam as never,
    input: () => ({ name: "Brand New Team" }),
    changed: async (db, w) => (await db.select().from(teams).where(eq(teams.organizationId, w.org.organization.id))).some((t) => t.name === "Brand New Team"),
  },
  updateTeam: {
    action: updateTeam as never,
    input: (w) => ({ teamId: w.teamId, name: "Renamed Team", description: "New words" }),
    changed: async (db, w) => (await db.select().from(teams).where(eq(teams.id, w.teamId)))[0]?.name === "Renamed Team",
  },
  deleteTeam: {
    action: deleteTeam as never,
    input: (w) => ({ teamId: w.teamId }),
    changed: async (db, w) => (await db.select().from(teams).where(eq(teams.id, w.teamId))).length === 0,
  },
  addTeamMembers: {
    action: addTeamMembers as never,
    input: (w) => ({ teamId: w.teamId, memberIds: [w.targets.analyst.id], role: "member" }),
    changed: async (db, w) => (await teamMemberIds(db, w.teamId)).includes(w.targets.analyst.id),
  },
  removeTeamMember: {
    action: removeTeamMember as never,
    input: (w) => ({ teamId: w.teamId, memberId: w.targets.viewer.id }),
    changed: async (db, w) => !(await teamMemberIds(db, w.teamId)).includes(w.targets.viewer.id),
  },
  // Also a Maintainer of the team (tests/integration/notification-events.test.ts); no caller here is one.
  inviteToTeam: {
    action: inviteToTeam as never,
    input: (w) => ({ teamId: w.teamId, memberId: w.targets.analyst.id, teamRole: "member" }),
    changed: async (db, w) => (await db.select().from(teamInvitations).where(eq(teamInvitations.teamId, w.teamId))).some((r) => r.memberId === w.targets.analyst.id),
  },
  setTeamMemberRole: {
    action: setTeamMemberRole as never,
    input: (w) => ({ teamId: w.teamId, memberId: w.targets.viewer.id, role: "maintainer" }),
    changed: async (db, w) =>
      (await db.select().from(teamMembers).where(eq(teamMembers.teamId, w.teamId))).some((r) => r.memberId === w.targets.viewer.id && r.role === "maintainer"),
  },
};

const orgRow = async (db: Database, w: World) => (await db.select().from(organizations).where(eq(organizations.id, w.org.organization.id)))[0];

const ORG_CASES: Record<string, { action: OrgAction<never, unknown>; input: (w: World) => unknown; changed: (db: Database, w: World, caller: Caller) => Promise<boolean> }> = {
  updateOrganization: {
    action: updateOrganization as never,
    input: (w) => ({ name: "Renamed Org", slug: w.org.slug, defaultRole: "viewer", invitationExpiryDays: 14 }),
    changed: async (db, w) => (await orgRow(db, w))?.name === "Renamed Org",
  },
  updateSeatLimit: {
    action: updateSeatLimit as never,
    input: () => ({ seatLimit: 500 }),
    changed: async (db, w) => (await orgRow(db, w))?.seatLimit === 500,
  },
  sendReauthCode: {
    action: sendReauthCode as never,
    input: () => ({ purpose: "transfer_ownership" }),
    changed: async (db, w) => (await db.select().from(emailOutbox).where(eq(emailOutbox.to, w.org.byRole.owner.member.email))).length === 1,
  },
  transferOwnership: {
    action: transferOwnership as never,
    input: (w) => ({ memberId: w.targets.admin.id, confirmSlug: w.org.slug }),
    changed: async (db, w) => (await rowOf(db, w.targets.admin.id))?.role === "owner",
  },
  deleteOrganization: {
    action: deleteOrganization as never,
    input: (w) => ({ confirmSlug: w.org.slug }),
    changed: async (db, w) => (await orgRow(db, w)) === undefined,
  },
  leaveOrganization: {
    action: leaveOrganization as never,
    input: () => ({}),
    changed: async (db, w, caller) => caller !== "inactive" && caller !== "outsider" && caller !== "signedOut" && (await rowOf(db, w.org.byRole[caller].member.id)) === undefined,
  },
};

/** The caller's identity with a session created just now (actions needing a recent sign-in accept it). */
async function freshlySignedIn(db: Database, identity: ReturnType<typeof identityOf>) {
  if (!identity.user) return identity;
  const sessionToken = `matrix-${crypto.randomUUID()}`;
  await db.insert(sessions).values({ sessionToken, userId: identity.user.id, expires: new Date(Date.now() + 3_600_000) });
  return { ...identity, sessionToken };
}

async function teamMemberIds(db: Database, teamId: string) {
  return (await db.select().from(teamMembers).where(eq(teamMembers.teamId, teamId))).map((r) => r.memberId);
}

/** Everything an action could change in the organization, in a comparable form. */
async function snapshot(db: Database, organizationId: string) {
  const [org] = await db.select().from(organizations).where(eq(organizations.id, organizationId));
  const memberUsers = db.select({ userId: members.userId }).from(members).where(eq(members.organizationId, organizationId));
  return JSON.stringify({
    sessions: await db.select().from(sessions).where(inArray(sessions.userId, memberUsers)).orderBy(asc(sessions.sessionToken)),
    org,
    members: await db.select().from(members).where(eq(members.organizationId, organizationId)).orderBy(asc(members.id)),
    teams: await db.select().from(teams).where(eq(teams.organizationId, organizationId)).orderBy(asc(teams.id)),
    teamMembers: await db.select().from(teamMembers).where(eq(teamMembers.organizationId, organizationId)).orderBy(asc(teamMembers.memberId)),
    teamInvitations: await db.select().from(teamInvitations).where(eq(teamInvitations.organizationId, organizationId)).orderBy(asc(teamInvitations.id)),
    invitations: await db.select().from(invitations).where(eq(invitations.organizationId, organizationId)).orderBy(asc(invitations.id)),
    audit: (await db.select().from(auditEvents).where(eq(auditEvents.organizationId, organizationId))).length,
  });
}

function identityOf(world: World, caller: Caller) {
  if (caller === "inactive") return world.org.inactive.identity;
  if (caller === "outsider") return world.org.outsider;
  if (caller === "signedOut") return world.org.signedOut;
  return world.org.byRole[caller].identity;
}

const REFUSAL: Partial<Record<Caller, string>> = { signedOut: "unauthenticated", outsider: "not_found", inactive: "not_found" };

describe.each(drivers)("authorization matrix (%s)", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t.close();
  });

  async function buildWorld(): Promise<World> {
    const org = await createOrgFixture(t.db, { base: "matrix" });
    // A second Owner, so that an Owner leaving or being acted on never hits the last-Owner rule.
    const targets = {} as World["targets"];
    for (const rank of RANKS) targets[rank] = (await addMember(t.db, org.organization, { role: rank, name: `Target ${rank}` })).member;
    // Every target is signed in somewhere, so ending their sessions has something to end.
    for (const target of Object.values(targets)) {
      await t.db.insert(sessions).values({ sessionToken: `matrix-${crypto.randomUUID()}`, userId: target.userId!, expires: new Date(Date.now() + 3_600_000) });
    }
    const [team] = await t.db.insert(teams).values({ organizationId: org.organization.id, name: "Core" }).returning();
    await t.db.insert(teamMembers).values({ organizationId: org.organization.id, teamId: team!.id, memberId: targets.viewer.id });
    return { org, targets, teamId: team!.id };
  }

  describe.each(Object.keys(TARGET_CASES))("%s", (name) => {
    const testCase = TARGET_CASES[name]!;
    it.each(CALLERS)("called by %s: allowed exactly on the expected target ranks", async (caller) => {
      const world = await buildWorld();
      const row = caller in ON_TARGETS[name]! ? ON_TARGETS[name]![caller as (typeof RANKS)[number]] : "......";
      for (const [index, rank] of RANKS.entries()) {
        const expected = row[index] === "Y";
        const before = await snapshot(t.db, world.org.organization.id);
        const result = await testCase.action.run(t.db, identityOf(world, caller), world.org.slug, testCase.input(world, rank) as never);
        const label = `${caller} → ${name} on ${rank}`;
        if (expected) {
          expect(result, label).toMatchObject({ ok: true });
          expect(await testCase.changed(t.db, world, rank), label).toBe(true);
        } else {
          expect(result, label).toMatchObject({ ok: false, code: REFUSAL[caller] ?? "forbidden" });
          expect(await snapshot(t.db, world.org.organization.id), label).toBe(before);
        }
      }
    });
  });

  describe.each(Object.keys(ORG_CASES))("%s", (name) => {
    const testCase = ORG_CASES[name]!;
    it.each(CALLERS)("called by %s", async (caller) => {
      const world = await buildWorld();
      const identity = await freshlySignedIn(t.db, identityOf(world, caller));
      const before = await snapshot(t.db, world.org.organization.id);
      const result = await testCase.action.run(t.db, identity, world.org.slug, testCase.input(world) as never);
      if (ORG_ALLOWED[name]!.includes(caller)) {
        expect(result).toMatchObject({ ok: true });
        expect(await testCase.changed(t.db, world, caller)).toBe(true);
      } else {
        expect(result).toMatchObject({ ok: false, code: REFUSAL[caller] ?? "forbidden" });
        expect(await snapshot(t.db, world.org.organization.id)).toBe(before);
      }
    });
  });

  describe.each(Object.keys(TEAM_CASES))("%s", (name) => {
    const testCase = TEAM_CASES[name]!;
    it.each(CALLERS)("called by %s", async (caller) => {
      const world = await buildWorld();
      const before = await snapshot(t.db, world.org.organization.id);
      const result = await testCase.action.run(t.db, identityOf(world, caller), world.org.slug, testCase.input(world) as never);
      if (TEAM_MANAGERS.includes(caller)) {
        expect(result).toMatchObject({ ok: true });
        expect(await testCase.changed(t.db, world)).toBe(true);
      } else {
        expect(result).toMatchObject({ ok: false, code: REFUSAL[caller] ?? "forbidden" });
        expect(await snapshot(t.db, world.org.organization.id)).toBe(before);
      }
    });
  });
});
