// The migrations: they build the whole schema on an empty database, a second run changes nothing,
// and search has its pg_trgm extension and trigram index — on PGlite and (when configured) PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { migrateDatabase, openDatabase, type Database, type OpenedDatabase } from "@/db/client";
import { rowsOf } from "@/db/seed/bulk-insert";
import { createScratchPostgresDatabase, drivers, postgresUrl } from "../helpers/test-db";

const EXPECTED_TABLES = [
  "accounts",
  "audit_events",
  "email_outbox",
  "invitations",
  "members",
  "organizations",
  "sessions",
  "team_members",
  "teams",
  "users",
  "verification_tokens",
];

async function query<T>(db: Database, statement: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await db.execute(statement));
}

const publicTables = (db: Database) =>
  query<{ name: string }>(db, sql`select table_name as name from information_schema.tables where table_schema = 'public' order by 1`).then(
    (rows) => rows.map((row) => row.name),
  );

/** Tables, columns and indexes: what a migration run could change. */
const schemaShape = (db: Database) =>
  query<{ item: string }>(
    db,
    sql`select table_name || '.' || column_name || ':' || data_type as item from information_schema.columns where table_schema = 'public'
        union all select indexname || ':' || indexdef from pg_indexes where schemaname = 'public'
        order by 1`,
  ).then((rows) => rows.map((row) => row.item));

const appliedMigrations = (db: Database) =>
  query<{ n: number }>(db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`).then((rows) => Number(rows[0]?.n));

describe.each(drivers)("migrations on %s", (driver) => {
  let opened: OpenedDatabase;
  let drop = async () => {};

  beforeAll(async () => {
    if (driver === "pglite") {
      opened = await openDatabase({ dataDir: "memory://", migrate: false });
    } else {
      const scratch = await createScratchPostgresDatabase(postgresUrl!);
      drop = scratch.drop;
      opened = await openDatabase({ url: scratch.url, migrate: false, max: 2 });
    }
  });

  afterAll(async () => {
    await opened?.close();
    await drop();
  });

  it("build every table on an empty database", async () => {
    expect(await publicTables(opened.db)).toEqual([]);
    await migrateDatabase(opened);
    expect(await publicTables(opened.db)).toEqual(expect.arrayContaining(EXPECTED_TABLES));
    expect(await appliedMigrations(opened.db)).toBeGreaterThanOrEqual(2);
  });

  it("change nothing when applied a second time", async () => {
    const shape = await schemaShape(opened.db);
    const applied = await appliedMigrations(opened.db);
    await migrateDatabase(opened);
    expect(await appliedMigrations(opened.db)).toBe(applied);
    expect(await schemaShape(opened.db)).toEqual(shape);
  });

  it("enable pg_trgm and index members' search text with a trigram GIN index", async () => {
    const extensions = await query<{ extname: string }>(opened.db, sql`select extname from pg_extension`);
    expect(extensions.map((row) => row.extname)).toContain("pg_trgm");
    const [index] = await query<{ indexdef: string }>(
      opened.db,
      sql`select indexdef from pg_indexes where schemaname = 'public' and indexname = 'members_search_trgm_idx'`,
    );
    expect(index?.indexdef).toMatch(/USING gin \(search_text gin_trgm_ops\)/);
  });

  it("let a substring search use the trigram index", async () => {
    const plan = await opened.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return rowsOf<Record<string, string>>(await tx.execute(sql`explain select id from members where search_text ilike '%kumar%'`));
    });
    expect(plan.map((row) => Object.values(row)[0]).join("\n")).toContain("members_search_trgm_idx");
  });
});

describe("migration 0010 (a row per member of an undoable operation)", () => {
  it("moves the snapshots of existing operations into bulk_operation_members", async () => {
    const fs = await import("node:fs");
    const path = await import("node:path");
    const dir = path.join(process.cwd(), "db/migrations");
    const journal = JSON.parse(fs.readFileSync(path.join(dir, "meta/_journal.json"), "utf8")) as { entries: { idx: number; tag: string }[] };
    const opened = await openDatabase({ dataDir: "memory://", migrate: false });
    const run = async (tag: string) => {
      for (const statement of fs.readFileSync(path.join(dir, `${tag}.sql`), "utf8").split("--> statement-breakpoint")) {
        if (statement.trim()) await opened.rawQuery(statement);
      }
    };
    try {
      const entries = journal.entries.sort((a, b) => a.idx - b.idx);
      const at = entries.findIndex((e) => e.tag === "0010_bulk_operation_members");
      expect(at).toBeGreaterThan(0);
      for (const entry of entries.slice(0, at)) await run(entry.tag);
      const [org] = await opened.rawQuery(`insert into organizations (name, slug) values ('Old', 'old') returning id`);
      const member = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
      const snapshots = [1, 2].map((n) => ({ memberId: member(n), row: { id: member(n), role: "viewer" }, teams: [], updatedAtAfter: null }));
      const [operation] = await opened.rawQuery(
        `insert into bulk_operations (organization_id, action, snapshots, undoable_until) values ($1, 'bulk.change_role', $2::jsonb, now()) returning id`,
        [(org as { id: string }).id, JSON.stringify(snapshots)],
      );
      await run(entries[at]!.tag);
      const moved = await opened.rawQuery(`select member_id, snapshot from bulk_operation_members where operation_id = $1 order by member_id`, [(operation as { id: string }).id]);
      expect(moved).toEqual(snapshots.map((s) => ({ member_id: s.memberId, snapshot: s })));
      const columns = await opened.rawQuery(`select column_name from information_schema.columns where table_name = 'bulk_operations' and column_name = 'snapshots'`);
      expect(columns).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
