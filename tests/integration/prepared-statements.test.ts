// PostgreSQL runs drizzle's queries as prepared statements (db/prepared-statements.ts) — in
// transactions too — planned per execution, and DATABASE_PREPARE=false turns that off.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type OpenedDatabase } from "@/db/client";
import { databaseConfig } from "@/db/config";
import { organizations } from "@/db/schema";
import { rowsOf } from "@/db/seed/bulk-insert";
import { createScratchPostgresDatabase, postgresUrl } from "../helpers/test-db";

describe.skipIf(!postgresUrl)("prepared statements on PostgreSQL", () => {
  let prepared: OpenedDatabase;
  let unprepared: OpenedDatabase;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const scratch = await createScratchPostgresDatabase(postgresUrl!);
    drop = scratch.drop;
    prepared = await openDatabase({ url: scratch.url, max: 1 });
    unprepared = await openDatabase({ url: scratch.url, max: 1, migrate: false, prepare: false });
  });
  afterAll(async () => {
    await prepared?.close();
    await unprepared?.close();
    await drop?.();
  });

  /** The statements prepared on the transaction's connection after running one parameterized query in it. */
  async function statementsAfterAQuery(opened: OpenedDatabase) {
    return opened.db.transaction(async (tx) => {
      await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, "nobody-has-this-slug"));
      const rows = rowsOf<{ statement: string }>(await tx.execute(sql`select statement from pg_prepared_statements`));
      const [planMode] = rowsOf<{ plan_cache_mode: string }>(await tx.execute(sql`show plan_cache_mode`));
      return { statements: rows.map((row) => row.statement), planMode: planMode!.plan_cache_mode };
    });
  }

  it("prepares each query once per connection, inside transactions too, and plans it for its own parameters", async () => {
    const first = await statementsAfterAQuery(prepared);
    expect(first.statements.some((text) => text.includes('from "organizations"'))).toBe(true);
    expect(first.planMode).toBe("force_custom_plan");
    // Run again: the same statement is reused, not prepared a second time.
    const again = await statementsAfterAQuery(prepared);
    expect(again.statements.filter((text) => text.includes('from "organizations"'))).toHaveLength(1);
  });

  it("prepares nothing when turned off", async () => {
    // (postgres.js prepares its own array-types lookup when a connection opens; that one doesn't count.)
    const { statements } = await statementsAfterAQuery(unprepared);
    expect(statements.filter((text) => text.includes('from "organizations"'))).toEqual([]);
  });

  it("DATABASE_PREPARE=false turns it off; anything else leaves it on", () => {
    expect(databaseConfig({ DATABASE_PREPARE: "false" }).prepare).toBe(false);
    expect(databaseConfig({}).prepare).toBe(true);
    expect(databaseConfig({ DATABASE_PREPARE: "" }).prepare).toBe(true);
  });
});
