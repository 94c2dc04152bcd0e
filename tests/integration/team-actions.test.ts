// The team write path through its actions, on both drivers: what each action changes and audits,
// who is refused (with nothing changed), duplicate names, other organizations' ids, bad input,
// and the Add members search.
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditEvents, members, teamMembers, teams } from "@/db/schema";
import { getTeamSummary, listTeamMembersPage, listTeamsWithCounts } from "@/db/queries/teams";
import type { OrgAction } from "@/lib/actions/kernel/define-org-action";
import type { RequestIdentity } from "@/lib/actions/kernel/request-identity";
import { addTeamMembers } from "@/lib/actions/teams/add-team-members";
import { createTeam } from "@/lib/actions/teams/create-team";
import { deleteTeam } from "@/lib/actions/teams/delete-team";
import { removeTeamMember } from "@/lib/actions/teams/remove-team-member";
import { searchTeamCandidates } from "@/lib/actions/teams/search-team-candidates";
import { setTeamMemberRole } from "@/lib/actions/teams/set-team-member-role";
import { updateTeam } from "@/lib/actions/teams/update-team";
import { addMember, createOrgFixture, type OrgFixture } from "../helpers/org-fixture";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

const HUGE = "x".repeat(10_000);
type Action = OrgAction<never, unknown>;

interface World {
  org: OrgFixture;
  /** "Platform": the Viewer (member) and the Developer (maintainer). */
  team: { id: string; name: string };
  /** "Design": the Viewer. */
  other: { id: string; name: string };
  /** Another organization, its team "Theirs" and one of its members in it. */
  foreign: { org: OrgFixture; teamId: string; memberId: string };
}

async function insertTeam(db: Database, organizationId: string, name: string) {
  const [team] = await db.insert(teams).values({ organizationId, name }).returning({ id: teams.id, name: teams.name });
  return team!;
}

async function buildWorld(db: Database): Promise<World> {
  const org = await createOrgFixture(db, { base: "teams" });
  const team = await insertTeam(db, org.organization.id, "Platform");
  const other = await insertTeam(db, org.organization.id, "Design");
  const organizationId = org.organization.id;
  await db.insert(teamMembers).values([
    { organizationId, teamId: team.id, memberId: org.byRole.viewer.member.id, role: "member" },
    { organizationId, teamId: team.id, memberId: org.byRole.developer.member.id, role: "maintainer" },
    { organizationId, teamId: other.id, memberId: org.byRole.viewer.member.id, role: "member" },
  ]);
  const foreignOrg = await createOrgFixture(db, { base: "elsewhere" });
  const theirs = await insertTeam(db, foreignOrg.organization.id, "Theirs");
  const foreignMemberId = foreignOrg.byRole.analyst.member.id;
  await db.insert(teamMembers).values({ organizationId: foreignOrg.organization.id, teamId: theirs.id, memberId: foreignMemberId });
  return { org, team, other, foreign: { org: foreignOrg, teamId: theirs.id, memberId: foreignMemberId } };
}

/** Everything a team action could touch in an organization, in a stable order. */
async function snapshot(db: Database, organizationId: string) {
  return {
    teams: await db.select().from(teams).where(eq(teams.organizationId, organizationId)).orderBy(asc(teams.id)),
    teamMembers: await db
      .select()
      .from(teamMembers)
      .where(eq(teamMembers.organizationId, organizationId))
      .orderBy(asc(teamMembers.teamId), asc(teamMembers.memberId)),
    members: await db.select().from(members).where(eq(members.organizationId, organizationId)).orderBy(asc(members.id)),
    audit: await db.select().from(auditEvents).where(eq(auditEvents.organizationId, organizationId)).orderBy(asc(auditEvents.id)),
  };
}

/** One valid call of each action against the world. */
const VALID_INPUTS: Record<string, [Action, (w: World) => unknown]> = {
  createTeam: [createTeam as never, () => ({ name: "Brand New", description: "Fresh" })],
  updateTeam: [updateTeam as never, (w) => ({ teamId: w.team.id, name: "Renamed", description: "" })],
  deleteTeam: [deleteTeam as never, (w) => ({ teamId: w.team.id })],
  addTeamMembers: [addTeamMembers as never, (w) => ({ teamId: w.team.id, memberIds: [w.org.byRole.analyst.member.id], role: "member" })],
  removeTeamMember: [removeTeamMember as never, (w) => ({ teamId: w.team.id, memberId: w.org.byRole.viewer.member.id })],
  setTeamMemberRole: [setTeamMemberRole as never, (w) => ({ teamId: w.team.id, memberId: w.org.byRole.viewer.member.id, role: "maintainer" })],
};

