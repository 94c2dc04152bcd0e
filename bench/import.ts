// npm run bench:import — Bulk Import of the 10,000-row fixture through the real actions on
// PostgreSQL: review (< 3 s) and import (< 10 s). Uses a scratch database on the server of
// DATABASE_URL or TEST_DATABASE_URL (loopback only), dropped afterwards unless --keep. The
// organization has ~5,000 generated members, teams and the fixture's existing members and invitees.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { register } from "node:module";
import { parseArgs } from "node:util";
import { count, eq } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { invitations, members, organizations, teams } from "@/db/schema";
import { refreshStatistics, seedLarge } from "@/db/seed/large";
import { ScriptError, redactUrl, runScript } from "@/db/scripts/script-runtime";
import { FIXTURE_ROWS } from "../tests/fixtures/make-import-fixture";
import { addMember } from "../tests/helpers/org-fixture";
import { createScratchPostgresDatabase } from "../tests/helpers/test-db";
import { benchDatabaseUrl } from "./bench-database";

const REVIEW_BUDGET_MS = 3_000;
const IMPORT_BUDGET_MS = 10_000;
const SLUG = "bench-import";

// The actions import "server-only", which throws outside Next's server bundles: resolve it to an
// empty module here, before loading them.
register(
  "data:text/javascript," +
    encodeURIComponent(
      'export async function resolve(s, c, next) { return s === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(s, c); }',
    ),
);

function options() {
  const { values } = parseArgs({ options: { members: { type: "string", default: "5000" }, keep: { type: "boolean", default: false } } });
  const size = Number(values.members);
  if (!Number.isInteger(size) || size < 100) throw new ScriptError("--members must be an integer of at least 100.", 2);
  return { members: size, keep: values.keep };
}

const ms = (started: number) => performance.now() - started;
const verdict = (took: number, budget: number) => (took < budget ? "PASS" : "FAIL");

runScript(async () => {
  const opts = options();
  const { reviewImportFile } = await import("@/lib/actions/invitations/review-import");
  const { importInvitations } = await import("@/lib/actions/invitations/import-invitations");
  const { countSeatsUsed } = await import("@/db/queries/members");
  const baseUrl = benchDatabaseUrl();
  const scratch = await createScratchPostgresDatabase(baseUrl);
  console.log(`Scratch database ${new URL(scratch.url).pathname.slice(1)} on ${redactUrl(baseUrl)}.`);
  const database = await openDatabase({ url: scratch.url, max: 4 });
  const db = database.db;
  try {
    const seeded = await seedLarge(db, { slug: SLUG, members: opts.members, concurrency: 2 });
    const organizationId = seeded.organizationId;
    await db.insert(teams).values({ organizationId, name: "Design" }).onConflictDoNothing();
    // The fixture's existing members (row n % 50 = 5) and people already invited (n % 50 = 6).
    const existing = [];
    for (let n = 1; n <= FIXTURE_ROWS; n++) {
      if (n % 50 === 5) existing.push({ email: `member${n}@existing.test`, status: n % 2 ? ("active" as const) : ("inactive" as const) });
      if (n % 50 === 6) existing.push({ email: `invited${n}@existing.test`, status: "pending" as const });
    }
    await db.insert(members).values(existing.map((m) => ({ ...m, organizationId, name: m.email, role: "viewer" as const })));
    const [organization] = await db.select().from(organizations).where(eq(organizations.id, organizationId));
    const admin = await addMember(db, organization!, { role: "admin", name: "Bench Admin" });
    const used = await countSeatsUsed(db, organizationId);
    await db.update(organizations).set({ seatLimit: used + FIXTURE_ROWS }).where(eq(organizations.id, organizationId));
    await refreshStatistics(db, { vacuum: true });
    const [{ n: memberCount } = { n: 0 }] = await db.select({ n: count() }).from(members).where(eq(members.organizationId, organizationId));
    console.log(`Organization "${SLUG}": ${memberCount.toLocaleString("en-US")} members (${used.toLocaleString("en-US")} seats used), seat limit ${(used + FIXTURE_ROWS).toLocaleString("en-US")}.`);

    // The browser sends the file gzipped; so does the benchmark.
    const csv = fs.readFileSync(path.join(import.meta.dirname, "../tests/fixtures/import-10k.csv"), "utf8");
    const file = { encoding: "gzip" as const, data: zlib.gzipSync(csv).toString("base64") };
    const warmUp = { encoding: "text" as const, data: "email,role,teams\nwarm.up@bench.test,viewer,Engineering\n" };
    await reviewImportFile.run(db, admin.identity, SLUG, { file: warmUp });
    await importInvitations.run(db, admin.identity, SLUG, { file: warmUp });

    const reviewTimes: number[] = [];
    let valid = 0;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      const review = await reviewImportFile.run(db, admin.identity, SLUG, { file });
      reviewTimes.push(ms(started));
      if (!review.ok) throw new ScriptError(`The review failed: ${review.error}`);
      valid = review.data.valid;
      if (run > 0) continue;
      console.log(`Review: ${review.data.total} rows, ${review.data.valid} valid, ${review.data.invalid} with problems ${JSON.stringify(review.data.counts)}.`);
      console.log(`Upload ${(file.data.length / 1024).toFixed(0)} KB (gzip + base64); review answer ~${(JSON.stringify(review.data).length / 1024).toFixed(0)} KB as JSON.`);
    }

    const started = performance.now();
    const imported = await importInvitations.run(db, admin.identity, SLUG, { file });
    const importMs = ms(started);
    if (!imported.ok) throw new ScriptError(`The import failed: ${imported.error}`);
    const [{ n: pending } = { n: 0 }] = await db.select({ n: count() }).from(invitations).where(eq(invitations.organizationId, organizationId));
    if (imported.data.invited !== valid) throw new ScriptError(`Imported ${imported.data.invited}, but the review counted ${valid} valid rows.`);
    console.log(`Import: ${imported.data.invited.toLocaleString("en-US")} invited, ${imported.data.skipped.toLocaleString("en-US")} skipped; the organization now has ${pending.toLocaleString("en-US")} invitations.`);

    const worstReview = Math.max(...reviewTimes);
    console.log(`\nreview  (3 runs)  ${reviewTimes.map((t) => `${t.toFixed(0)} ms`).join(", ")}   budget < ${REVIEW_BUDGET_MS} ms  ${verdict(worstReview, REVIEW_BUDGET_MS)}`);
    console.log(`import            ${importMs.toFixed(0)} ms   budget < ${IMPORT_BUDGET_MS} ms  ${verdict(importMs, IMPORT_BUDGET_MS)}`);
    if (worstReview >= REVIEW_BUDGET_MS || importMs >= IMPORT_BUDGET_MS) process.exitCode = 1;
  } finally {
    await database.close();
    if (opts.keep) console.log(`Kept ${redactUrl(scratch.url)}.`);
    else await scratch.drop();
  }
});
