// Bulk actions on members: the preview says exactly what Apply does (changed and skipped, grouped
// by reason) for every action and every caller, against a table written out by hand from
// DESIGN.md; "all matching" is the filter at the moment of confirmation; batches of 1,000; hostile
// input changes nothing; Undo restores role, status and teams within 10 minutes and refuses, with
// the reason, anyone changed since — on both drivers.
import crypto from "node:crypto";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditEvents, bulkOperations, emailOutbox, members, notifications, teamMembers, teams, type Member } from "@/db/schema";
import { runBulkAction, type BulkResult } from "@/lib/actions/bulk/apply-bulk-action";
import { previewBulkAction, type BulkPreview } from "@/lib/actions/bulk/preview-bulk-action";
import { recordSelectionExport } from "@/lib/actions/bulk/record-selection-export";
import { BACK_SINCE, CHANGED_SINCE, undoBulkOperation } from "@/lib/actions/bulk/undo-bulk-operation";
import type { RequestIdentity } from "@/lib/actions/kernel/request-identity";
import { changeRole } from "@/lib/actions/members/change-role";
import { removeMember } from "@/lib/actions/members/remove-member";
import { setMemberStatus } from "@/lib/actions/members/set-member-status";
import { LAST_OWNER_MESSAGE } from "@/lib/members/rules";
import { NOT_A_MEMBER, NO_FREE_SEAT } from "@/lib/bulk/evaluate";
import type { ActionResult } from "@/lib/errors";
import type { Role } from "@/lib/permissions";
import { addMember, createOrgFixture, type OrgFixture } from "../helpers/org-fixture";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

const RANKS = ["owner", "admin", "manager", "developer", "analyst", "viewer"] as const;

function ok<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`${result.code}: ${result.error}`);
  return result.data;
}

async function newTeam(db: Database, org: OrgFixture, name = `Team ${crypto.randomUUID().slice(0, 6)}`) {
  const [team] = await db.insert(teams).values({ organizationId: org.organization.id, name }).returning();
  return team!;
}

async function memberRow(db: Database, id: string): Promise<Member | undefined> {
  const [row] = await db.select().from(members).where(eq(members.id, id));
  return row;
}

async function teamIdsOf(db: Database, memberId: string): Promise<string[]> {
  const rows = await db.select({ teamId: teamMembers.teamId }).from(teamMembers).where(eq(teamMembers.memberId, memberId)).orderBy(asc(teamMembers.teamId));
  return rows.map((r) => r.teamId);
}

async function eventCount(db: Database, organizationId: string, action?: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditEvents)
    .where(and(eq(auditEvents.organizationId, organizationId), action ? eq(auditEvents.action, action) : undefined));
  return Number(row!.n);
}

/** Preview, then apply the same request; both results. */
async function previewThenApply(db: Database, identity: RequestIdentity, slug: string, input: unknown): Promise<{ preview: BulkPreview; result: BulkResult }> {
  const preview = ok(await previewBulkAction.run(db, identity, slug, input));
  const result = ok(await runBulkAction(db, identity, slug, input));
  return { preview, result };
}

/** Inserts `n` active members quickly (no users: enough for role and team changes). */
async function bulkMembers(db: Database, org: OrgFixture, n: number, values: Partial<typeof members.$inferInsert> = {}): Promise<string[]> {
  const ids: string[] = [];
  for (let at = 0; at < n; at += 500) {
    const rows = Array.from({ length: Math.min(500, n - at) }, (_, i) => ({
      organizationId: org.organization.id,
      email: `bulk.${at + i}.${crypto.randomUUID().slice(0, 6)}@${org.slug}.test`,
      name: `Bulk ${String(at + i).padStart(5, "0")}`,
      role: "developer" as const,
      status: "active" as const,
      department: "Engineering",
      ...values,
    }));
    const inserted = await db.insert(members).values(rows).returning({ id: members.id });
    ids.push(...inserted.map((r) => r.id));
  }
  return ids;
}

