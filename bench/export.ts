// npm run bench:export [-- --events 1000000 --build]
// The activity log's CSV export at 1,000,000 events, through the real route on a production
// server (node server.mjs) on PostgreSQL: the organization is grown to N events (chained by the
// database trigger like any other), the whole log is downloaded as fast as the client reads, and
// the server process group's resident memory is sampled throughout. Prints time, rows, bytes and
// RSS growth over the idle server; the target is growth < 60 MB. Database: <bench db>_export on
// the server of DATABASE_URL / TEST_DATABASE_URL (loopback only), kept between runs.
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { openDatabase, type Database } from "@/db/client";
import { rowsOf } from "@/db/seed/bulk-insert";
import { refreshStatistics } from "@/db/seed/large";
import { seedDemo } from "@/db/seed/demo";
import { ScriptError, runScript } from "@/db/scripts/script-runtime";
import { BENCH_ORG, BENCH_USER, benchDatabaseUrl, createBenchSession, deleteBenchSession, ensureDatabaseExists, organizationIdOf } from "./bench-database";
import { buildApp, hasBuild, startServer, waitUntilReady, type RunningServer } from "./next-server";

const HOST = "127.0.0.1";
const DIST_DIR = ".next-bench-export";
const RSS_BUDGET_MB = 60;
const CHUNK = 50_000;

function options() {
  const { values } = parseArgs({
    options: { events: { type: "string", default: "1000000" }, build: { type: "boolean", default: false }, port: { type: "string", default: "3297" } },
  });
  const events = Number(values.events.replace(/[,_]/g, ""));
  if (!Number.isInteger(events) || events < 1_000) throw new ScriptError("--events must be an integer of at least 1,000.", 2);
  return { events, build: values.build, port: Number(values.port) };
}

