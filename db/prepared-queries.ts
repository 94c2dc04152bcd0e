// Drizzle queries built once per database with placeholders and kept as prepared queries. Building
// a select — walking its columns and conditions into SQL text — costs the server more CPU than a
// small query's round trip, and every page asks the same few questions (the session, the
// membership, the shell's organizations and bell, the members page's counts, teams and
// departments). Kept per database object: a transaction prepares its own, and drops them with it.
import type { Queryable } from "./client";

interface Preparable<Prepared> {
  prepare(name: string): Prepared;
}

const kept = new WeakMap<Queryable, Map<string, unknown>>();

/** The query `build` returns, prepared once for `db` under `name` (unique per statement), then reused. */
export function preparedQuery<Prepared>(db: Queryable, name: string, build: () => Preparable<Prepared>): Prepared {
  return keptQuery<Prepared>(db, name) ?? keepQuery(db, name, build().prepare(name));
}

/** The prepared query kept for `db` under `name`, if any (for statements whose building is async). */
export function keptQuery<Prepared>(db: Queryable, name: string): Prepared | undefined {
  return kept.get(db)?.get(name) as Prepared | undefined;
}

/** Keeps `query` for `db` under `name`; returns it. */
export function keepQuery<Prepared>(db: Queryable, name: string, query: Prepared): Prepared {
  let byName = kept.get(db);
  if (!byName) kept.set(db, (byName = new Map()));
  byName.set(name, query);
  return query;
}
