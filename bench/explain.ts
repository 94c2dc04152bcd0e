// npx tsx bench/explain.ts [--pglite] [--summary] — EXPLAIN (ANALYZE, BUFFERS) of the members
// page's queries for the benchmark's four scenarios, on the benchmark database (see bench:members)
// or, with --pglite, on the embedded one (PGLITE_DIR). Each plan is taken warm (second run).
import { parseArgs } from "node:util";
import { sql, type SQL } from "drizzle-orm";
import { openDatabase, type Database } from "@/db/client";
import { rowsOf } from "@/db/seed/bulk-insert";
import { ScriptError, runScript } from "@/db/scripts/script-runtime";
import { BENCH_ORG, benchDatabaseUrl, organizationIdOf, typicalSurname } from "./bench-database";
import { countQuery, pageQuery, pageTeamsQuery, seatsQuery, summaryQuery, type ListScenario } from "./member-list-queries";

interface Explained {
  label: string;
  plan: string[];
  executionMs: number;
  planningMs: number;
  scans: string[];
}

async function explain(db: Database, label: string, query: SQL): Promise<Explained> {
  const run = async () =>
    rowsOf<Record<string, string>>(await db.execute(sql`explain (analyze, buffers) ${query}`)).map(
      (row) => Object.values(row)[0] ?? "",
    );
  await run();
  const plan = await run();
  const ms = (prefix: string) => Number(plan.find((line) => line.startsWith(prefix))?.match(/([\d.]+) ms/)?.[1] ?? NaN);
  const scans = plan
    .map((line) => line.match(/(Index Only Scan|Index Scan|Bitmap Index Scan|Seq Scan)(?: Backward)?(?: using| on) (\S+)/))
    .filter((match): match is RegExpMatchArray => match !== null)
    .map((match) => `${match[1]} ${match[2]}`);
  return { label, plan, executionMs: ms("Execution Time"), planningMs: ms("Planning Time"), scans: [...new Set(scans)] };
}

runScript(async () => {
  const { values } = parseArgs({ options: { pglite: { type: "boolean" }, summary: { type: "boolean" } } });
  const database = values.pglite ? await openDatabase({ migrate: false }) : await openDatabase({ url: benchDatabaseUrl(), migrate: false, max: 2 });
  try {
    const db = database.db;
    const organizationId = await organizationIdOf(db, BENCH_ORG);
    if (!organizationId) throw new ScriptError(`No "${BENCH_ORG}" organization: run npm run bench:members or npm run db:seed:large first.`);
    const { surname, count } = await typicalSurname(db, organizationId);
    const scenarios: ListScenario[] = [
      { name: "first page", page: 1, pageSize: 25 },
      { name: "page 2,000 (50/page)", page: 2000, pageSize: 50 },
      { name: `search "${surname}" (${count} rows)`, page: 1, pageSize: 25, q: surname },
      { name: "role=developer & status=active", page: 1, pageSize: 25, role: ["developer"], status: ["active"] },
    ];

    const results: Explained[] = [
      await explain(db, "summary cards (count by status)", summaryQuery(db, organizationId)),
      await explain(db, "seats used (active + pending)", seatsQuery(db, organizationId)),
    ];
    for (const scenario of scenarios) {
      results.push(await explain(db, `${scenario.name}: count`, countQuery(db, organizationId, scenario)));
      results.push(await explain(db, `${scenario.name}: page`, pageQuery(db, organizationId, scenario)));
    }
    const firstPage = rowsOf<{ id: string }>(await db.execute(pageQuery(db, organizationId, scenarios[0]!)));
    results.push(await explain(db, "first page: team names", pageTeamsQuery(db, organizationId, firstPage.map((row) => row.id))));

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
