// What the members table's browser side gets for a row: only the fields its cells and menus use,
// dates as epoch milliseconds, and absent fields left out (no department, no teams, never seen),
// instead of the query's whole row with three ISO dates each. The page's RSC payload repeats every
// row once more after the HTML, so each byte here counts twice per row. Server-safe.
import type { MemberListRow } from "@/db/queries/member-list";
import type { MemberStatus } from "@/db/schema/enums";
import type { Role } from "@/lib/permissions";

export interface MemberRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  status: MemberStatus;
  department?: string;
  /** Team names, alphabetical; absent when none. */
  teams?: string[];
  /** Last seen; absent when never. */
  lastActiveAt?: number;
  /** When they joined; absent for a Pending member or one who never joined, who has `invitedAt`. */
  joinedAt?: number;
  invitedAt?: number;
}

export function toMemberRow(row: MemberListRow): MemberRow {
  const out: MemberRow = { id: row.id, name: row.name, email: row.email, role: row.role, status: row.status };
  if (row.department) out.department = row.department;
  if (row.teams.length > 0) out.teams = row.teams;
  if (row.lastActiveAt) out.lastActiveAt = row.lastActiveAt.getTime();
  if (row.status !== "pending" && row.joinedAt) out.joinedAt = row.joinedAt.getTime();
  else out.invitedAt = row.createdAt.getTime();
  return out;
}
