// Lays down a fresh embedded database for the e2e server: migrations, the demo seed, and the
// facts tests compare the UI against, read from that database before the server takes it over.
import fs from "node:fs";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { members, organizations } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { seedE2eFixtures } from "./fixtures/all";
import { E2E_DATA_DIR, E2E_STATE_FILE, e2eServerEnv } from "./server-env";

async function main() {
  fs.rmSync(E2E_DATA_DIR, { recursive: true, force: true });
  fs.mkdirSync(E2E_DATA_DIR, { recursive: true });
  const opened = await openDatabase({ dataDir: e2eServerEnv.PGLITE_DIR });
  try {
    await seedDemo(opened.db);
    await seedE2eFixtures(opened.db);
    const [acme] = await opened.db.select().from(organizations).where(eq(organizations.slug, "acme"));
    if (!acme) throw new Error("demo seed did not create acme");
    const counts = await opened.db
      .select({ status: members.status, count: sql<number>`count(*)::int` })
      .from(members)
      .where(and(eq(members.organizationId, acme.id)))
      .groupBy(members.status);
    const byStatus = Object.fromEntries(counts.map((c) => [c.status, Number(c.count)]));
    const totals = {
      total: counts.reduce((sum, c) => sum + Number(c.count), 0),
      active: byStatus.active ?? 0,
      inactive: byStatus.inactive ?? 0,
      pending: byStatus.pending ?? 0,
    };
    fs.writeFileSync(E2E_STATE_FILE, JSON.stringify({ acmeTotals: totals }, null, 2));
    console.log(`e2e database ready in ${path.relative(process.cwd(), E2E_DATA_DIR)}`);
  } finally {
    await opened.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
