// The members list as an export reads it: the table's own where clause (search and every filter,
// member-list.ts), walked by keyset on (name, id) in batches, with each batch's team names, first
// invitation dates and the users' last sign-in — constant memory however many members.
import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { members, users } from "@/db/schema";
import type { MemberStatus, Role } from "@/db/schema/enums";
import { listWhere, teamNamesOf, type ListMembersOptions } from "./member-list";
import { firstInvitedAt } from "./member-profile";

export interface MemberExportRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  status: MemberStatus;
  department: string | null;
  jobTitle: string | null;
  phone: string | null;
  permissions: string[];
  teams: string[];
  invitedAt: Date | null;
  joinedAt: Date | null;
  lastActiveAt: Date | null;
  lastSignInAt: Date | null;
}

export type MemberExportOptions = Omit<ListMembersOptions, "page" | "pageSize" | "sort" | "dir">;

export async function countMembersForExport(db: Queryable, options: MemberExportOptions): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(members).where(await listWhere(db, options));
  return Number(row?.n ?? 0);
}

export async function* memberExportBatches(db: Queryable, options: MemberExportOptions & { batchSize?: number }): AsyncGenerator<MemberExportRow[]> {
  const batchSize = options.batchSize ?? 1_000;
  const where = await listWhere(db, options);
  let after: { name: string; id: string } | null = null;
  for (;;) {
    const rows: Omit<MemberExportRow, "teams" | "invitedAt">[] = await db
      .select({
        id: members.id,
        name: members.name,
        email: members.email,
        role: members.role,
        status: members.status,
        department: members.department,
        jobTitle: members.jobTitle,
        phone: members.phone,
        permissions: members.permissions,
        joinedAt: members.joinedAt,
        lastActiveAt: members.lastActiveAt,
        lastSignInAt: users.lastSignInAt,
      })
      .from(members)
      .leftJoin(users, eq(users.id, members.userId))
      .where(and(where, after ? sql`(${members.name}, ${members.id}) > (${after.name}, ${after.id}::uuid)` : undefined))
      .orderBy(asc(members.name), asc(members.id))
      .limit(batchSize);
    if (rows.length === 0) return;
    const ids = rows.map((row) => row.id);
    const [teams, invited] = await Promise.all([teamNamesOf(db, options.organizationId, ids), firstInvitedAt(db, { organizationId: options.organizationId, memberIds: ids })]);
    yield rows.map((row) => ({ ...row, teams: teams.get(row.id) ?? [], invitedAt: invited.get(row.id) ?? null }));
    if (rows.length < batchSize) return;
    const last = rows[rows.length - 1]!;
    after = { name: last.name, id: last.id };
  }
}
