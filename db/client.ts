// The database client: PostgreSQL through postgres.js when DATABASE_URL is set, embedded PGlite
// in ./.data otherwise. One client per process, migrated (and seeded, for PGlite) before first use.
import fs from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import * as schema from "./schema";
import { acquireDataDirLock } from "./pglite-lock";
import { preparingStatements } from "./prepared-statements";

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything queries can run on: the database or an open transaction. */
export type Queryable = Database | Transaction;

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

export interface OpenedDatabase {
  db: Database;
  driver: "postgres" | "pglite";
  /** Runs SQL text with positional parameters on the driver itself (tools such as EXPLAIN). */
  rawQuery: (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;
  close: () => Promise<void>;
}

/** Sees every statement Drizzle sends, with its parameters. */
export type QueryLogger = (query: string, params: unknown[]) => void;

export interface OpenOptions {
  /** postgres:// URL; when absent the embedded database is used. */
  url?: string;
  /** PGlite data directory, or "memory://" for a throwaway in-memory database. */
  dataDir?: string;
  migrate?: boolean;
  /** Connection pool size for postgres.js. */
  max?: number;
  /** Prepared statements on PostgreSQL (default true; see prepared-statements.ts). */
  prepare?: boolean;
  logQuery?: QueryLogger;
}

/** Opens a database (used by the app's singleton, scripts and tests). */
export async function openDatabase(options: OpenOptions = {}): Promise<OpenedDatabase> {
  const logger = options.logQuery ? { logQuery: options.logQuery } : undefined;
  const opened = options.url
    ? await openPostgres(options.url, options.max, logger, options.prepare)
    : await openPglite(options.dataDir, logger);
  if (options.migrate !== false) await migrateDatabase(opened);
  return opened;
}

type DrizzleLogger = { logQuery: QueryLogger } | undefined;

async function openPostgres(url: string, max = 10, logger?: DrizzleLogger, prepare = true): Promise<OpenedDatabase> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const client = postgres(url, { max, onnotice: () => {}, ...(prepare ? { connection: { plan_cache_mode: "force_custom_plan" } } : {}) });
  const db = drizzle(prepare ? preparingStatements(client) : client, { schema, logger }) as unknown as Database;
  return {
    db,
    driver: "postgres",
    rawQuery: async (text, params = []) => [...(await client.unsafe(text, params as never[]))],
    close: () => client.end({ timeout: 5 }),
  };
}

async function openPglite(dataDir = defaultDataDir(), logger?: DrizzleLogger): Promise<OpenedDatabase> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { drizzle } = await import("drizzle-orm/pglite");
  const inMemory = dataDir.startsWith("memory://");
  let release = () => {};
  if (!inMemory) {
    fs.mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ dataDir)), { recursive: true });
    const { releaseDataDirLock } = await import("./pglite-lock");
    const lockPath = acquireDataDirLock(dataDir);
    release = () => releaseDataDirLock(lockPath);
  }
  const client = new PGlite(dataDir, { extensions: { pg_trgm } });
  await client.waitReady;
  const db = drizzle(client, { schema, logger }) as unknown as Database;
  return {
    db,
    driver: "pglite",
    rawQuery: async (text, params = []) => (await client.query<Record<string, unknown>>(text, params)).rows,
    close: async () => {
      await client.close();
      release();
    },
  };
}

export function defaultDataDir(): string {
  return process.env.PGLITE_DIR ?? path.join(process.cwd(), ".data", "pglite");
}

export async function migrateDatabase(opened: OpenedDatabase): Promise<void> {
  if (opened.driver === "postgres") {
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    await migrate(opened.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  } else {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(opened.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  }
}
