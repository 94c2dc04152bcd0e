// What every database script shares: .env files like Next.js reads them, opening PostgreSQL or the
// embedded database (under its lock), and turning failures into one clear line and exit code 1.
import fs from "node:fs";
import path from "node:path";
import { parseEnv } from "node:util";
import { sql } from "drizzle-orm";
import { defaultDataDir, openDatabase, type Database, type OpenedDatabase } from "@/db/client";
import { DatabaseLockedError } from "@/db/pglite-lock";
import { rowsOf } from "@/db/seed/bulk-insert";

/** A failure whose message is the whole story (bad arguments, missing configuration). */
export class ScriptError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "ScriptError";
  }
}

/** Loads .env.local and .env as Next.js would; variables already set win. */
export function loadEnvFiles(): void {
  for (const file of [".env.local", ".env"]) {
    const full = path.join(process.cwd(), file);
    if (!fs.existsSync(full)) continue;
    for (const [key, value] of Object.entries(parseEnv(fs.readFileSync(full, "utf8")))) {
      if (process.env[key] === undefined || process.env[key] === "") process.env[key] = value;
    }
  }
}

/** A URL fit for printing: no password. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable URL)";
  }
}

export function databaseUrlFromEnv(): string | undefined {
  const url = process.env.DATABASE_URL?.trim();
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ScriptError("DATABASE_URL is not a valid URL (expected postgres://user:password@host:5432/database).");
  }
  if (parsed.protocol !== "postgres:" && parsed.protocol !== "postgresql:") {
    throw new ScriptError(`DATABASE_URL must start with postgres:// or postgresql:// (got ${parsed.protocol}//).`);
  }
  return url;
}

export interface ScriptDatabase extends OpenedDatabase {
  /** "PostgreSQL at postgres://…" or "the embedded database in …", for messages. */
  description: string;
}

/** PostgreSQL when DATABASE_URL is set, otherwise the embedded database (refused if the app holds it). */
export async function openScriptDatabase(options: { migrate: boolean }): Promise<ScriptDatabase> {
  const url = databaseUrlFromEnv();
  if (url) {
    const opened = await openDatabase({ url, migrate: options.migrate, max: 4 });
    return { ...opened, description: `PostgreSQL at ${redactUrl(url)}` };
  }
  const dataDir = defaultDataDir();
  const opened = await openDatabase({ dataDir, migrate: options.migrate });
  const relative = path.relative(process.cwd(), dataDir);
  const shown = relative && !relative.startsWith("..") ? relative : path.resolve(dataDir);
  return { ...opened, description: `the embedded database in ${shown}` };
}

/** How many migrations the database has recorded (0 before the first). */
export async function countAppliedMigrations(db: Database): Promise<number> {
  const [table] = rowsOf<{ name: string | null }>(
    await db.execute(sql`select to_regclass('drizzle.__drizzle_migrations')::text as name`),
  );
  if (!table?.name) return 0;
  const [row] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`));
  return Number(row?.n ?? 0);
}

function describeError(error: unknown): string {
  if (error instanceof DatabaseLockedError || error instanceof ScriptError) return error.message;
  // Drizzle wraps driver errors in "Failed query: <sql>"; the driver's error says what went wrong.
  const cause = (error as { cause?: unknown }).cause;
  const err = (cause instanceof Error ? cause : error) as { code?: string; message?: string };
  const url = process.env.DATABASE_URL ? redactUrl(process.env.DATABASE_URL) : "PostgreSQL";
  switch (err.code) {
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "ETIMEDOUT":
    case "CONNECT_TIMEOUT":
      return `Cannot reach ${url} (${err.code}). Is PostgreSQL running, and is DATABASE_URL right?`;
    case "3D000":
      return `${err.message} (${url}). Create it first, e.g. createdb <name>.`;
    case "28P01":
    case "28000":
      return `PostgreSQL refused the credentials in DATABASE_URL: ${err.message}`;
    default:
      return err.message ?? String(error);
  }
}

/** Runs a script's main: prints failures without a stack trace (ROSTER_DEBUG=1 shows it) and exits. */
export function runScript(main: () => Promise<void>): void {
  loadEnvFiles();
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`Error: ${describeError(error)}`);
      if (process.env.ROSTER_DEBUG === "1" && error instanceof Error) console.error(error.stack);
      process.exit(error instanceof ScriptError ? error.exitCode : 1);
    },
  );
}

/** Runs `work` with the database open and always closes it. */
export async function withScriptDatabase<T>(
  options: { migrate: boolean },
  work: (database: ScriptDatabase) => Promise<T>,
): Promise<T> {
  const database = await openScriptDatabase(options);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}
