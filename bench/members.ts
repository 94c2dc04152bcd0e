// npm run bench:members — the members page against the framework's floor, at 1,000 and 100,000
// members, in one run. PostgreSQL only: one database per size on the server of DATABASE_URL,
// TEST_DATABASE_URL or 127.0.0.1 (loopback only; "<name>_1k", "<name>_100k", created if missing,
// seeded once and reused). Builds into .next-bench, starts the app's own server (`node
// server.mjs`) per size, checks each scenario renders the right rows, warms every route, then
// measures with autocannon the floor (the signed-out /sign-in page) before and after each
// scenario, and how long search results take to show after the last keystroke (Chromium). Prints
// req/s, p50, p95, the server's CPU ms a request, HTML and flight bytes, the mean of the two
// floors around each scenario beside it, and PASS/FAIL against issue 10's goals.
// Options: --no-build (reuse the build), --sizes 1000,100000, --amount N, --connections N,
// --port N, --dist-dir DIR, --only TEXT (scenarios whose name contains it), --no-search,
// --profile DIR (run the server under `node --cpu-prof` and summarise where its CPU time went),
// --save-html DIR (keep each scenario's page, to see where its bytes go).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase, type OpenedDatabase } from "@/db/client";
import { ScriptError, runScript } from "@/db/scripts/script-runtime";
import {
  BENCH_ORG,
  BENCH_USER,
  benchDatabaseUrlFor,
  countMembers,
  createBenchSession,
  deleteBenchSession,
  ensureDatabaseExists,
  firstNameOnPage,
  prepareBenchData,
  typicalSurname,
} from "./bench-database";
import { newestProfile, printProfileSummary, readProfile, summarizeProfile } from "./cpu-profile";
import { SEARCH_BUDGET_MS, bracketingFloor, judge, type Floor, type Verdict } from "./goals";
import { runLoad, type LoadResult } from "./load";
import { BENCH_DIST_DIR, buildApp, hasBuild, startServer, waitUntilReady, type RunningServer } from "./next-server";
import { kb, measurePage, type PageWeight } from "./page-weight";
import { measureSearchLatency, type SearchTiming } from "./search-latency";

const HOST = "127.0.0.1";
/** The whole run stops by itself after this long, server included. */
const WATCHDOG_MS = 50 * 60 * 1000;
const FLOOR_PATH = "/sign-in";
const WARM_UP_REQUESTS = 40;
/** Requests each route gets before any measurement, so none includes the JIT's first minutes. */
const STEADY_STATE_REQUESTS = 300;
const SEARCH_PROBES = 5;

function options() {
  const { values } = parseArgs({
    options: {
      "no-build": { type: "boolean", default: false },
      "no-search": { type: "boolean", default: false },
      sizes: { type: "string", default: "1000,100000" },
      amount: { type: "string", default: "600" },
      connections: { type: "string", default: "10" },
      port: { type: "string", default: "3200" },
      "dist-dir": { type: "string", default: BENCH_DIST_DIR },
      only: { type: "string" },
      profile: { type: "string" },
      "save-html": { type: "string" },
    },
  });
  const int = (text: string, name: string) => {
    const n = Number(text.replace(/[,_]/g, ""));
    if (!Number.isInteger(n) || n < 1) throw new ScriptError(`--${name} must be a positive integer.`, 2);
    return n;
  };
  const sizes = values.sizes.split(",").map((s) => int(s.trim(), "sizes"));
  return {
    build: !values["no-build"],
    search: !values["no-search"],
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    amount: int(values.amount, "amount"),
    connections: int(values.connections, "connections"),
    port: int(values.port, "port"),
    distDir: values["dist-dir"],
    only: values.only?.toLowerCase(),
    profileDir: values.profile ? path.resolve(values.profile) : undefined,
    htmlDir: values["save-html"] ? path.resolve(values["save-html"]) : undefined,
  };
}
type Options = ReturnType<typeof options>;

