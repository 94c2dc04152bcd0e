// Test databases: a fresh in-memory PGlite, and a fresh PostgreSQL database when
// TEST_DATABASE_URL (or DATABASE_URL) points at a server. Each test file gets its own.
import crypto from "node:crypto";
import postgres from "postgres";
import { openDatabase, type Database } from "@/db/client";

export interface TestDatabase {
  name: "pglite" | "postgres";
  db: Database;
  close: () => Promise<void>;
}

export const postgresUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

/** The drivers integration tests run against: PGlite always, PostgreSQL when configured. */
export const drivers: ("pglite" | "postgres")[] = postgresUrl ? ["pglite", "postgres"] : ["pglite"];

export async function createTestDatabase(driver: "pglite" | "postgres"): Promise<TestDatabase> {
  if (driver === "pglite") {
    const opened = await openDatabase({ dataDir: "memory://" });
    return { name: "pglite", db: opened.db, close: opened.close };
  }
  if (!postgresUrl) throw new Error("TEST_DATABASE_URL is not set");
  const { url, drop } = await createScratchPostgresDatabase(postgresUrl);
  const opened = await openDatabase({ url, max: 20 });
  return {
    name: "postgres",
    db: opened.db,
    close: async () => {
      await opened.close();
      await drop();
    },
  };
}

/** Creates an empty database on the server of `baseUrl`, and a function that drops it. */
export async function createScratchPostgresDatabase(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `roster_test_${crypto.randomBytes(6).toString("hex")}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const sql = postgres(baseUrl, { max: 1, onnotice: () => {} });
      await sql.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await sql.end();
    },
  };
}
