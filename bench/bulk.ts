// npm run bench:bulk [-- --members 20000 --keep] — bulk actions through the real kernel actions on
// PostgreSQL, preview included, with their audit events and notifications:
//   - 1,000 selected members change role            budget < 2 s
//   - 10,000 "all matching" members added to a team budget < 10 s
// Uses a scratch database on the server of DATABASE_URL or TEST_DATABASE_URL (loopback only),
// dropped afterwards unless --keep. The organization is generated (lib's large seed), every member
// with a user account, so each change also notifies its member.
import { register } from "node:module";
import { parseArgs } from "node:util";
import { and, count, eq, gte, inArray, sql } from "drizzle-orm";
import { openDatabase, type Database } from "@/db/client";
import { rowsOf } from "@/db/seed/bulk-insert";
import { auditEvents, members, notifications, organizations, teams } from "@/db/schema";
import { refreshStatistics, seedLarge } from "@/db/seed/large";
import { ScriptError, redactUrl, runScript } from "@/db/scripts/script-runtime";
import { addMember } from "../tests/helpers/org-fixture";
import { createScratchPostgresDatabase } from "../tests/helpers/test-db";
import { benchDatabaseUrl, ensureDatabaseExists } from "./bench-database";

const SLUG = "bench-bulk";
const ROLE_CHANGE = { size: 1_000, budgetMs: 2_000, department: "Bench Thousand" };
const TEAM_ADD = { size: 10_000, budgetMs: 10_000, department: "Bench Ten Thousand" };

// The actions import "server-only", which throws outside Next's server bundles: resolve it to an
// empty module here, before loading them.
register(
  "data:text/javascript," +
    encodeURIComponent(
      'export async function resolve(s, c, next) { return s === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(s, c); }',
    ),
);

