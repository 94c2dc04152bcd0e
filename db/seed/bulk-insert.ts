// Multi-row inserts for the large seed: thousands of rows travel as one JSON parameter expanded by
// json_to_recordset, so a batch is one statement whatever its size (no 65,535-parameter limit)
// and behaves the same on postgres.js and PGlite. Conflicting rows are skipped, not fatal.
import { sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import type { MemberStatus, Role, TeamRole } from "@/db/schema/enums";

export interface BulkUser {
  id: string;
  name: string;
  email: string;
  email_verified: string;
  created_at: string;
}

export interface BulkMember {
  id: string;
  user_id: string | null;
  email: string;
  name: string;
  phone: string | null;
  department: string;
  job_title: string;
  role: Role;
  status: MemberStatus;
  joined_at: string | null;
  last_active_at: string | null;
  created_at: string;
}

export interface BulkTeamMember {
  team_id: string;
  member_id: string;
  role: TeamRole;
}

export interface BulkInvitation {
  member_id: string;
  email: string;
  role: Role;
  team_ids: string[];
  department: string;
  job_title: string;
  token_hash: string;
  expires_at: string;
  created_at: string;
}

/** Rows of a raw `execute`: postgres.js returns an array, PGlite an object with `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/** Inserts users, skipping emails that already exist; returns the emails inserted. */
export async function insertUsers(db: Queryable, rows: BulkUser[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const result = await db.execute(sql`
    insert into users (id, name, email, email_verified, created_at)
    select id, name, email, email_verified, created_at
    from json_to_recordset(${JSON.stringify(rows)}::json)
      as r(id text, name text, email text, email_verified timestamp(3), created_at timestamp(3))
    on conflict do nothing
    returning email`);
  return new Set(rowsOf<{ email: string }>(result).map((row) => row.email));
}

/** Inserts members of one organization, skipping conflicts; returns the ids inserted. */
export async function insertMembers(db: Queryable, organizationId: string, rows: BulkMember[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const result = await db.execute(sql`
    insert into members (id, organization_id, user_id, email, name, phone, department, job_title, role, status,
                         joined_at, last_active_at, created_at, updated_at)
    select id, ${organizationId}::uuid, user_id, email, name, phone, department, job_title, role, status,
           joined_at, last_active_at, created_at, created_at
    from json_to_recordset(${JSON.stringify(rows)}::json)
      as r(id uuid, user_id text, email text, name text, phone text, department text, job_title text,
           role member_role, status member_status, joined_at timestamp(3), last_active_at timestamp(3),
           created_at timestamp(3))
    on conflict do nothing
    returning id`);
  return new Set(rowsOf<{ id: string }>(result).map((row) => row.id));
}

export async function insertTeamMembers(db: Queryable, organizationId: string, rows: BulkTeamMember[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into team_members (team_id, member_id, organization_id, role)
    select team_id, member_id, ${organizationId}::uuid, role
    from json_to_recordset(${JSON.stringify(rows)}::json) as r(team_id uuid, member_id uuid, role team_role)
    on conflict do nothing`);
}

export async function insertInvitations(
  db: Queryable,
  organizationId: string,
  invitedByUserId: string | null,
  rows: BulkInvitation[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into invitations (organization_id, member_id, email, role, team_ids, department, job_title, token_hash,
                             status, expires_at, invited_by_user_id, created_at)
    select ${organizationId}::uuid, member_id, email, role, team_ids, department, job_title, token_hash,
           'pending', expires_at, ${invitedByUserId}::text, created_at
    from json_to_recordset(${JSON.stringify(rows)}::json)
      as r(member_id uuid, email text, role member_role, team_ids uuid[], department text, job_title text,
           token_hash text, expires_at timestamp(3), created_at timestamp(3))
    on conflict do nothing`);
}
