// The REST API's members list: the members table's own filters and search (member-list.ts's where
// clause), walked by keyset — (sort column, id) after the cursor's row — so page 2,000 costs what
// page 1 does. Sorts by name or email, each following its (organization_id, column, id) index.
import "server-only";
import { and, asc, desc, sql, type Placeholder } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Queryable } from "@/db/client";
import { keepQuery, keptQuery } from "@/db/prepared-queries";
import { members } from "@/db/schema";
import {
  filtersOnlyRoleAndStatus,
  LIST_FIELDS,
  listWhere,
  placeholderFor,
  scopePlaceholders,
  scopeValues,
  type ListMembersOptions,
  type MemberListRow,
} from "./member-list";

export type CursorSortColumn = "name" | "email";

export interface MemberCursorOptions extends Omit<ListMembersOptions, "page" | "pageSize" | "sort" | "dir"> {
  sort: CursorSortColumn;
  dir: "asc" | "desc";
  limit: number;
  /** The last row of the previous page. */
  after?: { value: string; id: string };
}

/** A members-list row with its times as the API writes them: ISO 8601 text, UTC, milliseconds. */
export type MemberCursorRow = Omit<MemberListRow, "lastActiveAt" | "joinedAt" | "createdAt"> & {
  lastActiveAt: string | null;
  joinedAt: string | null;
  createdAt: string;
};

/**
 * The times are formatted by PostgreSQL, exactly as Date.toJSON writes them (the columns hold UTC
 * without a zone). Why: 150 Dates in a page took ~250 µs of the server's one thread in
 * JSON.stringify, a fifth of an API call's CPU; to_char costs the database next to nothing.
 */
const isoText = <T extends string | null>(column: PgColumn) => sql<T>`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const CURSOR_FIELDS = {
  ...LIST_FIELDS,
  lastActiveAt: isoText<string | null>(members.lastActiveAt),
  joinedAt: isoText<string | null>(members.joinedAt),
  createdAt: isoText<string>(members.createdAt),
};

export async function listMembersAfter(db: Queryable, options: MemberCursorOptions): Promise<{ rows: MemberCursorRow[]; hasMore: boolean }> {
  const limit = Math.min(Math.max(Math.trunc(options.limit), 1), 100);
  const shape = preparedShape(options);
  const rows = shape
    ? await (await preparedPage(db, shape, options)).execute({
        ...scopeValues(options),
        limit: limit + 1,
        afterValue: options.after?.value,
        afterId: options.after?.id,
      })
    : await (await pageQuery(db, options, limit + 1)).query;
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
}

/** One page's statement (wrapped: a query builder is a thenable, and awaiting it would run it). */
async function pageQuery(db: Queryable, options: MemberCursorOptions, limit: number | Placeholder) {
  const column = options.sort === "email" ? members.email : members.name;
  const direction = options.dir === "desc" ? desc : asc;
  const after = options.after
    ? options.dir === "desc"
      ? sql`(${column}, ${members.id}) < (${options.after.value}, ${options.after.id}::uuid)`
      : sql`(${column}, ${members.id}) > (${options.after.value}, ${options.after.id}::uuid)`
    : undefined;
  const where = and(await listWhere(db, options), after);
  return { query: db.select(CURSOR_FIELDS).from(members).where(where).orderBy(direction(column), direction(members.id)).limit(limit) };
}

/**
 * The pages a script walks most — filtered by nothing or by role and status, in either sort, first
 * or after a cursor — are built once per database with placeholders and kept as prepared queries
 * (drizzle's query building was a large part of an API call's CPU); other filters build each time.
 */
function preparedShape(options: MemberCursorOptions): string | null {
  if (!filtersOnlyRoleAndStatus(options)) return null;
  return [options.sort, options.dir, options.after ? "after" : "first", options.role?.length ?? 0, options.status?.length ?? 0].join(":");
}

type PreparedPage = ReturnType<Awaited<ReturnType<typeof pageQuery>>["query"]["prepare"]>;

async function preparedPage(db: Queryable, shape: string, options: MemberCursorOptions): Promise<PreparedPage> {
  const name = `members_cursor_${shape.replace(/:/g, "_")}`;
  const kept = keptQuery<PreparedPage>(db, name);
  if (kept) return kept;
  // The same statement as pageQuery's, its values as placeholders.
  const withPlaceholders: MemberCursorOptions = {
    ...scopePlaceholders(options),
    sort: options.sort,
    dir: options.dir,
    limit: options.limit,
    after: options.after ? { value: placeholderFor("afterValue"), id: placeholderFor("afterId") } : undefined,
  };
  const { query } = await pageQuery(db, withPlaceholders, sql.placeholder("limit"));
  return keepQuery(db, name, query.prepare(name));
}
