// Migration 0008 on a database that already has audit events: they join their organization's
// chain in (created_at, id) order, and the chain verifies — on PGlite and (when configured) PostgreSQL.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { asc, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER, openDatabase, type OpenedDatabase } from "@/db/client";
import { verifyAuditChain } from "@/db/audit-chain";
import { auditEvents, organizations } from "@/db/schema";
import { createScratchPostgresDatabase, drivers, postgresUrl } from "../helpers/test-db";

/** The migrations folder as it was before the chain: journal entries before 0008_audit_hash_chain. */
function migrationsBeforeChain(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "roster-migrations-"));
  fs.cpSync(MIGRATIONS_FOLDER, dir, { recursive: true });
  const journalPath = path.join(dir, "meta", "_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
  const cut = journal.entries.findIndex((entry) => entry.tag === "0008_audit_hash_chain");
  journal.entries = journal.entries.slice(0, cut);
  fs.writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

async function migrateWith(opened: OpenedDatabase, folder: string) {
  const { migrate } = opened.driver === "postgres" ? await import("drizzle-orm/postgres-js/migrator") : await import("drizzle-orm/pglite/migrator");
  await migrate(opened.db as never, { migrationsFolder: folder });
}

describe.each(drivers)("audit chain backfill (%s)", (driver) => {
  let opened: OpenedDatabase | undefined;
  let drop = async () => {};
  afterAll(async () => {
    await opened?.close();
    await drop();
  });

  it("numbers existing events per organization by time, links them, and later events continue the chain", async () => {
    if (driver === "pglite") {
      opened = await openDatabase({ dataDir: "memory://", migrate: false });
    } else {
      const scratch = await createScratchPostgresDatabase(postgresUrl!);
      drop = scratch.drop;
      opened = await openDatabase({ url: scratch.url, migrate: false, max: 2 });
    }
    const db = opened.db;
    await migrateWith(opened, migrationsBeforeChain());
    const [a, b] = await db.insert(organizations).values([{ name: "A", slug: "a" }, { name: "B", slug: "b" }]).returning();
    const at = (minutes: number) => new Date(Date.UTC(2025, 0, 1, 12, minutes));
    // Inserted out of time order; two share a timestamp.
    await db.insert(auditEvents).values([
      { organizationId: a!.id, action: "old.third", createdAt: at(30) },
      { organizationId: a!.id, action: "old.first", createdAt: at(10) },
      { organizationId: b!.id, action: "old.b", createdAt: at(5), metadata: { note: "ü \"q\"" } },
      { organizationId: a!.id, action: "old.second", createdAt: at(20) },
    ]);

    await migrateWith(opened, MIGRATIONS_FOLDER);
    await db.insert(auditEvents).values({ organizationId: a!.id, action: "new.fourth" });

    const chainOf = (organizationId: string) =>
      db.select({ seq: auditEvents.seq, action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.organizationId, organizationId)).orderBy(asc(auditEvents.seq));
    expect(await chainOf(a!.id)).toEqual([
      { seq: 1, action: "old.first" },
      { seq: 2, action: "old.second" },
      { seq: 3, action: "old.third" },
      { seq: 4, action: "new.fourth" },
    ]);
    expect(await chainOf(b!.id)).toEqual([{ seq: 1, action: "old.b" }]);
    expect(await verifyAuditChain(db, a!.id)).toMatchObject({ ok: true, checked: 4 });
    expect(await verifyAuditChain(db, b!.id)).toMatchObject({ ok: true, checked: 1 });
  });
});
