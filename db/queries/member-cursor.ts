// The REST API's members list: the members table's own filters and search (member-list.ts's where
// clause), walked by keyset — (sort column, id) after the cursor's row — so page 2,000 costs what
// page 1 does. Sorts by name or email, each following its (organization_id, column, id) index.
import "server-only";
import { and, asc, desc, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { members } from "@/db/schema";
import { LIST_FIELDS, listWhere, type ListMembersOptions, type MemberListRow } from "./member-list";

export type CursorSortColumn = "name" | "email";

export interface MemberCursorOptions extends Omit<ListMembersOptions, "page" | "pageSize" | "sort" | "dir"> {
  sort: CursorSortColumn;
  dir: "asc" | "desc";
  limit: number;
  /** The last row of the previous page. */
  after?: { value: string; id: string };
}

export async function listMembersAfter(db: Queryable, options: MemberCursorOptions): Promise<{ rows: MemberListRow[]; hasMore: boolean }> {
  const column = options.sort === "email" ? members.email : members.name;
  const direction = options.dir === "desc" ? desc : asc;
  const limit = Math.min(Math.max(Math.trunc(options.limit), 1), 100);
  const after = options.after
    ? options.dir === "desc"
      ? sql`(${column}, ${members.id}) < (${options.after.value}, ${options.after.id}::uuid)`
      : sql`(${column}, ${members.id}) > (${options.after.value}, ${options.after.id}::uuid)`
    : undefined;
  const rows = await db
    .select(LIST_FIELDS)
    .from(members)
    .where(and(await listWhere(db, options), after))
    .orderBy(direction(column), direction(members.id))
    .limit(limit + 1);
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
}
