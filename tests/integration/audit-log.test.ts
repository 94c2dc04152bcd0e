// The activity log's reads and exports, on both drivers: keyset paging is exact across equal
// timestamps (forwards, backwards, the last page), filters narrow by actor, member, action,
// channel and dates, and the CSV exports (activity log, members) hold exactly what their filter
// shows, are refused to those without the permission, and are audited once each.
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditEventPages, countAuditEvents, listAuditEvents, type AuditLogFilter, type AuditLogRow, type AuditPageRequest } from "@/db/queries/audit-log";
import { auditEvents, members } from "@/db/schema";
import { recordAuditExport } from "@/lib/actions/activity/record-audit-export";
import { recordMembersExport } from "@/lib/actions/members/record-members-export";
import { auditCsvStream } from "@/lib/activity/audit-export";
import { loadEventPage } from "@/lib/activity/event-page";
import { recordAudit } from "@/lib/audit";
import { membersCsvStream } from "@/lib/members/members-export";
import { createOrgFixture, type OrgFixture } from "../helpers/org-fixture";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

const SAME_MOMENT = new Date(Date.UTC(2026, 1, 10, 12, 0, 0, 123));

async function csvLines(stream: ReadableStream<Uint8Array>): Promise<string[]> {
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
  expect(text.startsWith("\uFEFF")).toBe(true);
  // Records end with CRLF; a quoted cell may hold a bare LF, which is not a record end.
  return text.slice(1).split("\r\n").filter(Boolean);
}