describe.each(drivers)("team actions (%s)", (driver) => {
  let t: TestDatabase;
  let w: World;

  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t.close();
  });

  async function fresh() {
    w = await buildWorld(t.db);
    return w;
  }
  const as = (role: keyof OrgFixture["byRole"]) => w.org.byRole[role].identity;
  const run = (action: Action, who: RequestIdentity, input: unknown) => action.run(t.db, who, w.org.slug, input);
  const teamRows = async (teamId: string) =>
    t.db.select().from(teamMembers).where(eq(teamMembers.teamId, teamId)).orderBy(asc(teamMembers.memberId));
  const auditActions = async (organizationId = w.org.organization.id) =>
    (await t.db.select().from(auditEvents).where(eq(auditEvents.organizationId, organizationId)).orderBy(asc(auditEvents.createdAt))).map(
      (e) => e.action,
    );

  describe("each action succeeds for Owners, Admins and Managers and is audited", () => {
    it.each(["owner", "admin", "manager"] as const)("a %s creates, renames, staffs and deletes a team", async (role) => {
      await fresh();
      const actor = w.org.byRole[role];
      const created = await run(createTeam as never, actor.identity, { name: "  Data Science  ", description: "  Models  " });
      expect(created).toMatchObject({ ok: true, data: { name: "Data Science" } });
      const teamId = (created as { data: { id: string } }).data.id;
      expect(await getTeamSummary(t.db, { organizationId: w.org.organization.id, teamId })).toMatchObject({
        name: "Data Science",
        description: "Models",
        memberCount: 0,
      });

      expect(await run(updateTeam as never, actor.identity, { teamId, name: "ML", description: "" })).toMatchObject({ ok: true });
      expect(await getTeamSummary(t.db, { organizationId: w.org.organization.id, teamId })).toMatchObject({ name: "ML", description: null });

      const analyst = w.org.byRole.analyst.member.id;
      expect(await run(addTeamMembers as never, actor.identity, { teamId, memberIds: [analyst], role: "maintainer" })).toMatchObject({
        ok: true,
        data: { added: 1, alreadyInTeam: 0 },
      });
      expect(await run(setTeamMemberRole as never, actor.identity, { teamId, memberId: analyst, role: "member" })).toMatchObject({
        ok: true,
        data: { changed: true },
      });
      expect((await teamRows(teamId)).map((r) => [r.memberId, r.role])).toEqual([[analyst, "member"]]);
      expect(await run(removeTeamMember as never, actor.identity, { teamId, memberId: analyst })).toMatchObject({ ok: true });
      expect(await teamRows(teamId)).toEqual([]);
      expect(await run(deleteTeam as never, actor.identity, { teamId })).toMatchObject({ ok: true });
      expect(await getTeamSummary(t.db, { organizationId: w.org.organization.id, teamId })).toBeNull();

      const events = await t.db.select().from(auditEvents).where(eq(auditEvents.organizationId, w.org.organization.id)).orderBy(asc(auditEvents.createdAt));
      expect(events.map((e) => e.action)).toEqual([
        "team.created",
        "team.updated",
        "team.member_added",
        "team.member_role_changed",
        "team.member_removed",
        "team.deleted",
      ]);
      for (const event of events) {
        expect(event).toMatchObject({ actorUserId: actor.identity.user!.id, actorEmail: actor.member.email, ip: "198.51.100.7" });
      }
      expect(events[1]).toMatchObject({ targetId: teamId, targetName: "ML", metadata: { previousName: "Data Science", descriptionChanged: true } });
      expect(events[2]).toMatchObject({ targetType: "member", targetId: analyst, metadata: { teamName: "ML", teamRole: "maintainer" } });
      expect(events[3]).toMatchObject({ metadata: { from: "maintainer", to: "member" } });
    });

    it("a Developer granted the extra “Manage teams” permission may manage teams too", async () => {
      await fresh();
      const granted = await addMember(t.db, w.org.organization, { role: "developer", name: "Team Lead", permissions: ["teams.manage"] });
      expect(await run(createTeam as never, granted.identity, { name: "Delegated" })).toMatchObject({ ok: true });
    });
  });

  describe("refused callers change nothing", () => {
    const callers = [
      ["a Developer", (o: OrgFixture) => o.byRole.developer.identity, "forbidden"],
      ["an Analyst", (o: OrgFixture) => o.byRole.analyst.identity, "forbidden"],
      ["a Viewer", (o: OrgFixture) => o.byRole.viewer.identity, "forbidden"],
      ["an Inactive member", (o: OrgFixture) => o.inactive.identity, "not_found"],
      ["an outsider", (o: OrgFixture) => o.outsider, "not_found"],
      ["a signed-out caller", (o: OrgFixture) => o.signedOut, "unauthenticated"],
    ] as const;
    const cases = callers.flatMap(([who, identity, code]) => Object.keys(VALID_INPUTS).map((name) => [who, name, identity, code] as const));

    beforeAll(async () => {
      await fresh();
    });

    it.each(cases)("%s cannot %s", async (_who, name, identity, code) => {
      const [action, input] = VALID_INPUTS[name]!;
      const before = await snapshot(t.db, w.org.organization.id);
      expect(await run(action, identity(w.org), input(w))).toMatchObject({ ok: false, code });
      expect(await snapshot(t.db, w.org.organization.id)).toEqual(before);
    });
  });

  describe("team names", () => {
    it("refuses a duplicate name, case-insensitively, as a field error on name", async () => {
      await fresh();
      const before = await snapshot(t.db, w.org.organization.id);
      expect(await run(createTeam as never, as("admin"), { name: "  pLaTfOrM " })).toMatchObject({
        ok: false,
        code: "conflict",
        fieldErrors: { name: ["A team with this name already exists"] },
      });
      expect(await run(updateTeam as never, as("admin"), { teamId: w.other.id, name: "PLATFORM" })).toMatchObject({
        ok: false,
        code: "conflict",
        fieldErrors: { name: ["A team with this name already exists"] },
      });
      expect(await snapshot(t.db, w.org.organization.id)).toEqual(before);
    });

    it("lets a team change the case of its own name, and another organization reuse it", async () => {
      await fresh();
      expect(await run(updateTeam as never, as("admin"), { teamId: w.team.id, name: "PLATFORM" })).toMatchObject({ ok: true });
      expect(await createTeam.run(t.db, w.foreign.org.byRole.owner.identity, w.foreign.org.slug, { name: "Platform" })).toMatchObject({ ok: true });
    });
  });

  describe("ids from another organization are not found and change nothing", () => {
    const foreignCases: [string, Action, (w: World) => unknown][] = [
      ["rename their team", updateTeam as never, (x) => ({ teamId: x.foreign.teamId, name: "Hijacked" })],
      ["delete their team", deleteTeam as never, (x) => ({ teamId: x.foreign.teamId })],
      ["add to their team", addTeamMembers as never, (x) => ({ teamId: x.foreign.teamId, memberIds: [x.org.byRole.analyst.member.id] })],
      ["add their member", addTeamMembers as never, (x) => ({ teamId: x.team.id, memberIds: [x.org.byRole.analyst.member.id, x.foreign.memberId] })],
      ["remove from their team", removeTeamMember as never, (x) => ({ teamId: x.foreign.teamId, memberId: x.foreign.memberId })],
      ["remove their member", removeTeamMember as never, (x) => ({ teamId: x.team.id, memberId: x.foreign.memberId })],
      ["change a role in their team", setTeamMemberRole as never, (x) => ({ teamId: x.foreign.teamId, memberId: x.foreign.memberId, role: "maintainer" })],
      ["change their member's role", setTeamMemberRole as never, (x) => ({ teamId: x.team.id, memberId: x.foreign.memberId, role: "maintainer" })],
    ];

    beforeAll(async () => {
      await fresh();
    });

    it.each(foreignCases)("an Owner cannot %s", async (_what, action, input) => {
      const mine = await snapshot(t.db, w.org.organization.id);
      const theirs = await snapshot(t.db, w.foreign.org.organization.id);
      expect(await run(action, as("owner"), input(w))).toMatchObject({ ok: false, code: "not_found" });
      expect(await snapshot(t.db, w.org.organization.id)).toEqual(mine);
      expect(await snapshot(t.db, w.foreign.org.organization.id)).toEqual(theirs);
    });

    it("a member who is not in the team cannot be removed from it or given a team role", async () => {
      const analyst = w.org.byRole.analyst.member.id;
      expect(await run(removeTeamMember as never, as("owner"), { teamId: w.team.id, memberId: analyst })).toMatchObject({ ok: false, code: "not_found" });
      expect(await run(setTeamMemberRole as never, as("owner"), { teamId: w.team.id, memberId: analyst, role: "member" })).toMatchObject({
        ok: false,
        code: "not_found",
      });
    });
  });

  describe("bad input is a field error, never an exception", () => {
    const badInputs: [string, Action, (w: World) => unknown, string][] = [
      ["no input at all", createTeam as never, () => undefined, "_form"],
      ["a 10 kB team name", createTeam as never, () => ({ name: HUGE }), "name"],
      ["a blank team name", createTeam as never, () => ({ name: "   " }), "name"],
      ["a team name with a line break", createTeam as never, () => ({ name: "Two\nlines" }), "name"],
      ["a number as team name", createTeam as never, () => ({ name: 42 }), "name"],
      ["a 10 kB description", createTeam as never, () => ({ name: "Fine", description: HUGE }), "description"],
      ["an object as description", createTeam as never, () => ({ name: "Fine", description: { a: 1 } }), "description"],
      ["a 10 kB rename", updateTeam as never, (x) => ({ teamId: x.team.id, name: HUGE }), "name"],
      ["a team id that is not a uuid", updateTeam as never, () => ({ teamId: "1 OR 1=1", name: "Fine" }), "teamId"],
      ["a number as team id", deleteTeam as never, () => ({ teamId: 7 }), "teamId"],
      ["no team id", deleteTeam as never, () => ({}), "teamId"],
      ["an empty member list", addTeamMembers as never, (x) => ({ teamId: x.team.id, memberIds: [] }), "memberIds"],
      ["a string as member list", addTeamMembers as never, (x) => ({ teamId: x.team.id, memberIds: "everyone" }), "memberIds"],
      ["a member id that is not a uuid", addTeamMembers as never, (x) => ({ teamId: x.team.id, memberIds: ["../../etc"] }), "memberIds.0"],
      ["an unknown team role", addTeamMembers as never, (x) => ({ teamId: x.team.id, memberIds: [x.org.byRole.analyst.member.id], role: "owner" }), "role"],
      ["a 10 kB member id", removeTeamMember as never, (x) => ({ teamId: x.team.id, memberId: HUGE }), "memberId"],
      ["a missing team role", setTeamMemberRole as never, (x) => ({ teamId: x.team.id, memberId: x.org.byRole.viewer.member.id }), "role"],
    ];

    beforeAll(async () => {
      await fresh();
    });

    it.each(badInputs)("%s", async (_what, action, input, field) => {
      const before = await snapshot(t.db, w.org.organization.id);
      const result = await run(action, as("owner"), input(w));
      expect(result).toMatchObject({ ok: false, code: "invalid_input" });
      if (!result.ok) expect(result.fieldErrors?.[field]?.[0]).toEqual(expect.any(String));
      expect(await snapshot(t.db, w.org.organization.id)).toEqual(before);
    });
  });

  describe("what the actions do to members", () => {
    it("deleting a team keeps its members, in the organization and in their other teams", async () => {
      await fresh();
      const before = await snapshot(t.db, w.org.organization.id);
      expect(await run(deleteTeam as never, as("manager"), { teamId: w.team.id })).toMatchObject({ ok: true, data: { name: "Platform" } });
      const after = await snapshot(t.db, w.org.organization.id);
      expect(after.members).toEqual(before.members);
      expect(after.teams.map((x) => x.name)).toEqual(["Design"]);
      expect(after.teamMembers.map((r) => [r.teamId, r.memberId])).toEqual([[w.other.id, w.org.byRole.viewer.member.id]]);
      expect(after.audit.at(-1)).toMatchObject({ action: "team.deleted", targetName: "Platform", metadata: { memberCount: 2 } });
    });

    it("adding people already in the team keeps their team role and audits only the newcomers", async () => {
      await fresh();
      const { viewer, developer, analyst } = w.org.byRole;
      const result = await run(addTeamMembers as never, as("manager"), {
        teamId: w.team.id,
        memberIds: [developer.member.id, analyst.member.id, analyst.member.id],
        role: "member",
      });
      expect(result).toMatchObject({ ok: true, data: { added: 1, alreadyInTeam: 1 } });
      const roles = Object.fromEntries((await teamRows(w.team.id)).map((r) => [r.memberId, r.role]));
      expect(roles).toEqual({ [viewer.member.id]: "member", [developer.member.id]: "maintainer", [analyst.member.id]: "member" });
      expect(await auditActions()).toEqual(["team.member_added"]);
    });

    it("removing a member from a team keeps them in the organization and their other teams", async () => {
      await fresh();
      const viewer = w.org.byRole.viewer.member;
      expect(await run(removeTeamMember as never, as("manager"), { teamId: w.team.id, memberId: viewer.id })).toMatchObject({ ok: true });
      expect((await t.db.select().from(members).where(eq(members.id, viewer.id)))[0]).toMatchObject({ status: "active" });
      expect((await teamRows(w.other.id)).map((r) => r.memberId)).toEqual([viewer.id]);
      const [event] = await t.db.select().from(auditEvents).where(eq(auditEvents.organizationId, w.org.organization.id));
      expect(event).toMatchObject({ action: "team.member_removed", targetName: viewer.name, targetEmail: viewer.email, metadata: { teamName: "Platform" } });
    });

    it("choosing the team role a member already has changes and records nothing", async () => {
      await fresh();
      const input = { teamId: w.team.id, memberId: w.org.byRole.developer.member.id, role: "maintainer" };
      expect(await run(setTeamMemberRole as never, as("manager"), input)).toMatchObject({ ok: true, data: { changed: false } });
      expect(await auditActions()).toEqual([]);
    });
  });

  describe("the Add members search", () => {
    const search = (who: RequestIdentity, input: unknown, slug = w.org.slug) => searchTeamCandidates.run(t.db, who, slug, input);

    beforeAll(async () => {
      await fresh();
      for (let i = 0; i < 25; i++) await addMember(t.db, w.org.organization, { role: "viewer", name: `Zed Crowd ${String(i).padStart(2, "0")}` });
    });

    it("finds members of this organization by name or email, marking those already in the team", async () => {
      const byName = await search(as("manager"), { teamId: w.team.id, q: "viewer PERSON" });
      expect(byName).toMatchObject({ ok: true, data: { more: false } });
      if (!byName.ok) return;
      expect(byName.data.candidates.map((c) => [c.id, c.inTeam])).toEqual([[w.org.byRole.viewer.member.id, true]]);
      const analyst = w.org.byRole.analyst.member;
      const byEmail = await search(as("manager"), { teamId: w.team.id, q: analyst.email.slice(0, 12) });
      expect(byEmail.ok && byEmail.data.candidates.map((c) => [c.email, c.inTeam])).toEqual([[analyst.email, false]]);
      // The other organization's analyst has the same name; they are never offered.
      const everyone = await search(as("manager"), { teamId: w.team.id, q: "analyst person" });
      expect(everyone.ok && everyone.data.candidates.map((c) => c.id)).toEqual([analyst.id]);
    });

    it("returns at most 20 people, by name, and says there are more", async () => {
      const result = await search(as("owner"), { teamId: w.team.id, q: "zed crowd" });
      expect(result.ok && result.data.candidates.map((c) => c.name)).toEqual(Array.from({ length: 20 }, (_, i) => `Zed Crowd ${String(i).padStart(2, "0")}`));
      expect(result.ok && result.data.more).toBe(true);
    });

    it("matches one or two characters against the start of a word, not inside one", async () => {
      const result = await search(as("owner"), { teamId: w.team.id, q: "ow" });
      expect(result.ok && result.data.candidates.map((c) => c.name)).toEqual(["owner person"]);
    });

    it("matches LIKE wildcards literally", async () => {
      expect(await search(as("owner"), { teamId: w.team.id, q: "%_%" })).toMatchObject({ ok: true, data: { candidates: [], more: false } });
    });

    it("is refused to those who may not manage teams (but a team's Maintainer, who may invite to it), to outsiders and for other organizations' teams", async () => {
      const input = { teamId: w.team.id, q: "person" };
      expect(await search(as("analyst"), input)).toMatchObject({ ok: false, code: "forbidden" });
      expect(await search(as("viewer"), input)).toMatchObject({ ok: false, code: "forbidden" }); // a plain Member of it
      expect(await search(as("developer"), input)).toMatchObject({ ok: true }); // its Maintainer
      expect(await search(as("developer"), { teamId: w.other.id, q: "person" })).toMatchObject({ ok: false, code: "forbidden" });
      expect(await search(w.org.inactive.identity, input)).toMatchObject({ ok: false, code: "not_found" });
      expect(await search(w.org.outsider, input)).toMatchObject({ ok: false, code: "not_found" });
      expect(await search(w.org.signedOut, input)).toMatchObject({ ok: false, code: "unauthenticated" });
      expect(await search(as("owner"), { teamId: w.foreign.teamId, q: "" })).toMatchObject({ ok: false, code: "not_found" });
      expect(await search(as("owner"), input, w.foreign.org.slug)).toMatchObject({ ok: false, code: "not_found" });
    });

    it("answers bad input with a field error", async () => {
      expect(await search(as("owner"), { teamId: "nope", q: "x" })).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { teamId: ["Unknown team"] } });
      expect(await search(as("owner"), { teamId: w.team.id, q: HUGE })).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { q: [expect.any(String)] } });
      expect(await search(as("owner"), { teamId: w.team.id, q: ["a"] })).toMatchObject({ ok: false, code: "invalid_input" });
    });
  });

  describe("the team page's queries", () => {
    it("pages a team's members by name, filters them by name or email, and ignores ids that are not uuids", async () => {
      await fresh();
      const organizationId = w.org.organization.id;
      const first = await listTeamMembersPage(t.db, { organizationId, teamId: w.team.id, page: 1, pageSize: 1 });
      expect(first).toMatchObject({ total: 2, page: 1, pageCount: 2, rows: [{ name: "developer person", teamRole: "maintainer" }] });
      const pastTheEnd = await listTeamMembersPage(t.db, { organizationId, teamId: w.team.id, page: 9, pageSize: 1 });
      expect(pastTheEnd).toMatchObject({ page: 2, rows: [{ name: "viewer person", teamRole: "member" }] });
      const filtered = await listTeamMembersPage(t.db, { organizationId, teamId: w.team.id, page: 1, pageSize: 50, q: "VIEWER" });
      expect(filtered.rows.map((r) => r.memberId)).toEqual([w.org.byRole.viewer.member.id]);
      expect(await getTeamSummary(t.db, { organizationId, teamId: "not-a-uuid" })).toBeNull();
      expect(await getTeamSummary(t.db, { organizationId, teamId: w.foreign.teamId })).toBeNull();
      expect(await getTeamSummary(t.db, { organizationId, teamId: w.team.id })).toMatchObject({ name: "Platform", memberCount: 2 });
    });

    it("lists the organization's teams by name, member count or creation, narrowed by name, never another organization's", async () => {
      await fresh();
      const organizationId = w.org.organization.id;
      await t.db.update(teams).set({ createdAt: new Date("2020-01-01T00:00:00.000Z") }).where(eq(teams.id, w.team.id));
      const names = async (options: Omit<Parameters<typeof listTeamsWithCounts>[1], "organizationId">) =>
        (await listTeamsWithCounts(t.db, { organizationId, ...options })).map((team) => `${team.name}:${team.memberCount}`);
      expect(await names({})).toEqual(["Design:1", "Platform:2"]);
      expect(await names({ sort: "name", desc: true })).toEqual(["Platform:2", "Design:1"]);
      expect(await names({ sort: "members", desc: true })).toEqual(["Platform:2", "Design:1"]);
      expect(await names({ sort: "members" })).toEqual(["Design:1", "Platform:2"]);
      expect(await names({ sort: "created" })).toEqual(["Platform:2", "Design:1"]);
      expect(await names({ q: "plat" })).toEqual(["Platform:2"]);
      expect(await names({ q: "%" })).toEqual([]);
      expect(await names({ q: "Theirs" })).toEqual([]);
    });
  });
});
