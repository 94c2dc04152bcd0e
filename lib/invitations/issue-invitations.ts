// Invites many people in the caller's transaction: Pending members, their teams, invitations,
// outbox emails and audit events, written in multi-row inserts. The email is rendered once per
// role with the secret placeholder where the link's token goes (a render takes milliseconds and
// 10,000 of them would not fit an import's time budget); each recipient's own token waits in the
// outbox's secret column and is filled in when the message is sent (lib/email/secret.ts).
import "server-only";
import crypto from "node:crypto";
import type { Database, Queryable } from "@/db/client";
import type { Organization } from "@/db/schema";
import {
  insertAuditEvents,
  insertInvitationEmails,
  insertPendingInvitations,
  insertPendingMembers,
  insertTeamMemberships,
  type EmailTemplate,
} from "@/db/queries/invitation-import";
import type { AuditActor } from "@/lib/audit";
import { deliverOutboxEmail } from "@/lib/email/deliver";
import { queueWebhookEvents } from "@/lib/event-webhooks/queue-events";
import { SECRET_PLACEHOLDER } from "@/lib/email/secret";
import { ROLE_LABELS, type Role } from "@/lib/permissions";
import { buildInvitationEmail, invitationUrl } from "./issue-invitation";
import { generateInvitationToken } from "./tokens";

const DAY_MS = 24 * 60 * 60 * 1000;
const CHUNK = 1_000;
/** Sent right after the commit; the background worker delivers the rest from the outbox. */
export const DELIVER_INLINE = 5;

export interface Invitee {
  /** Normalised (trimmed, lowercase) and not yet a member or invited. */
  email: string;
  role: Role;
  teamIds: readonly string[];
  name?: string | null;
  department?: string | null;
  jobTitle?: string | null;
}

export interface IssuedInvitee {
  email: string;
  memberId: string;
  invitationId: string;
  outboxId: string;
}

export async function issueInvitations(
  tx: Queryable,
  {
    organization,
    inviter,
    actor,
    invitees,
    message = null,
    source,
  }: {
    organization: Organization;
    inviter: { userId: string; name: string };
    /** Who the audit trail names. */
    actor: AuditActor;
    invitees: readonly Invitee[];
    message?: string | null;
    source: "bulk_invite" | "csv_import";
  },
): Promise<IssuedInvitee[]> {
  const organizationId = organization.id;
  const expiresAt = new Date(Date.now() + organization.invitationExpiryDays * DAY_MS);
  const templates: EmailTemplate[] = [];
  for (const role of new Set(invitees.map((i) => i.role))) {
    templates.push({ role, ...(await renderTemplate({ organization, inviterName: inviter.name, role, expiresAt, message })) });
  }

  const issued: IssuedInvitee[] = [];
  for (let start = 0; start < invitees.length; start += CHUNK) {
    const chunk = invitees.slice(start, start + CHUNK).map((invitee) => ({
      ...invitee,
      name: invitee.name || invitee.email.split("@")[0] || invitee.email,
      department: invitee.department ?? null,
      jobTitle: invitee.jobTitle ?? null,
      memberId: crypto.randomUUID(),
      invitationId: crypto.randomUUID(),
      outboxId: crypto.randomUUID(),
      ...generateInvitationToken(),
    }));
    await insertPendingMembers(
      tx,
      organizationId,
      chunk.map((i) => ({ id: i.memberId, email: i.email, name: i.name, department: i.department, job_title: i.jobTitle, role: i.role })),
    );
    await insertTeamMemberships(
      tx,
      organizationId,
      chunk.flatMap((i) => i.teamIds.map((teamId) => ({ team_id: teamId, member_id: i.memberId }))),
    );
    await insertPendingInvitations(
      tx,
      { organizationId, invitedByUserId: inviter.userId, expiresAt, message },
      chunk.map((i) => ({
        id: i.invitationId,
        member_id: i.memberId,
        email: i.email,
        role: i.role,
        team_ids: i.teamIds,
        department: i.department,
        job_title: i.jobTitle,
        token_hash: i.tokenHash,
      })),
    );
    // Each recipient's own link replaces the placeholder in their role's rendered email.
    await insertInvitationEmails(
      tx,
      { organizationId, templates, secretExpiresAt: new Date(Math.min(expiresAt.getTime(), Date.now() + DAY_MS)) },
      chunk.map((i) => ({ id: i.outboxId, invitation_id: i.invitationId, to: i.email, role: i.role, secret: i.token })),
    );
    await insertAuditEvents(
      tx,
      { organizationId, action: "member.invited", actor },
      chunk.map((i) => ({
        target_id: i.memberId,
        target_name: i.name,
        target_email: i.email,
        metadata: { role: i.role, status: "pending", teamIds: i.teamIds, source },
      })),
    );
    // The events the audit rows above stand for, to subscribed webhook endpoints (as recordAudit does).
    await queueWebhookEvents(
      tx,
      organizationId,
      chunk.map((i) => ({
        action: "member.invited",
        actor,
        target: { type: "member", id: i.memberId, name: i.name, email: i.email },
        metadata: { role: i.role, status: "pending", teamIds: i.teamIds, source, invitationId: i.invitationId },
      })),
    );
    for (const i of chunk) issued.push({ email: i.email, memberId: i.memberId, invitationId: i.invitationId, outboxId: i.outboxId });
  }
  return issued;
}

async function renderTemplate({
  organization,
  inviterName,
  role,
  expiresAt,
  message,
}: {
  organization: Organization;
  inviterName: string;
  role: Role;
  expiresAt: Date;
  message: string | null;
}): Promise<Omit<EmailTemplate, "role">> {
  const email = await buildInvitationEmail({
    organizationName: organization.name,
    inviterName,
    roleLabel: ROLE_LABELS[role],
    url: invitationUrl(SECRET_PLACEHOLDER),
    expiresAt,
    message,
  });
  // Never send an email without its link: if the template stops carrying the URL verbatim, fail loudly.
  if (!email.html.includes(SECRET_PLACEHOLDER) || !email.text.includes(SECRET_PLACEHOLDER)) {
    throw new Error("The invitation template lost its link placeholder.");
  }
  return email;
}

/** After commit: sends the first few right away; the background worker delivers the others. */
export async function deliverFirstInvitations(db: Database, issued: readonly IssuedInvitee[], limit = DELIVER_INLINE): Promise<void> {
  for (const { outboxId } of issued.slice(0, limit)) await deliverOutboxEmail(db, outboxId);
}
