// npm run bench:members — the members page of a 100,000-member organization under load.
// PostgreSQL only (DATABASE_URL, TEST_DATABASE_URL or a local roster_bench database, created if
// missing). Seeds once and reuses the data, builds into .next-bench, starts `next start` on
// 127.0.0.1, checks each scenario renders the right rows, then measures it with autocannon.
// Options: --no-build (reuse .next-bench), --members N, --amount N, --connections N, --port N.
import crypto from "node:crypto";
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { ScriptError, runScript } from "@/db/scripts/script-runtime";
import {
  BENCH_ORG,
  BENCH_USER,
  benchDatabaseUrl,
  createBenchSession,
  deleteBenchSession,
  ensureDatabaseExists,
  firstNameOnPage,
  prepareBenchData,
  typicalSurname,
} from "./bench-database";
import { runLoad, type LoadResult } from "./load";
import { BENCH_DIST_DIR, buildApp, hasBuild, startServer, waitUntilReady, type RunningServer } from "./next-server";

const HOST = "127.0.0.1";
/** The whole run stops by itself after this long, server included. */
const WATCHDOG_MS = 20 * 60 * 1000;

function options() {
  const { values } = parseArgs({
    options: {
      "no-build": { type: "boolean", default: false },
      members: { type: "string", default: "100000" },
      amount: { type: "string", default: "300" },
      connections: { type: "string", default: "4" },
      port: { type: "string", default: "3200" },
    },
  });
  const int = (name: keyof typeof values) => {
    const n = Number(String(values[name]).replace(/[,_]/g, ""));
    if (!Number.isInteger(n) || n < 1) throw new ScriptError(`--${name} must be a positive integer.`, 2);
    return n;
  };
  return {
    build: !values["no-build"],
    members: int("members"),
    amount: int("amount"),
    connections: int("connections"),
    port: int("port"),
  };
}

interface Scenario {
  name: string;
  path: string;
  /** The member the page must list first, read from the database. */
  expectFirst: string | null;
}

/** One plain request first: a 200 that shows the expected member, or a loud failure. */
async function checkScenario(server: RunningServer, cookie: string, scenario: Scenario): Promise<void> {
  const response = await fetch(`${server.baseUrl}${scenario.path}`, { headers: { cookie }, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200) {
    const location = response.headers.get("location");
    throw new ScriptError(
      `${scenario.name}: GET ${scenario.path} answered ${response.status}${location ? ` → ${location}` : ""}. ` +
        (location?.includes("sign-in") ? "The bench session was not accepted." : "The members page is not working."),
    );
  }
  if (scenario.expectFirst && !body.includes(scenario.expectFirst)) {
    throw new ScriptError(`${scenario.name}: the page does not show ${scenario.expectFirst}, the member the database lists first.`);
  }
}

function printTable(rows: { scenario: Scenario; result: LoadResult }[]): void {
  const header = ["scenario", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms"];
  const lines = rows.map(({ scenario, result }) => [
    scenario.name,
    String(result.requests),
    result.requestsPerSecond.toFixed(1),
    ...[result.p50, result.p95, result.p99, result.max].map((ms) => ms.toFixed(1)),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  const format = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  console.log(`\n${format(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (const line of lines) console.log(format(line));
}

runScript(async () => {
  const opts = options();
  const url = benchDatabaseUrl();
  const log = (line: string) => console.log(line);
  if (await ensureDatabaseExists(url)) log(`Created database ${new URL(url).pathname.slice(1)}.`);
  const database = await openDatabase({ url, max: 4 });
  let server: RunningServer | undefined;
  let sessionToken: string | undefined;
  const stopServer = async () => {
    await server?.stop();
  };
  const watchdog = setTimeout(() => {
    console.error(`Error: the benchmark did not finish within ${WATCHDOG_MS / 60_000} minutes; stopping.`);
    void stopServer().finally(() => process.exit(1));
  }, WATCHDOG_MS);
  const onSignal = () => void stopServer().finally(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  try {
    const organizationId = await prepareBenchData(database.db, opts.members, log);
    const { surname, count } = await typicalSurname(database.db, organizationId);
    const db = database.db;
    const scenarios: Scenario[] = [
      { name: "first page", path: `/orgs/${BENCH_ORG}/members`, expectFirst: await firstNameOnPage(db, organizationId, { offset: 0 }) },
      {
        name: "page 2,000 (50/page)",
        path: `/orgs/${BENCH_ORG}/members?page=2000&pageSize=50`,
        expectFirst: await firstNameOnPage(db, organizationId, { offset: 1999 * 50 }),
      },
      {
        name: `search "${surname}" (${count})`,
        path: `/orgs/${BENCH_ORG}/members?q=${encodeURIComponent(surname)}`,
        expectFirst: await firstNameOnPage(db, organizationId, { offset: 0, surname }),
      },
      {
        name: "role=developer&status=active",
        path: `/orgs/${BENCH_ORG}/members?role=developer&status=active`,
        expectFirst: await firstNameOnPage(db, organizationId, { offset: 0, role: "developer", status: "active" }),
      },
    ];

    sessionToken = await createBenchSession(db, BENCH_USER);
    const cookie = `authjs.session-token=${sessionToken}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: url,
      NEXT_DIST_DIR: BENCH_DIST_DIR,
      AUTH_SECRET: `bench-secret-${crypto.randomBytes(16).toString("hex")}`,
      AUTH_TRUST_HOST: "true",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    };
    delete env.PGLITE_DIR;
    if (opts.build || !hasBuild()) {
      log(`Building the app into ${BENCH_DIST_DIR} …`);
      await buildApp(env);
    }
    server = await startServer({ host: HOST, port: opts.port, env });
    await waitUntilReady(server);
    log(`Server ready at ${server.baseUrl}.`);

    const results: { scenario: Scenario; result: LoadResult }[] = [];
    for (const scenario of scenarios) {
      await checkScenario(server, cookie, scenario);
      // Warm-up: compiled routes, connection pool, PostgreSQL's caches and prepared statements.
      await runLoad({ url: `${server.baseUrl}${scenario.path}`, cookie, connections: opts.connections, amount: 40 });
      log(`Measuring ${scenario.name}: ${opts.amount} requests over ${opts.connections} connections …`);
      const result = await runLoad({ url: `${server.baseUrl}${scenario.path}`, cookie, connections: opts.connections, amount: opts.amount });
      results.push({ scenario, result });
    }
    printTable(results);
    log(`\nEvery response was 200. Organization "${BENCH_ORG}", signed in as ${BENCH_USER}.`);
  } catch (error) {
    if (server) console.error(`Last lines of the server's output:\n${server.recentOutput()}\n`);
    throw error;
  } finally {
    clearTimeout(watchdog);
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await stopServer();
    if (sessionToken) await deleteBenchSession(database.db, sessionToken).catch(() => {});
    await database.close();
  }
});
