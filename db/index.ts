// The app's database: one per process, kept on globalThis so hot reloads reuse it.
// Embedded mode in development also loads the demo organization the first time (production:
// only on an explicit `npm run db:seed`).
import { openDatabase, type Database, type OpenedDatabase } from "./client";
import { databaseConfig } from "./config";

const globalForDb = globalThis as unknown as { rosterDb?: Promise<OpenedDatabase> };

async function open(): Promise<OpenedDatabase> {
  if (process.env.NEXT_PHASE === "phase-production-build") {
    throw new Error("The database is not available while building; read it at request time.");
  }
  const config = databaseConfig();
  if (config.url) {
    // Migrations on PostgreSQL are an explicit step (npm run db:migrate).
    return openDatabase({ url: config.url, migrate: false, prepare: config.prepare });
  }
  const opened = await openDatabase({ dataDir: config.pgliteDir });
  if (config.autoSeedDemo) {
    const { seedDemo } = await import("./seed/demo");
    await seedDemo(opened.db);
  }
  return opened;
}

export async function getDb(): Promise<Database> {
  globalForDb.rosterDb ??= open().catch((error: unknown) => {
    globalForDb.rosterDb = undefined;
    throw error;
  });
  return (await globalForDb.rosterDb).db;
}

export type { Database, Queryable, Transaction } from "./client";
