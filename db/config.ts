// The database's own configuration, read from the environment when the app's database opens:
// where it lives and whether the embedded one gets the demo organizations. lib/env.ts validates
// the whole environment at start; this reads only what db/ needs, so db/ imports nothing above it.

export interface DatabaseConfig {
  /** postgres:// URL; unset means the embedded database. */
  url: string | undefined;
  /** Where the embedded database lives; unset means ./.data/pglite. */
  pgliteDir: string | undefined;
  /** Load the demo organizations into the embedded database (development only, unless skipped). */
  autoSeedDemo: boolean;
  /** Prepared statements on PostgreSQL; DATABASE_PREPARE=false behind PgBouncer in transaction mode. */
  prepare: boolean;
}

/** Empty values count as unset, as in lib/env.ts. */
const setting = (value: string | undefined) => (value === undefined || value === "" ? undefined : value);

export function databaseConfig(source: Record<string, string | undefined> = process.env): DatabaseConfig {
  return {
    url: setting(source.DATABASE_URL),
    pgliteDir: setting(source.PGLITE_DIR),
    autoSeedDemo: source.NODE_ENV !== "production" && source.ROSTER_SKIP_DEMO_SEED !== "1",
    prepare: setting(source.DATABASE_PREPARE) !== "false",
  };
}