describe.each(drivers)("bulk actions (%s)", (driver) => {
  let t: TestDatabase;
  let db: Database;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
    db = t.db;
  });
  afterAll(async () => {
    await t?.close();
  });

  // Expected by hand, per caller: which of the six rank members (in RANKS order; the caller is one
  // of them) each action changes — Y changed, . skipped — or null when the caller may not run it.
  const OPERATIONS = {
    change_role: { operation: { type: "change_role", role: "viewer" }, expected: { owner: ".YYYY.", admin: "..YYY.", manager: "...YY.", developer: null, analyst: null, viewer: null } },
    disable: { operation: { type: "disable" }, expected: { owner: ".YYYYY", admin: "..YYYY", manager: null, developer: null, analyst: null, viewer: null } },
    remove: { operation: { type: "remove" }, expected: { owner: ".YYYYY", admin: "..YYYY", manager: null, developer: null, analyst: null, viewer: null } },
    send_message: {
      operation: { type: "send_message", subject: "Heads up", message: "Office closed on Friday.", email: true, inApp: false },
      expected: { owner: ".YYYYY", admin: "Y.YYYY", manager: "YY.YYY", developer: null, analyst: null, viewer: null },
    },
    add_to_teams: { operation: { type: "add_to_teams", teamIds: [] as string[], teamRole: "member" }, expected: { owner: "YYYYYY", admin: "YYYYYY", manager: "YYYYYY", developer: null, analyst: null, viewer: null } },
  } as const;

  for (const [name, { operation, expected }] of Object.entries(OPERATIONS)) {
    for (const caller of RANKS) {
      it(`${name} by ${caller}: preview and apply agree with the hand-written table`, async () => {
        const org = await createOrgFixture(db, { base: "bulk-matrix" });
        const op = name === "add_to_teams" ? { ...operation, teamIds: [(await newTeam(db, org)).id] } : operation;
        const ids = RANKS.map((rank) => org.byRole[rank].member.id);
        const input = { selection: { kind: "ids", ids }, operation: op };
        const identity = org.byRole[caller].identity;
        const want = expected[caller];
        const before = await eventCount(db, org.organization.id);
        if (want === null) {
          const preview = await previewBulkAction.run(db, identity, org.slug, input);
          const applied = await runBulkAction(db, identity, org.slug, input);
          expect(preview.ok || preview.code).toBe("forbidden");
          expect(applied.ok || applied.code).toBe("forbidden");
          expect(await eventCount(db, org.organization.id)).toBe(before);
          return;
        }
        const { preview, result } = await previewThenApply(db, identity, org.slug, input);
        const changedCount = [...want].filter((c) => c === "Y").length;
        expect(preview.willChange).toBe(changedCount);
        expect(result.changed).toBe(changedCount);
        expect(result.skipped).toEqual(preview.skipped);
        expect(preview.selected).toBe(6);
        // Each rank member is changed exactly where the table says.
        for (const [i, rank] of RANKS.entries()) {
          const row = await memberRow(db, org.byRole[rank].member.id);
          const changed =
            name === "change_role" ? row?.role === "viewer" && rank !== "viewer"
            : name === "disable" ? row?.status === "inactive"
            : name === "remove" ? row === undefined
            : name === "add_to_teams" ? (await teamIdsOf(db, org.byRole[rank].member.id)).length === 1
            : (await db.select().from(emailOutbox).where(and(eq(emailOutbox.to, org.byRole[rank].member.email), eq(emailOutbox.template, "bulk-message")))).length === 1;
          expect(changed ? "Y" : ".", `${rank}`).toBe(want[i]);
        }
        // One event per member changed (a message changes nobody) plus one summary.
        const perPerson = name === "send_message" ? 0 : name === "add_to_teams" ? changedCount : changedCount;
        expect(await eventCount(db, org.organization.id)).toBe(before + perPerson + 1);
      });
    }
  }

  it("groups skipped members by the one-member rules' reasons", async () => {
    const org = await createOrgFixture(db, { base: "bulk-reasons" });
    const second = await addMember(db, org.organization, { role: "owner", name: "Second Owner" });
    const ids = [org.byRole.owner.member.id, second.member.id, org.byRole.admin.member.id, org.byRole.viewer.member.id, org.byRole.developer.member.id];
    const preview = ok(await previewBulkAction.run(db, org.byRole.admin.identity, org.slug, { selection: { kind: "ids", ids }, operation: { type: "change_role", role: "viewer" } }));
    expect(preview.willChange).toBe(1);
    expect(Object.fromEntries(preview.skipped.map((g) => [g.reason, g.count]))).toEqual({
      "Only an Owner can change an Owner.": 2,
      "You can't change your own role.": 1,
      "Already Viewer": 1,
    });
  });

  it("keeps one active Owner: demoting every Owner in one go skips the last", async () => {
    const org = await createOrgFixture(db, { base: "bulk-owner" });
    const others = [await addMember(db, org.organization, { role: "owner", name: "Owner B" }), await addMember(db, org.organization, { role: "owner", name: "Owner C" })];
    const actor = org.byRole.owner;
    // The actor can't demote themselves; of the other two, both go (the actor remains an Owner).
    const { result } = await previewThenApply(db, actor.identity, org.slug, { selection: { kind: "ids", ids: others.map((o) => o.member.id) }, operation: { type: "disable" } });
    expect(result.changed).toBe(2);
    // Now make the actor's fellow Owner the only other one and have a second Owner disable everyone.
    const org2 = await createOrgFixture(db, { base: "bulk-owner2" });
    const b = await addMember(db, org2.organization, { role: "owner", name: "Owner B" });
    const { preview, result: r2 } = await previewThenApply(db, b.identity, org2.slug, {
      selection: { kind: "ids", ids: [org2.byRole.owner.member.id] },
      operation: { type: "change_role", role: "admin" },
    });
    expect(preview.willChange).toBe(1);
    expect(r2.changed).toBe(1);
    const r3 = ok(await runBulkAction(db, org2.byRole.admin.identity, org2.slug, { selection: { kind: "ids", ids: [b.member.id] }, operation: { type: "disable" } }));
    expect(r3.changed).toBe(0);
    expect(r3.skipped[0]!.reason).toBe("Only an Owner can change an Owner.");
    void LAST_OWNER_MESSAGE;
  });

  it("re-enables while seats last and skips the rest as 'No free seat'", async () => {
    const org = await createOrgFixture(db, { base: "bulk-seats", seatLimit: 8 });
    // 7 seats used (six ranks + nobody pending); the fixture's inactive member and 3 more wait.
    const waiting = [org.inactive, ...(await Promise.all([1, 2, 3].map((i) => addMember(db, org.organization, { role: "developer", status: "inactive", name: `Off ${i}` }))))];
    const input = { selection: { kind: "ids", ids: waiting.map((w) => w.member.id) }, operation: { type: "enable" } };
    const { preview, result } = await previewThenApply(db, org.byRole.admin.identity, org.slug, input);
    expect(preview.willChange).toBe(2);
    expect(result.changed).toBe(2);
    expect(result.skipped).toEqual([{ reason: NO_FREE_SEAT, count: 2, examples: expect.any(Array) }]);
    const active = await db.select().from(members).where(and(eq(members.organizationId, org.organization.id), eq(members.status, "active")));
    expect(active).toHaveLength(8);
  });

  it("applies in batches of 1,000: 2,500 members change role, with one summary listing them", async () => {
    const org = await createOrgFixture(db, { base: "bulk-2500", seatLimit: 5_000 });
    const ids = await bulkMembers(db, org, 2_500);
    const before = await eventCount(db, org.organization.id);
    const { preview, result } = await previewThenApply(db, org.byRole.admin.identity, org.slug, { selection: { kind: "filter", query: "?department=Engineering&role=developer" }, operation: { type: "change_role", role: "analyst" } });
    // The fixture's developer and its disabled developer are Engineering developers too.
    expect(preview.willChange).toBe(2_502);
    expect(result.changed).toBe(2_502);
    const [left] = await db.select({ n: sql<number>`count(*)::int` }).from(members).where(and(inArray(members.id, ids.slice(0, 1000)), eq(members.role, "analyst")));
    expect(Number(left!.n)).toBe(1_000);
    expect(await eventCount(db, org.organization.id, "member.role_changed")).toBe(2_502);
    expect(await eventCount(db, org.organization.id)).toBe(before + 2_503);
    const [summary] = await db.select().from(auditEvents).where(and(eq(auditEvents.organizationId, org.organization.id), eq(auditEvents.action, "members.bulk_role_changed")));
    expect((summary!.metadata as { members: unknown[] }).members).toHaveLength(2_502);
    // Undo puts all of them back.
    const undone = ok(await undoBulkOperation.run(db, org.byRole.admin.identity, org.slug, { operationId: result.operationId }));
    expect(undone.restored).toBe(2_502);
    const [back] = await db.select({ n: sql<number>`count(*)::int` }).from(members).where(and(eq(members.organizationId, org.organization.id), eq(members.role, "developer")));
    expect(Number(back!.n)).toBe(2_502);
  });

  it("'all matching' is the filter at the moment of confirmation", async () => {
    const org = await createOrgFixture(db, { base: "bulk-filter" });
    const sales = await bulkMembers(db, org, 3, { department: "Sales" });
    const input = { selection: { kind: "filter", query: "?department=Sales" }, operation: { type: "change_role", role: "analyst" } };
    const preview = ok(await previewBulkAction.run(db, org.byRole.admin.identity, org.slug, input));
    expect(preview.willChange).toBe(3);
    // Between preview and confirm: one more matches, one no longer does.
    const [late] = await bulkMembers(db, org, 1, { department: "Sales" });
    await db.update(members).set({ department: "Ops" }).where(eq(members.id, sales[0]!));
    const result = ok(await runBulkAction(db, org.byRole.admin.identity, org.slug, input));
    expect(result.changed).toBe(3);
    expect((await memberRow(db, late!))!.role).toBe("analyst");
    expect((await memberRow(db, sales[0]!))!.role).toBe("developer");
  });

  it("adds to several teams with a team role, and removes from a team", async () => {
    const org = await createOrgFixture(db, { base: "bulk-teams" });
    const [a, b] = [await newTeam(db, org), await newTeam(db, org)];
    const ids = [org.byRole.developer.member.id, org.byRole.analyst.member.id];
    await db.insert(teamMembers).values({ organizationId: org.organization.id, teamId: a.id, memberId: ids[0]!, role: "member" });
    const added = ok(await runBulkAction(db, org.byRole.manager.identity, org.slug, { selection: { kind: "ids", ids }, operation: { type: "add_to_teams", teamIds: [a.id, b.id], teamRole: "maintainer" } }));
    expect(added.changed).toBe(2);
    expect(await teamIdsOf(db, ids[1]!)).toEqual([a.id, b.id].sort());
    const roles = await db.select().from(teamMembers).where(eq(teamMembers.memberId, ids[0]!));
    expect(roles.find((r) => r.teamId === a.id)!.role).toBe("member"); // kept their team role
    expect(roles.find((r) => r.teamId === b.id)!.role).toBe("maintainer");
    const { preview, result } = await previewThenApply(db, org.byRole.manager.identity, org.slug, {
      selection: { kind: "ids", ids: [...ids, org.byRole.viewer.member.id] },
      operation: { type: "remove_from_team", teamId: a.id },
    });
    expect(preview.willChange).toBe(2);
    expect(result.skipped).toEqual([{ reason: `Not in ${a.name}`, count: 1, examples: ["viewer person"] }]);
    expect(await teamIdsOf(db, ids[0]!)).toEqual([b.id]);
  });

  it("tells members in the bell: a role change and an in-app message, never the actor", async () => {
    const org = await createOrgFixture(db, { base: "bulk-notify" });
    const ids = [org.byRole.admin.member.id, org.byRole.developer.member.id, org.byRole.viewer.member.id];
    ok(await runBulkAction(db, org.byRole.admin.identity, org.slug, { selection: { kind: "ids", ids }, operation: { type: "change_role", role: "analyst" } }));
    ok(await runBulkAction(db, org.byRole.admin.identity, org.slug, { selection: { kind: "ids", ids }, operation: { type: "send_message", subject: "Town hall", message: "Friday at noon.", email: false, inApp: true } }));
    const rows = await db.select().from(notifications).where(eq(notifications.organizationId, org.organization.id));
    expect(rows.filter((n) => n.category === "role_changed").map((n) => n.memberId).sort()).toEqual([ids[1], ids[2]].sort());
    expect(rows.filter((n) => n.category === "bulk_message").map((n) => n.title)).toEqual(["Town hall", "Town hall"]);
    expect(rows.some((n) => n.memberId === ids[0])).toBe(false);
  });

  describe("hostile input changes nothing", () => {
    it("ids of another organization's members are skipped as not members, and stay as they were", async () => {
      const org = await createOrgFixture(db, { base: "bulk-host" });
      const other = await createOrgFixture(db, { base: "bulk-other" });
      const foreign = other.byRole.developer.member.id;
      const { preview, result } = await previewThenApply(db, org.byRole.admin.identity, org.slug, {
        selection: { kind: "ids", ids: [foreign, org.byRole.developer.member.id] },
        operation: { type: "remove" },
      });
      expect(preview.skipped).toEqual([{ reason: NOT_A_MEMBER, count: 1, examples: [] }]);
      expect(result.changed).toBe(1);
      expect(await memberRow(db, foreign)).toBeDefined();
    });

    it("refuses another organization's team, a bad role, a link in a message, and malformed selections", async () => {
      const org = await createOrgFixture(db, { base: "bulk-bad" });
      const other = await createOrgFixture(db, { base: "bulk-bad-other" });
      const foreignTeam = await newTeam(db, other);
      const ids = [org.byRole.developer.member.id];
      const before = await eventCount(db, org.organization.id);
      const bad: unknown[] = [
        { selection: { kind: "ids", ids }, operation: { type: "add_to_teams", teamIds: [foreignTeam.id], teamRole: "member" } },
        { selection: { kind: "ids", ids }, operation: { type: "remove_from_team", teamId: foreignTeam.id } },
        { selection: { kind: "ids", ids }, operation: { type: "change_role", role: "superuser" } },
        { selection: { kind: "ids", ids }, operation: { type: "send_message", subject: "Hi", message: "See https://evil.example/login" } },
        { selection: { kind: "ids", ids }, operation: { type: "send_message", subject: "Hi", message: "Hello", email: false, inApp: false } },
        { selection: { kind: "ids", ids: ["not-a-uuid"] }, operation: { type: "disable" } },
        { selection: { kind: "ids", ids: [] }, operation: { type: "disable" } },
        { selection: { kind: "everything" }, operation: { type: "disable" } },
        { selection: { kind: "ids", ids: Array.from({ length: 10_001 }, () => crypto.randomUUID()) }, operation: { type: "disable" } },
        { selection: { kind: "ids", ids }, operation: { type: "drop_table" } },
        null,
      ];
      for (const input of bad) {
        const preview = await previewBulkAction.run(db, org.byRole.owner.identity, org.slug, input);
        const applied = await runBulkAction(db, org.byRole.owner.identity, org.slug, input);
        expect(preview.ok, JSON.stringify(input)?.slice(0, 120)).toBe(false);
        expect(applied.ok || applied.code, JSON.stringify(input)?.slice(0, 120)).toBe("invalid_input");
      }
      expect(await eventCount(db, org.organization.id)).toBe(before);
      expect((await memberRow(db, ids[0]!))!.status).toBe("active");
    });

    it("an outsider learns nothing and a signed-out caller is refused", async () => {
      const org = await createOrgFixture(db, { base: "bulk-outsider" });
      const input = { selection: { kind: "ids", ids: [org.byRole.developer.member.id] }, operation: { type: "remove" } };
      const outsider = await runBulkAction(db, org.outsider, org.slug, input);
      const signedOut = await runBulkAction(db, org.signedOut, org.slug, input);
      const disabled = await runBulkAction(db, org.inactive.identity, org.slug, input);
      expect(outsider.ok || outsider.code).toBe("not_found");
      expect(signedOut.ok || signedOut.code).toBe("unauthenticated");
      expect(disabled.ok || disabled.code).toBe("not_found");
      expect(await memberRow(db, org.byRole.developer.member.id)).toBeDefined();
    });
  });

  describe("undo", () => {
    it("restores role, status, teams and team roles of removed members, with their ids", async () => {
      const org = await createOrgFixture(db, { base: "undo-remove" });
      const team = await newTeam(db, org);
      const dev = org.byRole.developer.member;
      await db.insert(teamMembers).values({ organizationId: org.organization.id, teamId: team.id, memberId: dev.id, role: "maintainer" });
      const result = ok(await runBulkAction(db, org.byRole.admin.identity, org.slug, { selection: { kind: "ids", ids: [dev.id, org.inactive.member.id] }, operation: { type: "remove" } }));
      expect(result.changed).toBe(2);
      expect(await memberRow(db, dev.id)).toBeUndefined();
      const before = await eventCount(db, org.organization.id);
      const undone = ok(await undoBulkOperation.run(db, org.byRole.admin.identity, org.slug, { operationId: result.operationId }));
      expect(undone).toEqual({ restored: 2, skipped: [] });
      const back = (await memberRow(db, dev.id))!;
      expect({ role: back.role, status: back.status, email: back.email }).toEqual({ role: dev.role, status: "active", email: dev.email });
      expect((await memberRow(db, org.inactive.member.id))!.status).toBe("inactive");
      const places = await db.select().from(teamMembers).where(eq(teamMembers.memberId, dev.id));
      expect(places.map((p) => [p.teamId, p.role])).toEqual([[team.id, "maintainer"]]);
      expect(await eventCount(db, org.organization.id)).toBe(before + 3); // two member.restored + the summary
      // Once only.
      const again = await undoBulkOperation.run(db, org.byRole.admin.identity, org.slug, { operationId: result.operationId });
      expect(again.ok || again.code).toBe("conflict");
    });

    it("refuses, with the reason, a member changed since, and restores the others", async () => {
      const org = await createOrgFixture(db, { base: "undo-changed" });
      const ids = [org.byRole.developer.member.id, org.byRole.analyst.member.id];
      const result = ok(await runBulkAction(db, org.byRole.admin.identity, org.slug, { selection: { kind: "ids", ids }, operation: { type: "change_role", role: "viewer" } }));
      ok(await changeRole.run(db, org.byRole.admin.identity, org.slug, { memberId: ids[0], role: "manager" }));
      const undone = ok(await undoBulkOperation.run(db, org.byRole.admin.identity, org.slug, { operationId: result.operationId }));
      expect(undone.restored).toBe(1);
      expect(undone.skipped).toEqual([{ reason: CHANGED_SINCE, count: 1, examples: ["developer person"] }]);
      expect((await memberRow(db, ids[0]!))!.role).toBe("manager");
      expect((await memberRow(db, ids[1]!))!.role).toBe("analyst");
    });

    it("undoes a disable and an add-to-teams, and refuses after 10 minutes", async () => {
      const org = await createOrgFixture(db, { base: "undo-expired" });
      const team = await newTeam(db, org);
      const ids = [org.byRole.developer.member.id, org.byRole.viewer.member.id];
      const added = ok(await runBulkAction(db, org.byRole.admin.identity, org.slug, { selection: { kind: "ids", ids }, operation: { type: "add_to_teams", teamIds: [team.id], teamRole: "member" } }));
      ok(await undoBulkOperation.run(db, org.byRole.admin.identity, org.slug, { operationId: added.operationId }));
      expect(await teamIdsOf(db, ids[0]!)).toEqual([]);
      const disabled = ok(await runBulkAction(db, org.byRole.admin.identity, org.slug, { selection: { kind: "ids", ids }, operation: { type: "disable" } }));
      await db.update(bulkOperations).set({ undoableUntil: new Date(Date.now() - 1_000) }).where(eq(bulkOperations.id, disabled.operationId!));
      const late = await undoBulkOperation.run(db, org.byRole.admin.identity, org.slug, { operationId: disabled.operationId });
      expect(late.ok ? "ok" : late.error).toMatch(/too late/i);
      expect((await memberRow(db, ids[0]!))!.status).toBe("inactive");
    });

    it("undoes a single removal and a single disable from their audit events", async () => {
      const org = await createOrgFixture(db, { base: "undo-single" });
      const team = await newTeam(db, org);
      const dev = org.byRole.developer.member;
      await db.insert(teamMembers).values({ organizationId: org.organization.id, teamId: team.id, memberId: dev.id, role: "maintainer" });
      ok(await removeMember.run(db, org.byRole.admin.identity, org.slug, { memberId: dev.id }));
      const [removed] = await db.select().from(auditEvents).where(and(eq(auditEvents.organizationId, org.organization.id), eq(auditEvents.action, "member.removed")));
      const operationId = (removed!.metadata as { undoOperationId: string }).undoOperationId;
      const before = await eventCount(db, org.organization.id);
      expect(ok(await undoBulkOperation.run(db, org.byRole.admin.identity, org.slug, { operationId }))).toEqual({ restored: 1, skipped: [] });
      expect(await eventCount(db, org.organization.id)).toBe(before + 1); // one member.restored, no summary
      expect((await memberRow(db, dev.id))!.role).toBe("developer");
      expect(await teamIdsOf(db, dev.id)).toEqual([team.id]);

      ok(await setMemberStatus.run(db, org.byRole.admin.identity, org.slug, { memberId: org.byRole.viewer.member.id, status: "inactive" }));
      const [disabled] = await db.select().from(auditEvents).where(and(eq(auditEvents.organizationId, org.organization.id), eq(auditEvents.action, "member.disabled")));
      ok(await undoBulkOperation.run(db, org.byRole.admin.identity, org.slug, { operationId: (disabled!.metadata as { undoOperationId: string }).undoOperationId }));
      expect((await memberRow(db, org.byRole.viewer.member.id))!.status).toBe("active");
    });

    it("refuses to bring back someone who came back meanwhile", async () => {
      const org = await createOrgFixture(db, { base: "undo-back" });
      const dev = org.byRole.developer;
      const result = ok(await runBulkAction(db, org.byRole.admin.identity, org.slug, { selection: { kind: "ids", ids: [dev.member.id] }, operation: { type: "remove" } }));
      const { id: _id, searchText: _s, ...row } = dev.member;
      await db.insert(members).values({ ...row, role: "viewer" });
      const undone = ok(await undoBulkOperation.run(db, org.byRole.admin.identity, org.slug, { operationId: result.operationId }));
      expect(undone.restored).toBe(0);
      expect(undone.skipped[0]!.reason).toBe(BACK_SINCE);
    });

    it("is refused to those without the permission, and for another organization's operation", async () => {
      const org = await createOrgFixture(db, { base: "undo-auth" });
      const other = await createOrgFixture(db, { base: "undo-auth-other" });
      const result = ok(await runBulkAction(db, org.byRole.admin.identity, org.slug, { selection: { kind: "ids", ids: [org.byRole.viewer.member.id] }, operation: { type: "disable" } }));
      const manager = await undoBulkOperation.run(db, org.byRole.manager.identity, org.slug, { operationId: result.operationId });
      expect(manager.ok || manager.code).toBe("forbidden");
      const foreign = await undoBulkOperation.run(db, other.byRole.owner.identity, other.slug, { operationId: result.operationId });
      expect(foreign.ok || foreign.code).toBe("not_found");
      const bad = await undoBulkOperation.run(db, org.byRole.admin.identity, org.slug, { operationId: "nope" });
      expect(bad.ok || bad.code).toBe("invalid_input");
      expect((await memberRow(db, org.byRole.viewer.member.id))!.status).toBe("inactive");
    });
  });

  it("exports the selection in the members export's format, only from this organization", async () => {
    const org = await createOrgFixture(db, { base: "bulk-export" });
    const other = await createOrgFixture(db, { base: "bulk-export-other" });
    const recorded = ok(
      await recordSelectionExport.run(db, org.byRole.analyst.identity, org.slug, { selection: { kind: "ids", ids: [org.byRole.viewer.member.id, other.byRole.viewer.member.id] } }),
    );
    expect(recorded.rows).toBe(1);
    const { membersCsvStream } = await import("@/lib/members/members-export");
    const text = await new Response(membersCsvStream(db, recorded.options)).text();
    const lines = text.trim().split(/\r?\n/);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain("Name,Email,Role,Status");
    expect(lines[1]).toContain(org.byRole.viewer.member.email);
    const viewer = await recordSelectionExport.run(db, org.byRole.viewer.identity, org.slug, { selection: { kind: "ids", ids: [org.byRole.viewer.member.id] } });
    expect(viewer.ok || viewer.code).toBe("forbidden");
  });

  void ({} as Role);
});