interface Scenario {
  name: string;
  path: string;
  rows: number;
  /** The member the page must list first, read from the database. */
  expectFirst: string | null;
}

interface Measured {
  size: number;
  scenario: Scenario;
  result: LoadResult;
  weight: PageWeight;
  /** The mean of the floors measured just before and just after; absent for the floor itself. */
  floor?: Floor;
  /** Absent for the floor itself. */
  verdict?: Verdict;
}

/** One plain request first: a 200 that shows the expected member, or a loud failure. */
async function fetchScenario(server: RunningServer, cookie: string | undefined, scenario: Scenario, saveTo?: string): Promise<PageWeight> {
  const response = await fetch(`${server.baseUrl}${scenario.path}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200) {
    const location = response.headers.get("location");
    throw new ScriptError(
      `${scenario.name}: GET ${scenario.path} answered ${response.status}${location ? ` → ${location}` : ""}. ` +
        (location?.includes("sign-in") ? "The bench session was not accepted." : "The page is not working."),
    );
  }
  if (scenario.expectFirst && !body.includes(scenario.expectFirst)) {
    throw new ScriptError(`${scenario.name}: the page does not show ${scenario.expectFirst}, the member the database lists first.`);
  }
  if (saveTo) {
    fs.mkdirSync(path.dirname(saveTo), { recursive: true });
    fs.writeFileSync(saveTo, body);
  }
  return measurePage(body);
}

async function scenariosFor(db: OpenedDatabase["db"], organizationId: string): Promise<{ scenarios: Scenario[]; surnames: string[] }> {
  const total = await countMembers(db, organizationId);
  const { surname, count, others } = await typicalSurname(db, organizationId);
  // Past the last page the page shows the last one (at 1,000 members, page 2,000 is page 20).
  const lastPageOffset = (Math.min(2000, Math.max(1, Math.ceil(total / 50))) - 1) * 50;
  const scenarios: Scenario[] = [
    { name: "first page", path: `/orgs/${BENCH_ORG}/members`, rows: 25, expectFirst: await firstNameOnPage(db, organizationId, { offset: 0 }) },
    {
      name: "page 2,000 (50/page)",
      path: `/orgs/${BENCH_ORG}/members?page=2000&pageSize=50`,
      rows: 50,
      expectFirst: await firstNameOnPage(db, organizationId, { offset: lastPageOffset }),
    },
    {
      name: `search "${surname}" (${count})`,
      path: `/orgs/${BENCH_ORG}/members?q=${encodeURIComponent(surname)}`,
      rows: 25,
      expectFirst: await firstNameOnPage(db, organizationId, { offset: 0, surname }),
    },
    {
      name: "role=developer&status=active",
      path: `/orgs/${BENCH_ORG}/members?role=developer&status=active`,
      rows: 25,
      expectFirst: await firstNameOnPage(db, organizationId, { offset: 0, role: "developer", status: "active" }),
    },
  ];
  return { scenarios, surnames: [surname, ...others] };
}

async function benchSize(size: number, opts: Options, log: (line: string) => void, track: (server: RunningServer | undefined) => void) {
  const url = benchDatabaseUrlFor(size);
  const dbName = new URL(url).pathname.slice(1);
  if (await ensureDatabaseExists(url)) log(`Created database ${dbName}.`);
  const database = await openDatabase({ url, max: 4 });
  let server: RunningServer | undefined;
  let sessionToken: string | undefined;
  try {
    log(`\n== ${size.toLocaleString("en-US")} members (database ${dbName})`);
    const organizationId = await prepareBenchData(database.db, size, log);
    const { scenarios, surnames } = await scenariosFor(database.db, organizationId);
    sessionToken = await createBenchSession(database.db, BENCH_USER);
    const cookie = `authjs.session-token=${sessionToken}`;

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
      // The background worker's polling would be noise in the measurement.
      ROSTER_WORKER: "0",
    };
    delete env.PGLITE_DIR;
    delete env.TEST_DATABASE_URL;
    const nodeArgs = opts.profileDir ? ["--cpu-prof", `--cpu-prof-dir=${opts.profileDir}`] : [];
    server = await startServer({ host: HOST, port: opts.port, env, nodeArgs });
    track(server);
    await waitUntilReady(server);
    log(`Server ready at ${server.baseUrl}${opts.profileDir ? " (under --cpu-prof: figures are slower than usual)" : ""}.`);

    const floorScenario: Scenario = { name: `floor: ${FLOOR_PATH} (signed out)`, path: FLOOR_PATH, rows: 0, expectFirst: null };
    const chosen = scenarios.filter((scenario) => !opts.only || scenario.name.toLowerCase().includes(opts.only));
    const loadFor = (scenario: Scenario) => ({
      url: `${server!.baseUrl}${scenario.path}`,
      cookie: scenario === floorScenario ? undefined : cookie,
      connections: opts.connections,
      serverPid: server!.pid,
    });
    const weights = new Map<Scenario, PageWeight>();
    for (const scenario of [floorScenario, ...chosen]) {
      const saveTo = opts.htmlDir ? path.join(opts.htmlDir, `${size}-${scenario.name.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "")}.html`) : undefined;
      weights.set(scenario, await fetchScenario(server, scenario === floorScenario ? undefined : cookie, scenario, saveTo));
    }
    // Every route is warmed first (compiled code, connection pool, PostgreSQL's caches and
    // prepared statements): from a cold start the first routes measured ran slower than the later.
    log(`Warming up: ${STEADY_STATE_REQUESTS} requests to each route …`);
    for (const scenario of [floorScenario, ...chosen]) await runLoad({ ...loadFor(scenario), amount: STEADY_STATE_REQUESTS });
    const measure = async (scenario: Scenario) => {
      await runLoad({ ...loadFor(scenario), amount: WARM_UP_REQUESTS });
      log(`Measuring ${scenario.name}: ${opts.amount} requests over ${opts.connections} connections …`);
      return runLoad({ ...loadFor(scenario), amount: opts.amount });
    };

    // The floor is measured on both sides of each scenario, which is judged by the mean of the two.
    let before = await measure(floorScenario);
    const measured: Measured[] = [{ size, scenario: floorScenario, weight: weights.get(floorScenario)!, result: before }];
    for (const scenario of chosen) {
      const result = await measure(scenario);
      const after = await measure(floorScenario);
      const floor = bracketingFloor(before, after);
      const weight = weights.get(scenario)!;
      measured.push({ size, scenario, weight, result, floor, verdict: judge(result, floor, weight.htmlBytes, scenario.rows) });
      measured.push({ size, scenario: floorScenario, weight: weights.get(floorScenario)!, result: after });
      before = after;
    }

    let search: SearchTiming[] = [];
    if (opts.search) {
      log(`Measuring search: typing ${SEARCH_PROBES} surnames into the search box …`);
      const probes = [];
      for (const query of surnames.slice(0, SEARCH_PROBES)) {
        const expectFirst = await firstNameOnPage(database.db, organizationId, { offset: 0, surname: query });
        if (expectFirst) probes.push({ query, expectFirst });
      }
      search = await measureSearchLatency({ baseUrl: server.baseUrl, path: `/orgs/${BENCH_ORG}/members`, sessionToken, probes });
    }
    return { measured, search };
  } catch (error) {
    if (server) console.error(`Last lines of the server's output:\n${server.recentOutput()}\n`);
    throw error;
  } finally {
    await server?.stop();
    track(undefined);
    if (sessionToken) await deleteBenchSession(database.db, sessionToken).catch(() => {});
    await database.close();
  }
}