function options() {
  const { values } = parseArgs({ options: { members: { type: "string", default: "20000" }, keep: { type: "boolean", default: false } } });
  const size = Number(values.members.replace(/[,_]/g, ""));
  if (!Number.isInteger(size) || size < ROLE_CHANGE.size + TEAM_ADD.size + 100) {
    throw new ScriptError(`--members must be an integer of at least ${ROLE_CHANGE.size + TEAM_ADD.size + 100}.`, 2);
  }
  return { members: size, keep: values.keep };
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

/** Tags `n` active members below Admin with a department, so a filter (or a selection) finds exactly them. */
async function tagMembers(db: Database, organizationId: string, department: string, n: number): Promise<string[]> {
  const rows = rowsOf<{ id: string }>(await db.execute(sql`
    update ${members} set department = ${department}
    where id in (select id from ${members}
                 where organization_id = ${organizationId} and status = 'active' and role in ('developer', 'analyst', 'viewer')
                   and department is distinct from ${ROLE_CHANGE.department} and department is distinct from ${TEAM_ADD.department}
                 order by id limit ${n})
    returning id`));
  const ids = rows.map((row) => row.id);
  if (ids.length !== n) throw new ScriptError(`Only ${ids.length} members could be tagged "${department}"; seed more (--members).`);
  return ids;
}

async function written(db: Database, organizationId: string, since: Date) {
  const [audit] = await db.select({ n: count() }).from(auditEvents).where(and(eq(auditEvents.organizationId, organizationId), gte(auditEvents.createdAt, since)));
  const [notified] = await db.select({ n: count() }).from(notifications).where(and(eq(notifications.organizationId, organizationId), gte(notifications.createdAt, since)));
  return { audit: audit?.n ?? 0, notifications: notified?.n ?? 0 };
}

runScript(async () => {
  const opts = options();
  const { previewBulkAction } = await import("@/lib/actions/bulk/preview-bulk-action");
  const { runBulkAction } = await import("@/lib/actions/bulk/apply-bulk-action");
  const baseUrl = benchDatabaseUrl();
  await ensureDatabaseExists(baseUrl);
  const scratch = await createScratchPostgresDatabase(baseUrl);
  console.log(`Scratch database ${new URL(scratch.url).pathname.slice(1)} on ${redactUrl(baseUrl)}.`);
  const database = await openDatabase({ url: scratch.url, max: 4 });
  const db = database.db;
  let failed = false;
  try {
    const seeded = await seedLarge(db, { slug: SLUG, members: opts.members, concurrency: 2 });
    const organizationId = seeded.organizationId;
    const [organization] = await db.select().from(organizations).where(eq(organizations.id, organizationId));
    const admin = await addMember(db, organization!, { role: "admin", name: "Bench Admin" });
    const [team] = await db.insert(teams).values({ organizationId, name: "Bench Team" }).returning({ id: teams.id });
    const roleIds = await tagMembers(db, organizationId, ROLE_CHANGE.department, ROLE_CHANGE.size);
    await tagMembers(db, organizationId, TEAM_ADD.department, TEAM_ADD.size);
    await refreshStatistics(db, { vacuum: true });
    const [{ n: total } = { n: 0 }] = await db.select({ n: count() }).from(members).where(eq(members.organizationId, organizationId));
    console.log(`Organization "${SLUG}": ${fmt(total)} members (every one with a user account), acting as an Admin.\n`);

    // Warm up: the code paths and the connection pool, on one member.
    const warmUp = { selection: { kind: "ids", ids: [roleIds[0]] }, operation: { type: "change_role", role: "viewer" } };
    await previewBulkAction.run(db, admin.identity, SLUG, warmUp);

    const scenarios = [
      {
        label: `${fmt(ROLE_CHANGE.size)} selected members → Change Role`,
        budgetMs: ROLE_CHANGE.budgetMs,
        expected: ROLE_CHANGE.size,
        // The roles are mixed (developer, analyst, viewer): those already Analyst are skipped.
        input: { selection: { kind: "ids", ids: roleIds }, operation: { type: "change_role", role: "analyst" } },
      },
      {
        label: `${fmt(TEAM_ADD.size)} "all matching" members → Add to Teams`,
        budgetMs: TEAM_ADD.budgetMs,
        expected: TEAM_ADD.size,
        input: {
          selection: { kind: "filter", query: `?department=${encodeURIComponent(TEAM_ADD.department)}` },
          operation: { type: "add_to_teams", teamIds: [team!.id], teamRole: "member" },
        },
      },
    ];

    const lines: string[] = [];
    for (const scenario of scenarios) {
      const since = new Date(Date.now() - 1);
      const started = performance.now();
      const preview = await previewBulkAction.run(db, admin.identity, SLUG, scenario.input);
      const previewMs = performance.now() - started;
      if (!preview.ok) throw new ScriptError(`The preview failed: ${preview.error}`);
      const applied = await runBulkAction(db, admin.identity, SLUG, scenario.input);
      const totalMs = performance.now() - started;
      if (!applied.ok) throw new ScriptError(`The bulk action failed: ${applied.error}`);
      const { changed, selected, skipped } = applied.data;
      if (selected !== scenario.expected) throw new ScriptError(`${scenario.label}: selected ${selected}, expected ${scenario.expected}.`);
      if (changed !== preview.data.willChange) throw new ScriptError(`${scenario.label}: the preview said ${preview.data.willChange} would change, apply changed ${changed}.`);
      const rows = await written(db, organizationId, since);
      // One event per changed member plus the summary; one notification per changed member.
      if (rows.audit < changed + 1) throw new ScriptError(`${scenario.label}: ${rows.audit} audit events for ${changed} changes.`);
      if (rows.notifications < changed) throw new ScriptError(`${scenario.label}: ${rows.notifications} notifications for ${changed} changes.`);
      const pass = totalMs < scenario.budgetMs;
      failed ||= !pass;
      const skippedText = skipped.map((group) => `${group.count} ${group.reason}`).join("; ") || "none";
      console.log(`${scenario.label}`);
      console.log(`  changed ${fmt(changed)}, skipped ${skippedText}; wrote ${fmt(rows.audit)} audit events, ${fmt(rows.notifications)} notifications`);
      console.log(`  preview ${fmt(previewMs)} ms + apply ${fmt(totalMs - previewMs)} ms = ${fmt(totalMs)} ms   budget < ${fmt(scenario.budgetMs)} ms  ${pass ? "PASS" : "FAIL"}\n`);
      lines.push(`${scenario.label}: ${fmt(totalMs)} ms (budget ${fmt(scenario.budgetMs)}) ${pass ? "PASS" : "FAIL"}`);
    }
    const [{ n: inTeam } = { n: 0 }] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from team_members where team_id = ${team!.id}`));
    const [{ n: analysts } = { n: 0 }] = await db.select({ n: count() }).from(members).where(and(inArray(members.id, roleIds), eq(members.role, "analyst")));
    console.log(`Check: ${fmt(Number(inTeam))} members in Bench Team, ${fmt(analysts)} of the ${fmt(roleIds.length)} selected are Analysts.`);
    console.log(lines.join("\n"));
    if (failed) process.exitCode = 1;
  } finally {
    await database.close();
    if (opts.keep) console.log(`Kept ${redactUrl(scratch.url)}.`);
    else await scratch.drop();
  }
});