function exportDatabaseUrl(): string {
  const url = new URL(benchDatabaseUrl());
  url.pathname = `/${decodeURIComponent(url.pathname.slice(1))}_export`;
  return url.toString();
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const mb = (kb: number) => (kb / 1024).toFixed(1);

/** Grows the organization's log to `target` events in multi-row inserts (the trigger chains each row). */
async function growLog(db: Database, organizationId: string, target: number, log: (line: string) => void): Promise<number> {
  const count = async () => Number(rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from audit_events where organization_id = ${organizationId}`))[0]!.n);
  let have = await count();
  const started = performance.now();
  while (have < target) {
    const n = Math.min(CHUNK, target - have);
    await db.execute(sql`
      insert into audit_events (organization_id, actor_type, actor_user_id, channel, actor_name, actor_email, action,
                                target_type, target_id, target_name, target_email, metadata, ip, user_agent, created_at)
      select ${organizationId}::uuid,
             (array['user','user','api_key','scim'])[1 + g % 4]::audit_actor_type,
             'bench-user-' || (g % 997),
             (array['ui','ui','api','scim','worker'])[1 + g % 5]::audit_channel,
             (array['Zoë Ødegård','王秀英','Михаил Петров','=Formula, "Quoted"','Ana Lyst'])[1 + g % 5],
             'person' || (g % 997) || '@acme.test',
             (array['member.role_changed','member.invited','team.member_added','member.updated','member.removed','invitation.accepted'])[1 + g % 6],
             'member', md5(g::text), 'Target ' || g, 'target' || g || '@acme.test',
             case g % 3 when 0 then jsonb_build_object('from', 'developer', 'to', 'analyst')
                        when 1 then jsonb_build_object('changes', jsonb_build_object('name', jsonb_build_object('from', 'Old ' || g, 'to', 'New ' || g)))
                        else jsonb_build_object('role', 'viewer', 'teamIds', jsonb_build_array(md5(g::text))) end,
             '203.0.113.' || (g % 250),
             'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
             -- Up to a year back; every 10 events share a millisecond (keyset ties).
             now()::timestamp(3) - ((${have}::bigint + g) / 10) * interval '31 milliseconds'
      from generate_series(1, ${n}) g`);
    have += n;
    const seconds = (performance.now() - started) / 1000;
    log(`  ${fmt(have)} / ${fmt(target)} events (${fmt((have / Math.max(seconds, 0.001)))}/s)`);
  }
  return have;
}

/** Resident memory of the server's process group, in kB. */
function rssKb(pid: number): number {
  const out = execFileSync("ps", ["-o", "rss=", "-g", String(pid)], { encoding: "utf8" });
  return out
    .split("\n")
    .map((line) => Number(line.trim()))
    .filter((n) => Number.isFinite(n) && n > 0)
    .reduce((a, b) => a + b, 0);
}

async function download(server: RunningServer, cookie: string, query: string, onChunk?: (lines: number) => void) {
  const started = performance.now();
  const response = await fetch(`${server.baseUrl}/orgs/${BENCH_ORG}/activity/export${query}`, { headers: { cookie } });
  if (!response.ok || !response.body) throw new ScriptError(`The export answered ${response.status}: ${await response.text()}`);
  const reader = response.body.getReader();
  let bytes = 0;
  let lines = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    for (let i = 0; i < value.length; i++) if (value[i] === 10) lines++;
    onChunk?.(lines);
  }
  return { ms: performance.now() - started, bytes, rows: lines - 1, contentType: response.headers.get("content-type") };
}

runScript(async () => {
  const opts = options();
  const log = (line: string) => console.log(line);
  const url = exportDatabaseUrl();
  if (await ensureDatabaseExists(url)) log(`Created database ${new URL(url).pathname.slice(1)}.`);
  const database = await openDatabase({ url, max: 4 });
  let server: RunningServer | undefined;
  let sessionToken: string | undefined;
  try {
    await seedDemo(database.db);
    const organizationId = await organizationIdOf(database.db, BENCH_ORG);
    if (!organizationId) throw new ScriptError("The demo seed did not create acme.");
    log(`Growing ${BENCH_ORG}'s activity log to ${fmt(opts.events)} events …`);
    const events = await growLog(database.db, organizationId, opts.events, log);
    await refreshStatistics(database.db, { vacuum: true });
    await database.db.execute(sql`vacuum analyze audit_events`);
    sessionToken = await createBenchSession(database.db, BENCH_USER);
    const cookie = `authjs.session-token=${sessionToken}`;

    if (opts.build || !hasBuild(DIST_DIR)) {
      log(`Building the app into ${DIST_DIR} …`);
      await buildApp({ ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" });
    }
    const baseUrl = `http://${HOST}:${opts.port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: url,
      NEXT_DIST_DIR: DIST_DIR,
      APP_URL: baseUrl,
      AUTH_SECRET: `bench-secret-${crypto.randomBytes(16).toString("hex")}`,
      AUTH_TRUST_HOST: "true",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      ROSTER_WORKER: "0",
    };
    delete env.PGLITE_DIR;
    delete env.TEST_DATABASE_URL;
    server = await startServer({ host: HOST, port: opts.port, env });
    await waitUntilReady(server);
    const pid = server.pid!;

    // Warm up the route (compiled code, connection pool) with a small filtered export.
    await download(server, cookie, "?action=member.removed&from=2099-01-01");
    await download(server, cookie, `?member=${encodeURIComponent("nobody")}`);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const idle: number[] = [];
    for (let i = 0; i < 5; i++) {
      idle.push(rssKb(pid));
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const baseline = idle.sort((a, b) => a - b)[2]!;

    log(`\nExporting ${fmt(events)} events through GET /orgs/${BENCH_ORG}/activity/export (server pid ${pid}, idle RSS ${mb(baseline)} MB) …`);
    let peak = baseline;
    const sampler = setInterval(() => {
      try {
        peak = Math.max(peak, rssKb(pid));
      } catch {
        // The server is between samples; the next one counts.
      }
    }, 100);
    // RSS at every tenth of the file: flat after the start means constant memory, climbing means buffering.
    const progress: string[] = [];
    let nextMark = 0;
    const result = await download(server, cookie, "", (lines) => {
      if (lines >= nextMark) {
        progress.push(`${Math.round((nextMark / events) * 100)}%: ${mb(rssKb(pid))}`);
        nextMark += events / 10;
      }
    });
    clearInterval(sampler);
    peak = Math.max(peak, rssKb(pid));
    const growthMb = (peak - baseline) / 1024;

    log("");
    log(`rows          ${fmt(result.rows)} (+ header)${result.rows >= events ? "" : `  — expected at least ${fmt(events)}`}`);
    log(`bytes         ${fmt(result.bytes)} (${(result.bytes / 1024 / 1024).toFixed(1)} MB, ${result.contentType})`);
    log(`time          ${(result.ms / 1000).toFixed(1)} s (${fmt(result.rows / (result.ms / 1000))} rows/s, ${(result.bytes / 1024 / 1024 / (result.ms / 1000)).toFixed(1)} MB/s)`);
    log(`server RSS    idle ${mb(baseline)} MB, peak ${mb(peak)} MB during the export`);
    log(`RSS by progress (MB)  ${progress.join(" · ")}`);
    log(`RSS growth    ${growthMb.toFixed(1)} MB   budget < ${RSS_BUDGET_MB} MB   ${growthMb < RSS_BUDGET_MB ? "PASS" : "FAIL"}`);
    if (result.rows < events) throw new ScriptError("The export has fewer rows than the log.");
    if (growthMb >= RSS_BUDGET_MB) throw new ScriptError("The export's memory grew past its budget.");
  } finally {
    await server?.stop();
    if (sessionToken) await deleteBenchSession(database.db, sessionToken).catch(() => undefined);
    await database.close();
  }
});
