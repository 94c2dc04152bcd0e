// Queries for inviting many people at once (Invite Members, Bulk Import): who among a list of
// addresses is already a member or invited, the organization's teams by name, and multi-row
// inserts. Each insert sends its rows as one JSON parameter expanded by json_to_recordset: no
// 65,535-parameter limit, and far faster than thousands of bind parameters. No conflict is
// skipped: the caller checked under the organization lock, so a conflict fails the transaction.
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { invitations, members, teams } from "@/db/schema";
import type { Role } from "@/db/schema/enums";
import { listTeams } from "./teams";

export type InviteeStatus = "active" | "inactive" | "pending";

/** Rows per statement: a few hundred kilobytes of JSON at most. */
const CHUNK = 1_000;

/**
 * The organization's members among `emails` (normalised) with their status, plus addresses with a
 * pending invitation (counted as "pending"). The list travels as one JSON parameter, whatever its size.
 */
export async function findInviteeStatuses(
  db: Queryable,
  { organizationId, emails }: { organizationId: string; emails: readonly string[] },
): Promise<Map<string, InviteeStatus>> {
  const found = new Map<string, InviteeStatus>();
  if (emails.length === 0) return found;
  const list = sql`(select jsonb_array_elements_text(${JSON.stringify([...new Set(emails)])}::jsonb))`;
  const invited = await db
    .select({ email: invitations.email })
    .from(invitations)
    .where(and(eq(invitations.organizationId, organizationId), eq(invitations.status, "pending"), sql`${invitations.email} in ${list}`));
  const existing = await db
    .select({ email: members.email, status: members.status })
    .from(members)
    .where(and(eq(members.organizationId, organizationId), sql`${members.email} in ${list}`));
  for (const row of invited) found.set(row.email, "pending");
  for (const row of existing) found.set(row.email, row.status);
  return found;
}

/** The organization's teams by lowercase name (names are unique case-insensitively). */
export async function teamsByLowerName(db: Queryable, { organizationId }: { organizationId: string }): Promise<Map<string, string>> {
  const rows = await listTeams(db, { organizationId });
  return new Map(rows.map((team) => [team.name.toLowerCase(), team.id]));
}

/** Creates teams by name in the organization; call with the organization locked. */
export async function insertTeams(
  db: Queryable,
  { organizationId, names }: { organizationId: string; names: readonly string[] },
): Promise<{ id: string; name: string }[]> {
  if (names.length === 0) return [];
  return db
    .insert(teams)
    .values(names.map((name) => ({ organizationId, name })))
    .returning({ id: teams.id, name: teams.name });
}

async function inChunks<T>(rows: readonly T[], insert: (json: string) => Promise<unknown>): Promise<void> {
  try {
    for (let start = 0; start < rows.length; start += CHUNK) await insert(JSON.stringify(rows.slice(start, start + CHUNK)));
  } catch (error) {
    throw redacted(error);
  }
}

/**
 * Drizzle's error message repeats the statement's parameters (here: rows with invitation tokens),
 * and failures get logged: keep only PostgreSQL's own message and SQLSTATE.
 */
function redacted(error: unknown): Error {
  let cause: unknown = error;
  for (let depth = 0; depth < 4 && cause && typeof (cause as { code?: unknown }).code !== "string"; depth++) cause = (cause as { cause?: unknown }).cause;
  const pg = cause as { code?: string; message?: string } | undefined;
  return Object.assign(new Error(`A multi-row insert failed: ${pg?.message ?? "unknown database error"}`), { code: pg?.code });
}

export interface PendingMemberRow {
  id: string;
  email: string;
  name: string;
  department: string | null;
  job_title: string | null;
  role: Role;
}

export function insertPendingMembers(db: Queryable, organizationId: string, rows: readonly PendingMemberRow[]): Promise<void> {
  return inChunks(rows, (json) =>
    db.execute(sql`
      insert into members (id, organization_id, email, name, department, job_title, role, status)
      select id, ${organizationId}::uuid, email, name, department, job_title, role, 'pending'
      from json_to_recordset(${json}::json)
        as r(id uuid, email text, name text, department text, job_title text, role member_role)`),
  );
}