describe.each(drivers)("activity log (%s)", (driver) => {
  let t: TestDatabase;
  let org: OrgFixture;
  let all: AuditLogRow[];
  beforeAll(async () => {
    t = await createTestDatabase(driver);
    org = await createOrgFixture(t.db, { base: "log" });
    const organizationId = org.organization.id;
    const dev = org.byRole.developer;
    const admin = org.byRole.admin;
    // 40 events at one and the same millisecond (one transaction's now()), others around them.
    await t.db.insert(auditEvents).values({ organizationId, action: "test.before", createdAt: new Date(SAME_MOMENT.getTime() - 60_000) });
    await t.db.insert(auditEvents).values(
      Array.from({ length: 40 }, (_, i) => ({
        organizationId,
        action: i % 2 ? "member.role_changed" : "team.created",
        actorUserId: i % 3 ? admin.identity.user!.id : dev.identity.user!.id,
        targetType: "member",
        targetId: i % 4 ? dev.member.id : admin.member.id,
        channel: i % 5 ? ("ui" as const) : ("api" as const),
        createdAt: SAME_MOMENT,
      })),
    );
    await t.db.insert(auditEvents).values({ organizationId, action: "test.after", createdAt: new Date(SAME_MOMENT.getTime() + 60_000) });
    all = await listAuditEvents(t.db, { organizationId, filter: {}, request: { kind: "first" }, limit: 1_000 });
  });
  afterAll(async () => {
    await t?.close();
  });

  const list = (filter: AuditLogFilter, request: AuditPageRequest, limit: number) => listAuditEvents(t.db, { organizationId: org.organization.id, filter, request, limit });
  const ids = (rows: AuditLogRow[]) => rows.map((row) => row.id);

  it("orders newest first, and events of one moment by their place in the chain", () => {
    expect(all).toHaveLength(42);
    expect(all[0]!.action).toBe("test.after");
    expect(all.at(-1)!.action).toBe("test.before");
    const tied = all.slice(1, 41);
    expect(tied.every((row) => row.createdAt.getTime() === SAME_MOMENT.getTime())).toBe(true);
    expect(tied.map((row) => row.seq)).toEqual([...tied.map((row) => row.seq)].sort((a, b) => b - a));
  });

  it("pages forwards through equal timestamps without skipping or repeating an event", async () => {
    for (const size of [1, 3, 7, 10, 41]) {
      const seen: AuditLogRow[] = [];
      let request: AuditPageRequest = { kind: "first" };
      for (;;) {
        const page = await list({}, request, size);
        seen.push(...page);
        if (page.length < size) break;
        const last = page.at(-1)!;
        request = { kind: "after", cursor: { createdAt: last.createdAt, seq: last.seq } };
      }
      expect(ids(seen), `page size ${size}`).toEqual(ids(all));
    }
  });

  it("pages backwards to the same pages, and the last page holds what is left over", async () => {
    const size = 8;
    const forward: AuditLogRow[][] = [];
    let request: AuditPageRequest = { kind: "first" };
    for (;;) {
      const page = await list({}, request, size);
      if (page.length === 0) break;
      forward.push(page);
      const last = page.at(-1)!;
      request = { kind: "after", cursor: { createdAt: last.createdAt, seq: last.seq } };
    }
    expect(forward.at(-1)).toHaveLength(42 % size);
    expect(ids(await list({}, { kind: "last", size: 42 % size }, size))).toEqual(ids(forward.at(-1)!));
    for (let i = forward.length - 1; i > 0; i--) {
      const first = forward[i]![0]!;
      expect(ids(await list({}, { kind: "before", cursor: { createdAt: first.createdAt, seq: first.seq } }, size))).toEqual(ids(forward[i - 1]!));
    }
  });

  it("the page loader clamps stale cursors and numbers pages", async () => {
    const organizationId = org.organization.id;
    const first = await loadEventPage(t.db, { organizationId, filter: {}, cursor: undefined, page: 1, pageSize: 10 });
    expect(first).toMatchObject({ page: 1, pageCount: 5, total: 42 });
    const last = await loadEventPage(t.db, { organizationId, filter: {}, cursor: { kind: "last" }, page: 5, pageSize: 10 });
    expect(last.rows.map((r) => r.id)).toEqual(ids(all.slice(40)));
    const stale = await loadEventPage(t.db, { organizationId, filter: {}, cursor: { kind: "after", createdAt: new Date(0), seq: 1 }, page: 3, pageSize: 10 });
    expect(stale.page).toBe(1);
  });

  it("filters by actor, member, action, channel and time, counting the same", async () => {
    const dev = org.byRole.developer;
    const cases: [AuditLogFilter, (row: AuditLogRow) => boolean][] = [
      [{ actorUserIds: [dev.identity.user!.id] }, (row) => row.actorUserId === dev.identity.user!.id],
      [{ targetIds: [dev.member.id] }, (row) => row.targetId === dev.member.id],
      [{ actions: ["member.role_changed"] }, (row) => row.action === "member.role_changed"],
      [{ channels: ["api"] }, (row) => row.channel === "api"],
      [{ from: SAME_MOMENT, to: new Date(SAME_MOMENT.getTime() + 1) }, (row) => row.createdAt.getTime() === SAME_MOMENT.getTime()],
      [{ involving: { memberId: org.byRole.admin.member.id, userId: dev.identity.user!.id } }, (row) => row.targetId === org.byRole.admin.member.id || row.actorUserId === dev.identity.user!.id],
      [{ actions: ["member.role_changed"], channels: ["ui"], targetIds: [dev.member.id] }, (row) => row.action === "member.role_changed" && row.channel === "ui" && row.targetId === dev.member.id],
    ];
    for (const [filter, matches] of cases) {
      const expected = all.filter(matches);
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(ids(await list(filter, { kind: "first" }, 1_000)), JSON.stringify(filter)).toEqual(ids(expected));
      expect(await countAuditEvents(t.db, { organizationId: org.organization.id, filter })).toBe(expected.length);
    }
  });

  it("streams every matching event in batches, in order", async () => {
    const seen: AuditLogRow[] = [];
    const next = auditEventPages(t.db, { organizationId: org.organization.id, filter: {}, batchSize: 5 });
    let pages = 0;
    while (await next((row) => seen.push(row))) pages++;
    expect(ids(seen)).toEqual(ids(all));
    expect(pages).toBe(Math.floor(all.length / 5));
    // Each row is decoded as the page query returns it: dates, numbers, json.
    expect(seen[0]!.createdAt).toBeInstanceOf(Date);
    expect(typeof seen[0]!.seq).toBe("number");
    expect(seen).toEqual(await list({}, { kind: "first" }, 1_000));
  });

  describe("exports", () => {
    const auditCount = async (organizationId: string, action: string) =>
      (await t.db.select().from(auditEvents).where(and(eq(auditEvents.organizationId, organizationId), eq(auditEvents.action, action)))).length;

    async function exportLog(db: Database, fixture: OrgFixture, query: string) {
      const recorded = await recordAuditExport.run(db, fixture.byRole.analyst.identity, fixture.slug, { query });
      if (!recorded.ok) throw new Error(recorded.error);
      return { recorded: recorded.data, lines: await csvLines(auditCsvStream(db, { organizationId: recorded.data.organizationId, filter: recorded.data.filter })) };
    }

    it("the activity log's CSV holds exactly the events the filter shows, newest first, and is audited once", async () => {
      const fixture = await createOrgFixture(t.db, { base: "export" });
      const organizationId = fixture.organization.id;
      for (let i = 0; i < 5; i++) {
        await recordAudit(t.db, { organizationId, actor: { userId: fixture.byRole.admin.identity.user!.id, name: "Ada", email: "ada@x.test" }, action: "member.role_changed", target: { type: "member", id: fixture.byRole.viewer.member.id, name: "Vic", email: "v@x.test" }, metadata: { from: "viewer", to: "analyst" } });
      }
      await recordAudit(t.db, { organizationId, actor: { userId: null, name: "Roster", email: null, type: "system", channel: "worker" }, action: "team.created" });
      const before = await auditCount(organizationId, "audit.exported");
      const { recorded, lines } = await exportLog(t.db, fixture, "?action=member.role_changed");
      expect(recorded.rows).toBe(5);
      expect(lines).toHaveLength(1 + 5);
      expect(lines[0]).toBe("Time (UTC),Actor,Actor email,Actor type,Credential,Action,Action code,Target type,Target,Target email,Changes,Details,Channel,IP address,User agent,Event,Position,Hash");
      expect(lines.slice(1).every((line) => line.includes(",Changed a role,member.role_changed,member,Vic,v@x.test,Role: Viewer → Analyst,"))).toBe(true);
      expect(await auditCount(organizationId, "audit.exported")).toBe(before + 1);
      // The export's own event is after the file's last position: exporting again unfiltered counts it.
      const again = await exportLog(t.db, fixture, "");
      expect(again.lines).toHaveLength(1 + again.recorded.rows);
      expect(again.lines.some((line) => line.includes("audit.exported"))).toBe(true);
    });

    it("escapes formulas, quotes, line breaks and keeps non-Latin names in the activity CSV", async () => {
      const fixture = await createOrgFixture(t.db, { base: "export" });
      await recordAudit(t.db, {
        organizationId: fixture.organization.id,
        actor: { userId: null, name: '=HYPERLINK("http://evil.test")', email: "+1@x.test" },
        action: "team.created",
        target: { type: "team", id: "t", name: "Line\nbreak, \"quoted\" 王秀英" },
      });
      const { lines } = await exportLog(t.db, fixture, "?action=team.created");
      const text = lines.join("\r\n");
      expect(text).toContain(`"'=HYPERLINK(""http://evil.test"")",'+1@x.test`);
      expect(text).toContain(`"Line\nbreak, ""quoted"" 王秀英"`);
    });

    it("is refused to members without audit.view, writing nothing", async () => {
      const fixture = await createOrgFixture(t.db, { base: "export" });
      const before = await auditCount(fixture.organization.id, "audit.exported");
      expect(await recordAuditExport.run(t.db, fixture.byRole.developer.identity, fixture.slug, { query: "" })).toMatchObject({ ok: false, code: "forbidden" });
      expect(await recordAuditExport.run(t.db, fixture.outsider, fixture.slug, { query: "" })).toMatchObject({ ok: false, code: "not_found" });
      expect(await recordAuditExport.run(t.db, fixture.signedOut, fixture.slug, { query: "" })).toMatchObject({ ok: false, code: "unauthenticated" });
      expect(await auditCount(fixture.organization.id, "audit.exported")).toBe(before);
    });

    it("the members CSV holds the members page's filtered list by name, audited once; Managers may not export", async () => {
      const fixture = await createOrgFixture(t.db, { base: "export" });
      await t.db.update(members).set({ name: "=Ünïcødé, \"Zed\"", department: "Design" }).where(eq(members.id, fixture.byRole.viewer.member.id));
      const recorded = await recordMembersExport.run(t.db, fixture.byRole.analyst.identity, fixture.slug, { query: "?role=viewer,developer&status=active&page=3&sort=email" });
      if (!recorded.ok) throw new Error(recorded.error);
      const lines = await csvLines(membersCsvStream(t.db, recorded.data.options));
      expect(recorded.data.rows).toBe(2);
      expect(lines[0]).toBe("Name,Email,Role,Status,Department,Job title,Phone,Teams,Extra permissions,Invited (UTC),Joined (UTC),Last active (UTC),Last sign-in (UTC)");
      expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual([`"'=Ünïcødé`, "developer person"]);
      expect(lines[1]).toContain(`"'=Ünïcødé, ""Zed""",`);
      expect(await auditCount(fixture.organization.id, "members.exported")).toBe(1);
      const [event] = await t.db.select().from(auditEvents).where(and(eq(auditEvents.organizationId, fixture.organization.id), eq(auditEvents.action, "members.exported"))).orderBy(asc(auditEvents.seq));
      expect(event!.metadata).toMatchObject({ filter: "role=viewer%2Cdeveloper&status=active", rows: 2 });
      expect(await recordMembersExport.run(t.db, fixture.byRole.manager.identity, fixture.slug, { query: "" })).toMatchObject({ ok: false, code: "forbidden" });
    });
  });
});
