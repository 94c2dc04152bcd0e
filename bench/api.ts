// npm run bench:api — the REST API's members list (50 a page, 100,000 members, a real API key)
// against a trivial JSON route of the same server (/api/health), in one run. PostgreSQL only: the
// 100,000-member database of bench:members ("<name>_100k" on the server of DATABASE_URL,
// TEST_DATABASE_URL or 127.0.0.1; loopback only), seeded once and reused. Builds into
// .next-bench-api, starts `node server.mjs`, checks each scenario answers 50 members, warms every
// route, then measures with autocannon the floor before and after each scenario, and prints req/s,
// p50, p95 and each scenario's share of the mean of its two floors (the goal: at least 40%).
// Options: --no-build, --amount N, --connections N, --port N, --dist-dir DIR, --size N, --profile DIR
// (run the server under `node --cpu-prof` and summarise where its CPU time went).
import crypto from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import { and, eq } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { apiKeys, members } from "@/db/schema";
import { ScriptError, runScript } from "@/db/scripts/script-runtime";
import { generateApiKey } from "@/lib/api-keys/key-format";
import { API_SCOPES } from "@/lib/api-keys/scopes";
import { BENCH_USER, benchDatabaseUrlFor, ensureDatabaseExists, prepareBenchData } from "./bench-database";
import { MIN_THROUGHPUT_SHARE } from "./goals";
import { runLoad, type LoadResult } from "./load";
import { newestProfile, printProfileSummary, readProfile, summarizeProfile } from "./cpu-profile";
import { buildApp, hasBuild, startServer, waitUntilReady, type RunningServer } from "./next-server";

const HOST = "127.0.0.1";
const WATCHDOG_MS = 40 * 60 * 1000;
const WARM_UP_REQUESTS = 100;
/** Requests each route gets before any measurement. */
const STEADY_STATE_REQUESTS = 1500;
const FLOOR_PATH = "/api/health";

function options() {
  const { values } = parseArgs({
    options: {
      "no-build": { type: "boolean", default: false },
      amount: { type: "string", default: "2000" },
      connections: { type: "string", default: "10" },
      port: { type: "string", default: "3210" },
      "dist-dir": { type: "string", default: ".next-bench-api" },
      size: { type: "string", default: "100000" },
      profile: { type: "string" },
    },
  });
  const int = (text: string, name: string) => {
    const n = Number(text.replace(/[,_]/g, ""));
    if (!Number.isInteger(n) || n < 1) throw new ScriptError(`--${name} must be a positive integer.`, 2);
    return n;
  };
  return {
    build: !values["no-build"],
    amount: int(values.amount, "amount"),
    connections: int(values.connections, "connections"),
    port: int(values.port, "port"),
    distDir: values["dist-dir"],
    size: int(values.size, "size"),
    profileDir: values.profile ? path.resolve(values.profile) : undefined,
  };
}

interface Scenario {
  name: string;
  path: string;
  headers: Record<string, string>;
  /** Members the answer must hold (0 for the floor). */
  rows: number;
}

/** One plain request first: a 200 with the expected number of members, or a loud failure. */
async function check(server: RunningServer, scenario: Scenario): Promise<unknown> {
  const response = await fetch(`${server.baseUrl}${scenario.path}`, { headers: scenario.headers });
  const body = (await response.json()) as { data?: unknown[] };
  if (response.status !== 200) throw new ScriptError(`${scenario.name}: GET ${scenario.path} answered ${response.status}: ${JSON.stringify(body)}`);
  if (scenario.rows && body.data?.length !== scenario.rows) throw new ScriptError(`${scenario.name}: expected ${scenario.rows} members, got ${body.data?.length}.`);
  return body;
}

