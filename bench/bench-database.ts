// The benchmark's PostgreSQL database: which one (loopback only), creating it if missing, seeding
// it to the benchmark's size, and a session for the demo owner.
import crypto from "node:crypto";
import postgres from "postgres";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { members, organizations, sessions, users } from "@/db/schema";
import { rowsOf } from "@/db/seed/bulk-insert";
import { seedDemo } from "@/db/seed/demo";
import { refreshStatistics, seedLarge } from "@/db/seed/large";
import { ScriptError, redactUrl } from "@/db/scripts/script-runtime";

export const DEFAULT_BENCH_URL = "postgres://postgres@127.0.0.1:5432/roster_bench";
export const BENCH_ORG = "acme";
export const BENCH_USER = "owner@acme.test";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

/** DATABASE_URL, else TEST_DATABASE_URL, else a local roster_bench database. Loopback only. */
export function benchDatabaseUrl(): string {
  const url = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL || DEFAULT_BENCH_URL;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ScriptError("The benchmark's database URL is not a valid postgres:// URL.");
  }
  if (!LOOPBACK.has(parsed.hostname)) {
    throw new ScriptError(
      `The benchmark seeds 100,000 members and runs only against a local PostgreSQL; ${redactUrl(url)} is not on a loopback address.`,
    );
  }
  return url;
}

/** One database per benchmark size on the same server: "<name>_1k", "<name>_100k". */
export function benchDatabaseUrlFor(size: number): string {
  const url = new URL(benchDatabaseUrl());
  const label = size % 1000 === 0 ? `${size / 1000}k` : String(size);
  url.pathname = `/${decodeURIComponent(url.pathname.slice(1))}_${label}`;
  return url.toString();
}

/** Creates the URL's database on its server when it does not exist yet. */
export async function ensureDatabaseExists(url: string): Promise<boolean> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(name)) throw new ScriptError(`Unexpected database name "${name}".`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const sqlClient = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  try {
    const exists = await sqlClient`select 1 from pg_database where datname = ${name}`;
    if (exists.length > 0) return false;
    await sqlClient.unsafe(`create database "${name}"`);
    return true;
  } finally {
    await sqlClient.end({ timeout: 5 });
  }
}

/** Seeds the demo organizations and grows acme to `size` members, reusing what is there. */
export async function prepareBenchData(db: Database, size: number, log: (line: string) => void): Promise<string> {
  const { created } = await seedDemo(db);
  if (created) log("Seeded the demo organizations.");
  const result = await seedLarge(db, {
    slug: BENCH_ORG,
    members: size,
    concurrency: 2,
    onProgress: ({ inserted, needed }) => log(`  seeding: ${inserted.toLocaleString("en-US")} / ${needed.toLocaleString("en-US")}`),
  });
  if (result.inserted > 0) {
    log(`Added ${result.inserted.toLocaleString("en-US")} members in ${(result.elapsedMs / 1000).toFixed(1)} s.`);
  }
  // Fresh statistics and visibility map every run: plans should not depend on autovacuum's timing.
  await refreshStatistics(db, { vacuum: true });
  log(`"${BENCH_ORG}" has ${result.after.toLocaleString("en-US")} members.`);
  return result.organizationId;
}

/** A database session for the user, as Auth.js would create at sign-in; returns its token. */
export async function createBenchSession(db: Database, email: string): Promise<string> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  if (!user) throw new ScriptError(`No user ${email}: the demo seed did not run.`);
  const sessionToken = crypto.randomBytes(32).toString("hex");
  await db.insert(sessions).values({ sessionToken, userId: user.id, expires: new Date(Date.now() + 24 * 60 * 60 * 1000) });
  return sessionToken;
}

export async function deleteBenchSession(db: Database, sessionToken: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.sessionToken, sessionToken));
}

/** The name the page must show first for a filter, read straight from the database. */
export async function firstNameOnPage(
  db: Database,
  organizationId: string,
  options: { offset: number; surname?: string; role?: "developer"; status?: "active" },
): Promise<string | null> {
  const conditions = [eq(members.organizationId, organizationId)];
  if (options.surname) conditions.push(sql`${members.searchText} like ${`%${options.surname.toLowerCase()}%`}`);
  if (options.role) conditions.push(eq(members.role, options.role));
  if (options.status) conditions.push(eq(members.status, options.status));
  const [row] = await db
    .select({ name: members.name })
    .from(members)
    .where(and(...conditions))
    .orderBy(asc(members.name), asc(members.id))
    .offset(options.offset)
    .limit(1);
  return row?.name ?? null;
}

/** A surname borne by a typical number of the organization's members (a realistic search), and
 * a few others of similar frequency. */
export async function typicalSurname(
  db: Database,
  organizationId: string,
): Promise<{ surname: string; count: number; others: string[] }> {
  const rows = await db.execute(sql`
    select split_part(${members.name}, ' ', 2) as surname, count(*)::int as n
    from ${members} where ${members.organizationId} = ${organizationId}
    group by 1 order by 2 desc`);
  const list = rowsOf<{ surname: string; n: number }>(rows);
  const at = Math.floor(list.length / 2);
  const middle = list[at];
  if (!middle) throw new ScriptError("The benchmark organization has no members.");
  const others = list.slice(at + 1, at + 8).map((row) => row.surname);
  return { surname: middle.surname, count: middle.n, others };
}

export async function countMembers(db: Database, organizationId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(members).where(eq(members.organizationId, organizationId));
  return row?.n ?? 0;
}

export async function organizationIdOf(db: Database, slug: string): Promise<string | null> {
  const [row] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, slug));
  return row?.id ?? null;
}
