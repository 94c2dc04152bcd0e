// Reading a long result a page at a time without gathering each page into one array, for exports.
// Why: postgres.js builds a result of N rows as one array that lives until the last row has
// arrived, and a page of 1,000 audit events outlives V8's young generation — every page was
// promoted to old space and piled up there between full collections (a 1,000,000-row export grew
// the server by ~170 MB). Its forEach hands over each row as it is parsed and keeps none, so a
// row dies young. PGlite answers whole results anyway; there the page is read as usual.
import { Column, SQL, is, sql, type DriverValueDecoder } from "drizzle-orm";
import type { Queryable } from "./client";

/** The fields a select names (drizzle columns or sql expressions), in select order. */
export type SelectedFields = Record<string, Column | SQL | SQL.Aliased>;

interface PostgresJsClient {
  begin<T>(run: (tx: PostgresJsClient) => Promise<T>): Promise<T>;
  unsafe(text: string, params?: unknown[]): PromiseLike<unknown> & { values(): { forEach(onRow: (row: unknown[]) => void): PromiseLike<unknown> } };
}

function postgresJsClient(db: Queryable): PostgresJsClient | null {
  const client = (db as { $client?: Partial<PostgresJsClient> }).$client;
  return client && typeof client.begin === "function" && typeof client.unsafe === "function" ? (client as PostgresJsClient) : null;
}

/** The driver's raw values of one row mapped as drizzle maps them (each field's own decoder). */
function rowDecoder<Row>(fields: SelectedFields): (values: unknown[]) => Row {
  const decoders = Object.entries(fields).map(([key, field]) => {
    // An sql`` field's decoder (its mapWith) is drizzle-internal: not in its types, read as drizzle reads it.
    const decoderOf = (expression: SQL) => (expression as unknown as { decoder: DriverValueDecoder<unknown, unknown> }).decoder;
    const decoder: DriverValueDecoder<unknown, unknown> = is(field, Column) ? field : is(field, SQL) ? decoderOf(field) : decoderOf(field.sql);
    return [key, decoder] as const;
  });
  return (values) => {
    const row: Record<string, unknown> = {};
    decoders.forEach(([key, decoder], i) => {
      const value = values[i];
      row[key] = value === null || value === undefined ? null : decoder.mapFromDriverValue(value);
    });
    return row as Row;
  };
}

/**
 * Runs the select `build` makes (of `fields`) in a transaction of its own, after `setup` (a
 * `set local …` statement, no parameters), and hands each row to `onRow`; resolves how many rows
 * there were. `build` is given the transaction's handle when the driver needs one.
 */
export async function forEachRow<Row>(
  db: Queryable,
  build: (q: Queryable) => { toSQL(): { sql: string; params: unknown[] } } & PromiseLike<Row[]>,
  fields: SelectedFields,
  onRow: (row: Row) => void,
  setup?: string,
): Promise<number> {
  const client = postgresJsClient(db);
  if (!client) {
    return db.transaction(async (tx) => {
      if (setup) await tx.execute(sql.raw(setup));
      const rows = await build(tx);
      rows.forEach(onRow);
      return rows.length;
    });
  }
  const { sql: text, params } = build(db).toSQL();
  const decode = rowDecoder<Row>(fields);
  let count = 0;
  await client.begin(async (tx) => {
    if (setup) await tx.unsafe(setup);
    await tx.unsafe(text, params).values().forEach((values) => {
      count++;
      onRow(decode(values));
    });
  });
  return count;
}
