// npx tsx --conditions=react-server bench/explain.ts [--pglite] [--summary] [--members N] — EXPLAIN (ANALYZE,
// BUFFERS) of exactly the SQL the members page runs for the benchmark's four scenarios: the real
// query functions run with a logger that captures each statement and its parameters, and each
// captured statement is explained warm (second run). `--conditions=react-server` lets a script
// import the server-only query module. Uses the benchmark database of the given size (default
// 100,000, as bench:members seeds it), or with --pglite the embedded one.
import { parseArgs } from "node:util";
import { openDatabase, type OpenedDatabase } from "@/db/client";
import { listMembers, type ListMembersOptions } from "@/db/queries/member-list";
import { getMemberSummary } from "@/db/queries/member-counts";
import { ScriptError, runScript } from "@/db/scripts/script-runtime";
import { BENCH_ORG, benchDatabaseUrlFor, organizationIdOf, typicalSurname } from "./bench-database";

interface Explained {
  label: string;
  plan: string[];
  executionMs: number;
  planningMs: number;
  scans: string[];
}

interface Captured {
  query: string;
  params: unknown[];
}

async function explain(database: OpenedDatabase, label: string, { query, params }: Captured): Promise<Explained> {
  const run = async () =>
    (await database.rawQuery(`explain (analyze, buffers) ${query}`, params)).map((row) => String(Object.values(row)[0] ?? ""));
  await run();
  const plan = await run();
  const ms = (prefix: string) => Number(plan.find((line) => line.startsWith(prefix))?.match(/([\d.]+) ms/)?.[1] ?? NaN);
  const scans = plan
    .map((line) => line.match(/(Index Only Scan|Index Scan|Bitmap Index Scan|Seq Scan)(?: Backward)?(?: using| on) (\S+)/))
    .filter((match): match is RegExpMatchArray => match !== null)
    .map((match) => `${match[1]} ${match[2]}`);
  return { label, plan, executionMs: ms("Execution Time"), planningMs: ms("Planning Time"), scans: [...new Set(scans)] };
}

/** A short name for a captured statement: what it selects from. */
function describe(query: string): string {
  if (/^select count\(/i.test(query)) return "count";
  if (/from "teams"/i.test(query) && !/from "members"/i.test(query)) return "matching teams";
  if (/from "team_members"/i.test(query) && /array_agg|string_agg|"teams"\."name"/i.test(query)) return "team names";
  return "rows";
}

runScript(async () => {
  const { values } = parseArgs({
    options: { pglite: { type: "boolean" }, summary: { type: "boolean" }, members: { type: "string", default: "100000" } },
  });
  let capture: Captured[] | null = null;
  const logQuery = (query: string, params: unknown[]) => capture?.push({ query, params });
  const database = values.pglite
    ? await openDatabase({ migrate: false, logQuery })
    : await openDatabase({ url: benchDatabaseUrlFor(Number(values.members)), migrate: false, max: 2, logQuery });
  try {
    const db = database.db;
    const organizationId = await organizationIdOf(db, BENCH_ORG);
    if (!organizationId) throw new ScriptError(`No "${BENCH_ORG}" organization: run npm run bench:members or npm run db:seed:large first.`);
    const { surname, count } = await typicalSurname(db, organizationId);
    const scenarios: { name: string; options: Omit<ListMembersOptions, "organizationId"> }[] = [
      { name: "first page", options: { page: 1, pageSize: 25 } },
      { name: "page 2,000 (50/page)", options: { page: 2000, pageSize: 50 } },
      { name: `search "${surname}" (${count} rows)`, options: { page: 1, pageSize: 25, q: surname } },
      { name: "role=developer & status=active", options: { page: 1, pageSize: 25, role: ["developer"], status: ["active"] } },
    ];

    /** Runs `work`, returning the statements it sent. */
    const captured = async (work: () => Promise<unknown>): Promise<Captured[]> => {
      capture = [];
      await work();
      const statements = capture;
      capture = null;
      return statements;
    };

    const results: Explained[] = [];
    for (const statement of await captured(() => getMemberSummary(db, { organizationId }))) {
      results.push(await explain(database, "summary cards (count by status)", statement));
    }
    for (const scenario of scenarios) {
      const statements = await captured(() => listMembers(db, { organizationId, ...scenario.options }));
      for (const statement of statements) {
        results.push(await explain(database, `${scenario.name}: ${describe(statement.query)}`, statement));
      }
    }

    if (!values.summary) {
      // Long lines are the page's id list; the shape of the plan is what matters.
      const clip = (line: string) => (line.length > 200 ? `${line.slice(0, 200)}…` : line);
      for (const result of results) console.log(`\n=== ${result.label}\n${result.plan.map(clip).join("\n")}`);
    }
    console.log(`\n${database.driver === "postgres" ? "PostgreSQL" : "PGlite"}, organization "${BENCH_ORG}" (warm runs)`);
    const width = Math.max(...results.map((r) => r.label.length));
    for (const result of results) {
      console.log(
        `${result.label.padEnd(width)}  ${result.executionMs.toFixed(2).padStart(8)} ms  ` +
          `(plan ${result.planningMs.toFixed(2)} ms)  ${result.scans.join(", ")}`,
      );
    }
  } finally {
    await database.close();
  }
});