export function insertTeamMemberships(db: Queryable, organizationId: string, rows: readonly { team_id: string; member_id: string }[]): Promise<void> {
  return inChunks(rows, (json) =>
    db.execute(sql`
      insert into team_members (team_id, member_id, organization_id)
      select team_id, member_id, ${organizationId}::uuid
      from json_to_recordset(${json}::json) as r(team_id uuid, member_id uuid)`),
  );
}

export interface PendingInvitationRow {
  id: string;
  member_id: string;
  email: string;
  role: Role;
  team_ids: readonly string[];
  department: string | null;
  job_title: string | null;
  token_hash: string;
}

export function insertPendingInvitations(
  db: Queryable,
  shared: { organizationId: string; invitedByUserId: string; expiresAt: Date; message: string | null },
  rows: readonly PendingInvitationRow[],
): Promise<void> {
  return inChunks(rows, (json) =>
    db.execute(sql`
      insert into invitations (id, organization_id, member_id, email, role, team_ids, department, job_title,
                               message, token_hash, status, expires_at, invited_by_user_id)
      select id, ${shared.organizationId}::uuid, member_id, email, role, team_ids, department, job_title,
             ${shared.message}::text, token_hash, 'pending', ${shared.expiresAt.toISOString()}::timestamp(3), ${shared.invitedByUserId}::text
      from json_to_recordset(${json}::json)
        as r(id uuid, member_id uuid, email text, role member_role, team_ids uuid[], department text, job_title text, token_hash text)`),
  );
}

export interface EmailTemplate {
  role: Role;
  subject: string;
  html: string;
  text: string;
}

/**
 * Invitation emails: each row names its role's template (bodies sent to the server once per role,
 * stored with their secret placeholder) and carries its own token in the outbox's secret column.
 */
export function insertInvitationEmails(
  db: Queryable,
  shared: { organizationId: string; templates: readonly EmailTemplate[]; secretExpiresAt: Date },
  rows: readonly { id: string; invitation_id: string; to: string; role: Role; secret: string }[],
): Promise<void> {
  const templates = JSON.stringify(shared.templates);
  return inChunks(rows, (json) =>
    db.execute(sql`
      insert into email_outbox (id, organization_id, invitation_id, "to", template, subject, html, text, secret, secret_expires_at)
      select r.id, ${shared.organizationId}::uuid, r.invitation_id, r."to", 'invitation', t.subject, t.html, t.text,
             r.secret, ${shared.secretExpiresAt.toISOString()}::timestamp(3)
      from json_to_recordset(${json}::json) as r(id uuid, invitation_id uuid, "to" text, role text, secret text)
      join json_to_recordset(${templates}::json) as t(role text, subject text, html text, text text) on t.role = r.role`),
  );
}

export interface AuditRow {
  target_id: string;
  target_name: string;
  target_email: string;
  metadata: Record<string, unknown>;
}

/** One audit event per target, all by the same actor with the same action. */
export function insertAuditEvents(
  db: Queryable,
  shared: {
    organizationId: string;
    action: string;
    actor: {
      userId: string | null;
      name: string | null;
      email: string | null;
      ip?: string | null;
      userAgent?: string | null;
      type?: "user" | "api_key" | "scim" | "system";
      channel?: "ui" | "api" | "scim" | "worker" | "auto_join";
      credentialId?: string | null;
    };
  },
  rows: readonly AuditRow[],
): Promise<void> {
  const { actor } = shared;
  return inChunks(rows, (json) =>
    db.execute(sql`
      insert into audit_events (organization_id, actor_type, actor_user_id, actor_credential_id, channel, actor_name, actor_email,
                                action, target_type, target_id, target_name, target_email, metadata, ip, user_agent)
      select ${shared.organizationId}::uuid, ${actor.type ?? "user"}::audit_actor_type, ${actor.userId}::text,
             ${actor.credentialId ?? null}::uuid, ${actor.channel ?? "ui"}::audit_channel, ${actor.name}::text, ${actor.email}::text,
             ${shared.action}::text, 'member',
             target_id, target_name, target_email, metadata, ${actor.ip ?? null}::text, ${actor.userAgent?.slice(0, 500) ?? null}::text
      from json_to_recordset(${json}::json) as r(target_id text, target_name text, target_email text, metadata jsonb)`),
  );
}