runScript(async () => {
  const opts = options();
  const log = (line: string) => console.log(line);
  let server: RunningServer | undefined;
  const watchdog = setTimeout(() => {
    console.error(`Error: the benchmark did not finish within ${WATCHDOG_MS / 60_000} minutes; stopping.`);
    void (server?.stop() ?? Promise.resolve()).finally(() => process.exit(1));
  }, WATCHDOG_MS);
  const onSignal = () => void (server?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  const url = benchDatabaseUrlFor(opts.size);
  if (await ensureDatabaseExists(url)) log(`Created database ${new URL(url).pathname.slice(1)}.`);
  const database = await openDatabase({ url, max: 4 });
  let keyId: string | undefined;
  try {
    if (opts.build || !hasBuild(opts.distDir)) {
      log(`Building the app into ${opts.distDir} …`);
      await buildApp({ ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: opts.distDir, NEXT_TELEMETRY_DISABLED: "1" });
    }
    const organizationId = await prepareBenchData(database.db, opts.size, log);
    // The demo Owner is a member of other demo organizations too: take their membership of this one.
    const [owner] = await database.db
      .select()
      .from(members)
      .where(and(eq(members.email, BENCH_USER), eq(members.organizationId, organizationId)));
    if (!owner) throw new ScriptError(`No member ${BENCH_USER}: the demo seed did not run.`);
    // A real key of the demo Owner, made the way the create action makes one (shown once, hashed).
    const generated = generateApiKey();
    const [key] = await database.db
      .insert(apiKeys)
      .values({ organizationId, memberId: owner.id, name: "bench:api", prefix: generated.prefix, keyHash: generated.keyHash, scopes: [...API_SCOPES] })
      .returning();
    keyId = key!.id;
    const auth = { authorization: `Bearer ${generated.key}` };

    const baseUrl = `http://${HOST}:${opts.port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: url,
      NEXT_DIST_DIR: opts.distDir,
      APP_URL: baseUrl,
      AUTH_SECRET: `bench-secret-${crypto.randomBytes(16).toString("hex")}`,
      AUTH_TRUST_HOST: "true",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      ROSTER_WORKER: "0",
      // The per-key limit is real (one counter write per request) but set high enough not to refuse.
      ROSTER_API_RATE_LIMIT_PER_MINUTE: "10000000",
    };
    delete env.PGLITE_DIR;
    delete env.TEST_DATABASE_URL;
    const nodeArgs = opts.profileDir ? ["--cpu-prof", `--cpu-prof-dir=${opts.profileDir}`] : [];
    server = await startServer({ host: HOST, port: opts.port, env, nodeArgs });
    await waitUntilReady(server);
    log(`Server ready at ${server.baseUrl}${opts.profileDir ? " (under --cpu-prof: figures are slower than usual)" : ""}.`);

    const list = `/api/v1/organizations/${organizationId}/members`;
    // A cursor 20 pages in: keyset pages cost the same wherever they are.
    let cursor = "";
    for (let page = 0; page < 20; page++) {
      const body = (await check(server, { name: "walk", path: `${list}?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`, headers: auth, rows: 50 })) as { nextCursor: string };
      cursor = body.nextCursor;
    }
    const floor: Scenario = { name: `floor: ${FLOOR_PATH}`, path: FLOOR_PATH, headers: {}, rows: 0 };
    const scenarios: Scenario[] = [
      { name: "GET members (50/page, first page)", path: `${list}?limit=50`, headers: auth, rows: 50 },
      { name: "GET members (50/page, page 21 by cursor)", path: `${list}?limit=50&cursor=${encodeURIComponent(cursor)}`, headers: auth, rows: 50 },
      { name: "GET members (role=developer&status=active)", path: `${list}?limit=50&role=developer&status=active`, headers: auth, rows: 50 },
    ];
    const measure = async (scenario: Scenario): Promise<LoadResult> => {
      await check(server!, scenario);
      const load = { url: `${server!.baseUrl}${scenario.path}`, headers: scenario.headers, connections: opts.connections };
      await runLoad({ ...load, amount: WARM_UP_REQUESTS });
      log(`Measuring ${scenario.name}: ${opts.amount} requests over ${opts.connections} connections …`);
      return runLoad({ ...load, amount: opts.amount });
    };
    // Every route is warmed first, so no measurement includes the JIT's first minutes: in a cold
    // start the floor kept getting faster from one scenario to the next (503 → 583 → 718 req/s).
    log(`Warming up: ${STEADY_STATE_REQUESTS} requests to each route …`);
    for (const scenario of [floor, ...scenarios]) {
      await runLoad({ url: `${server.baseUrl}${scenario.path}`, headers: scenario.headers, connections: opts.connections, amount: STEADY_STATE_REQUESTS });
    }
    // The floor is measured on both sides of each scenario, and the scenario is compared with the
    // mean of the two: on a shared machine the load changes over a run (the floor moved 565 → 654
    // req/s between two consecutive measurements), and one side alone judges by other weather.
    const results: { scenario: Scenario; result: LoadResult; floor?: number }[] = [];
    let before = await measure(floor);
    results.push({ scenario: floor, result: before });
    for (const scenario of scenarios) {
      const result = await measure(scenario);
      const after = await measure(floor);
      results.push({ scenario, result, floor: (before.requestsPerSecond + after.requestsPerSecond) / 2 });
      results.push({ scenario: floor, result: after });
      before = after;
    }

    const header = ["scenario", "req/s", "p50 ms", "p95 ms", "share of the floors' mean req/s", "verdict"];
    const lines = results.map(({ scenario, result, floor: around }) => {
      const share = around ? result.requestsPerSecond / around : 1;
      return [
        scenario.name,
        result.requestsPerSecond.toFixed(1),
        result.p50.toFixed(0),
        result.p95.toFixed(0),
        around ? `${Math.round(share * 100)}% of ${around.toFixed(1)}` : "",
        !around ? "(floor)" : share >= MIN_THROUGHPUT_SHARE ? "PASS" : `FAIL: under ${MIN_THROUGHPUT_SHARE * 100}%`,
      ];
    });
    const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
    const format = (cells: string[]) => cells.map((cell, i) => (i === 0 || i === 5 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ").trimEnd();
    console.log(`\n${format(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
    for (const line of lines) console.log(format(line));
    log(`\n${opts.size.toLocaleString("en-US")} members; every response was 200; ${opts.connections} connections, ${opts.amount} requests per scenario.`);
    if (opts.profileDir) {
      // The profile is written as the server exits.
      await server.stop();
      const file = newestProfile(opts.profileDir);
      if (file) {
        log(`\nCPU profile of the server: ${path.relative(process.cwd(), file)}`);
        printProfileSummary(summarizeProfile(readProfile(file)), log);
      }
    }
    if (lines.some((line) => line[5]!.startsWith("FAIL"))) throw new ScriptError("The API list is under 40% of the floor's throughput (FAIL above).");
  } finally {
    clearTimeout(watchdog);
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await server?.stop();
    if (keyId) await database.db.delete(apiKeys).where(eq(apiKeys.id, keyId)).catch(() => {});
    await database.close();
  }
});