function printTable(rows: Measured[]): void {
  const header = ["members", "scenario", "rows", "req/s", "p50 ms", "p95 ms", "CPU ms/req", "HTML KB", "flight KB", "floors' req/s", "floors' p95", "req/s %", "p95 ×", "CPU ×", "verdict"];
  const lines = rows.map(({ size, scenario, result, weight, floor, verdict }) => {
    return [
      size.toLocaleString("en-US"),
      scenario.name,
      verdict ? String(scenario.rows) : "",
      result.requestsPerSecond.toFixed(1),
      result.p50.toFixed(0),
      result.p95.toFixed(0),
      result.cpuMsPerRequest?.toFixed(1) ?? "",
      kb(weight.htmlBytes),
      kb(weight.flightBytes),
      floor ? floor.requestsPerSecond.toFixed(1) : "",
      floor ? floor.p95.toFixed(0) : "",
      verdict ? `${Math.round(verdict.throughputShare * 100)}%` : "",
      verdict ? verdict.p95Ratio.toFixed(2) : "",
      floor && result.cpuMsPerRequest && floor.cpuMsPerRequest ? (result.cpuMsPerRequest / floor.cpuMsPerRequest).toFixed(2) : "",
      verdict ? (verdict.failures.length === 0 ? "PASS" : `FAIL: ${verdict.failures.join("; ")}`) : "(floor)",
    ];
  });
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  const textColumns = new Set([1, header.length - 1]);
  const format = (cells: string[]) =>
    cells.map((cell, i) => (textColumns.has(i) ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ").trimEnd();
  console.log(`\n${format(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (const line of lines) console.log(format(line));
}

runScript(async () => {
  const opts = options();
  const log = (line: string) => console.log(line);
  let current: RunningServer | undefined;
  const stopServer = async () => {
    await current?.stop();
  };
  const watchdog = setTimeout(() => {
    console.error(`Error: the benchmark did not finish within ${WATCHDOG_MS / 60_000} minutes; stopping.`);
    void stopServer().finally(() => process.exit(1));
  }, WATCHDOG_MS);
  const onSignal = () => void stopServer().finally(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  try {
    if (opts.build || !hasBuild(opts.distDir)) {
      log(`Building the app into ${opts.distDir} …`);
      await buildApp({ ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: opts.distDir, NEXT_TELEMETRY_DISABLED: "1" });
    }
    const measured: Measured[] = [];
    const searches: { size: number; timings: SearchTiming[] }[] = [];
    for (const size of opts.sizes) {
      const result = await benchSize(size, opts, log, (server) => (current = server));
      measured.push(...result.measured);
      if (result.search.length > 0) searches.push({ size, timings: result.search });
      if (opts.profileDir) {
        const file = newestProfile(opts.profileDir);
        if (file) {
          log(`\nCPU profile of the server at ${size.toLocaleString("en-US")} members: ${path.relative(process.cwd(), file)}`);
          printProfileSummary(summarizeProfile(readProfile(file)), log);
        }
      }
    }

    printTable(measured);
    let failed = measured.some((m) => m.verdict && m.verdict.failures.length > 0);
    for (const { size, timings } of searches) {
      const worst = Math.max(...timings.map((t) => t.ms));
      const pass = worst <= SEARCH_BUDGET_MS;
      if (!pass) failed = true;
      log(
        `\nsearch box at ${size.toLocaleString("en-US")} members, last keystroke → results shown: ` +
          `${timings.map((t) => `${t.query} ${t.ms.toFixed(0)} ms`).join(", ")}; worst ${worst.toFixed(0)} ms ` +
          `(budget ${SEARCH_BUDGET_MS} ms) ${pass ? "PASS" : "FAIL"}`,
      );
    }
    log(`\nEvery response was 200. Organization "${BENCH_ORG}", signed in as ${BENCH_USER}; ${opts.connections} connections, ${opts.amount} requests per scenario.`);
    if (failed) throw new ScriptError("Some goals were not met (FAIL above).");
  } finally {
    clearTimeout(watchdog);
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await stopServer();
  }
});
