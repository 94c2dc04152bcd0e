// The members list as a CSV file: the members page's search and filters (its URL), every matching
// member by name, streamed in keyset batches through the one CSV writer.
import "server-only";
import type { Queryable } from "@/db/client";
import { memberExportBatches, type MemberExportOptions, type MemberExportRow } from "@/db/queries/member-export";
import { csvStream, type CsvValue } from "@/lib/csv/csv-writer";
import { PERMISSION_LABELS, ROLE_LABELS, type Permission } from "@/lib/permissions";
import { rolesMatchingQuery } from "@/lib/members/role-search";
import { parseMembersSearch } from "@/lib/validation/members-search";

export const MEMBERS_CSV_HEADER = [
  "Name",
  "Email",
  "Role",
  "Status",
  "Department",
  "Job title",
  "Phone",
  "Teams",
  "Extra permissions",
  "Invited (UTC)",
  "Joined (UTC)",
  "Last active (UTC)",
  "Last sign-in (UTC)",
] as const;

const STATUS = { active: "Active", inactive: "Inactive", pending: "Pending" } as const;

export function memberCsvValues(row: MemberExportRow): CsvValue[] {
  return [
    row.name,
    row.email,
    ROLE_LABELS[row.role],
    STATUS[row.status],
    row.department,
    row.jobTitle,
    row.phone,
    row.teams.join("; "),
    row.permissions.map((p) => PERMISSION_LABELS[p as Permission] ?? p).join("; "),
    row.invitedAt,
    row.joinedAt,
    row.lastActiveAt,
    row.lastSignInAt,
  ];
}

/** The members page's URL (its search and filters; sort and page don't matter to an export). */
export function memberExportOptions(organizationId: string, query: string): MemberExportOptions & { described: string } {
  const search = parseMembersSearch(new URLSearchParams(query));
  const described = new URLSearchParams();
  if (search.q) described.set("q", search.q);
  for (const key of ["role", "status", "team", "department"] as const) if (search[key].length) described.set(key, search[key].join(","));
  if (search.joined) described.set("joined", String(search.joined));
  if (search.activity) described.set("activity", search.activity);
  return {
    organizationId,
    q: search.q,
    queryRoles: rolesMatchingQuery(search.q),
    role: search.role,
    status: search.status,
    team: search.team,
    department: search.department,
    joined: search.joined,
    activity: search.activity,
    described: described.toString(),
  };
}

export function membersCsvStream(db: Queryable, options: MemberExportOptions): ReadableStream<Uint8Array> {
  return csvStream(MEMBERS_CSV_HEADER, memberExportBatches(db, { ...options, batchSize: 1_000 }), memberCsvValues);
}
