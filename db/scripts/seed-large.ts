// npm run db:seed:large -- --org acme --members 100000
// Grows an organization to N generated members (creating it if missing), then refreshes statistics.
import os from "node:os";
import { parseArgs } from "node:util";
import { refreshStatistics, seedLarge } from "@/db/seed/large";
import { ScriptError, runScript, withScriptDatabase } from "./script-runtime";

const USAGE = "Usage: npm run db:seed:large -- --org <slug> --members <N> [--batch-size 5000]";

function parseCount(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const count = Number(value.replace(/[,_]/g, ""));
  if (!Number.isInteger(count) || count < 1) throw new ScriptError(`--${name} must be a positive integer.\n${USAGE}`, 2);
  return count;
}

function readOptions() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        org: { type: "string", default: "acme" },
        members: { type: "string" },
        "batch-size": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    throw new ScriptError(`${(error as Error).message}\n${USAGE}`, 2);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (!/^[a-z0-9][a-z0-9-]*$/.test(values.org)) throw new ScriptError(`--org must be an organization slug.\n${USAGE}`, 2);
  return {
    slug: values.org,
    members: parseCount(values.members, "members", 100_000),
    batchSize: parseCount(values["batch-size"], "batch-size", 5_000),
  };
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

runScript(async () => {
  const options = readOptions();
  const started = performance.now();
  await withScriptDatabase({ migrate: true }, async (database) => {
    console.log(`Seeding "${options.slug}" to ${fmt(options.members)} members in ${database.description}.`);
    const result = await seedLarge(database.db, {
      ...options,
      // PostgreSQL spends its time maintaining the members indexes: give it a batch per core.
      concurrency: database.driver === "postgres" ? Math.min(4, os.availableParallelism()) : 1,
      onProgress: ({ inserted, needed, elapsedMs }) =>
        console.log(`  ${fmt(inserted)} / ${fmt(needed)} members (${fmt((inserted / elapsedMs) * 1000)}/s)`),
    });
    if (result.createdOrganization) console.log(`Created organization "${options.slug}".`);
    if (result.inserted === 0) {
      console.log(`"${options.slug}" already has ${fmt(result.before)} members; nothing to add.`);
    } else {
      const rate = (n: number) => fmt((n / result.elapsedMs) * 1000);
      console.log(
        `Inserted ${fmt(result.inserted)} members in ${seconds(result.elapsedMs)}: ${rate(result.inserted)} members/s, ` +
          `${rate(result.rowsWritten)} rows/s (${fmt(result.rowsWritten)} rows across users, members, team memberships, invitations).`,
      );
    }
    const analyzeStarted = performance.now();
    // VACUUM as well as ANALYZE, on PGlite too: it sets the visibility map that index-only scans need.
    await refreshStatistics(database.db, { vacuum: true });
    console.log(`VACUUM ANALYZE took ${seconds(performance.now() - analyzeStarted)}.`);
    console.log(
      `"${options.slug}" has ${fmt(result.after)} members, seat limit ${fmt(result.seatLimit)}. ` +
        `Total time ${seconds(performance.now() - started)}.`,
    );
  });
});
