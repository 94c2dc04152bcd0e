// Prepared statements for every query drizzle sends through postgres.js.
// Why: drizzle asks postgres.js for an unnamed statement each time (`prepare: false` unless a query
// is given a name), and postgres.js then runs any query with parameters in two round trips — Parse
// and Describe first, to learn the parameter types, then Bind and Execute — while PostgreSQL parses
// and analyses the text again every time. A prepared statement is parsed once per connection and
// runs in one round trip from then on (postgres.js keeps one per distinct text on each connection).
// With `plan_cache_mode = force_custom_plan` (set where the connection opens) each execution is
// still planned for its own parameters, so a search or filter never gets a one-size generic plan.
// PgBouncer in transaction mode can't keep statements per connection: DATABASE_PREPARE=false.
import type { Sql } from "postgres";

type Run = (tx: Sql) => unknown;

/** `sql` as drizzle sees it, with every unsafe() prepared, inside transactions and savepoints too. */
export function preparingStatements(sql: Sql): Sql {
  return new Proxy(sql, {
    get(target, property, receiver) {
      if (property === "unsafe") {
        return (text: string, args: unknown[] = [], options: Record<string, unknown> = {}) =>
          target.unsafe(text, args as never[], { ...options, prepare: true });
      }
      if (property === "begin" || property === "savepoint") {
        return (...args: unknown[]) => {
          const run = args.at(-1) as Run;
          const open = (target as unknown as Record<string, (...a: unknown[]) => unknown>)[property]!;
          return open.call(target, ...args.slice(0, -1), (tx: Sql) => run(preparingStatements(tx)));
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}
