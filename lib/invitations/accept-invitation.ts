// Accepting an invitation, and the checks accepting and declining share: the token (by hash), the
// invitation still pending and unexpired, the signed-in user's verified email equal to the invited
// address — all re-checked inside one transaction holding the organization and invitation locks.
import "server-only";
import type { Database, Transaction } from "@/db/client";
import {
  addMemberToTeams,
  closePendingInvitation,
  findUserForResponse,
  findUserMembership,
  isPastExpiry,
  lockInvitation,
  peekInvitation,
} from "@/db/queries/invitation-acceptance";
import { getMemberForUpdate, updateMemberRow } from "@/db/queries/member-writes";
import { findTeamIds } from "@/db/queries/teams";
import type { Invitation, Member } from "@/db/schema";
import type { InvitationStatus } from "@/db/schema/enums";
import { isUniqueViolation, pgErrorCode, runTransaction, withRetry } from "@/db/transaction";
import type { RequestIdentity } from "@/lib/actions/kernel/request-identity";
import { recordAudit, type AuditActor } from "@/lib/audit";
import { queueWelcomeEmail } from "@/lib/members/welcome";
import { notifyInviter } from "@/lib/notifications/events";
import { tokenHashOf } from "./tokens";

export type RespondRefusal =
  | "invalid"
  | "unauthenticated"
  | "wrong_account"
  | "already_member"
  | "internal"
  | Exclude<InvitationStatus, "pending">;

export type RespondOutcome<T> = { ok: true; data: T } | { ok: false; reason: RespondRefusal; message: string };

/** A pending, unexpired invitation, locked, whose invited address the caller is signed in as. */
export interface ReadyInvitation {
  tx: Transaction;
  invitation: Invitation;
  organization: { id: string; name: string; slug: string };
  member: Member;
  actor: AuditActor;
}

const INVALID = "This invitation link is invalid or no longer available.";

export function refuse(reason: RespondRefusal, message: string): { ok: false; reason: RespondRefusal; message: string } {
  return { ok: false, reason, message };
}

function refuseByStatus(status: Exclude<InvitationStatus, "pending">, organizationName: string) {
  const messages: Record<typeof status, string> = {
    accepted: "This invitation has already been accepted.",
    declined: "This invitation was declined.",
    cancelled: `This invitation was cancelled by ${organizationName}.`,
    bounced: `This invitation is no longer valid. Ask ${organizationName} to send a new one.`,
    expired: `This invitation has expired. Ask ${organizationName} to send you a new one.`,
  };
  return refuse(status, messages[status]);
}

/**
 * Runs `act` on the invitation of `token` once every shared check passes, in a transaction that
 * locks the organization row, then the invitation row. A pending invitation found past its expiry
 * is marked Expired here (this is a POST; the page itself never writes).
 */
export async function respondToInvitation<T>(
  db: Database,
  identity: RequestIdentity,
  token: unknown,
  act: (ready: ReadyInvitation) => Promise<RespondOutcome<T>>,
): Promise<RespondOutcome<T>> {
  const sessionUser = identity.user;
  if (!sessionUser) return refuse("unauthenticated", "Sign in with the invited email address to respond.");
  const tokenHash = tokenHashOf(token);
  if (!tokenHash) return refuse("invalid", INVALID);
  try {
    return await withRetry(async () => {
      const peek = await peekInvitation(db, tokenHash);
      if (!peek) return refuse("invalid", INVALID);
      return runTransaction(db, async (tx) => {
        const locked = await lockInvitation(tx, { ...peek, tokenHash });
        if (!locked) return refuse("invalid", INVALID);
        const { invitation, organization } = locked;
        if (invitation.status !== "pending") return refuseByStatus(invitation.status, organization.name);
        if (isPastExpiry(invitation)) {
          await setPendingInvitationStatus(tx, invitation, "expired");
          await notifyInviter(tx, organization, invitation, "expired");
          return refuseByStatus("expired", organization.name);
        }
        // The Pending member row was removed (its invitation goes with it).
        if (!invitation.memberId) {
          await setPendingInvitationStatus(tx, invitation, "cancelled");
          return refuseByStatus("cancelled", organization.name);
        }

        const user = await findUserForResponse(tx, sessionUser.id);
        if (!user?.email) return refuse("unauthenticated", "Sign in with the invited email address to respond.");
        if (!user.emailVerified || user.email.trim().toLowerCase() !== invitation.email) {
          return refuse("wrong_account", `This invitation was sent to ${invitation.email}. Sign in as that address to respond.`);
        }
        const member = await getMemberForUpdate(tx, { organizationId: organization.id, memberId: invitation.memberId });
        if (!member || member.status !== "pending" || member.userId) return refuseByStatus("cancelled", organization.name);

        const actor: AuditActor = {
          userId: user.id,
          name: user.name ?? member.name,
          email: user.email,
          ip: identity.ip,
          userAgent: identity.userAgent,
        };
        return act({ tx, invitation, organization, member, actor });
      });
    });
  } catch (error) {
    // members has UNIQUE (organization, user): a membership that appeared meanwhile.
    if (isUniqueViolation(error)) return refuse("already_member", "You're already a member of this organization.");
    // Only the SQLSTATE: a driver message may quote parameters, and tokens stay out of logs.
    console.error("[invitation] responding failed", pgErrorCode(error) ?? (error instanceof Error ? error.name : "unknown"));
    return refuse("internal", "Something went wrong. Please try again.");
  }
}

export interface AcceptedInvitation {
  organizationSlug: string;
  organizationName: string;
  memberId: string;
}

/** Makes the Pending member Active as the signed-in user, with the role, fields and teams chosen at invite. */
export async function acceptInvitation(
  db: Database,
  identity: RequestIdentity,
  token: unknown,
): Promise<RespondOutcome<AcceptedInvitation>> {
  return respondToInvitation(db, identity, token, async ({ tx, invitation, organization, member, actor }) => {
    const existing = await findUserMembership(tx, { organizationId: organization.id, userId: actor.userId! });
    if (existing && existing.id !== member.id) {
      return refuse(
        "already_member",
        existing.status === "inactive"
          ? `You already have a membership of ${organization.name}, but it is disabled. Ask an admin to re-enable it.`
          : `You're already a member of ${organization.name}.`,
      );
    }

    const now = new Date();
    const joined = await updateMemberRow(
      tx,
      { organizationId: organization.id, memberId: member.id },
      {
        userId: actor.userId,
        status: "active",
        joinedAt: now,
        lastActiveAt: now,
        role: invitation.role,
        department: invitation.department,
        jobTitle: invitation.jobTitle,
        permissions: invitation.permissions,
      },
    );
    // Teams deleted since the invite are skipped; teams the member was already put in are kept.
    const teamIds = await findTeamIds(tx, { organizationId: organization.id, teamIds: invitation.teamIds });
    await addMemberToTeams(tx, { organizationId: organization.id, memberId: member.id, teamIds });
    await closePendingInvitation(tx, { organizationId: organization.id, invitationId: invitation.id }, { status: "accepted", respondedAt: now });
    await recordAudit(tx, {
      organizationId: organization.id,
      actor,
      action: "invitation.accepted",
      target: { type: "member", id: joined.id, name: joined.name, email: joined.email },
      metadata: { invitationId: invitation.id, role: joined.role, teamIds },
    });
    await notifyInviter(tx, organization, invitation, "accepted");
    await queueWelcomeEmail(tx, organization, joined);
    return { ok: true, data: { organizationSlug: organization.slug, organizationName: organization.name, memberId: joined.id } };
  });
}

/** Moves a still-pending invitation to `status` (expiry noticed, or its member row gone). */
async function setPendingInvitationStatus(tx: Transaction, invitation: Invitation, status: "expired" | "cancelled"): Promise<void> {
  await closePendingInvitation(tx, { organizationId: invitation.organizationId, invitationId: invitation.id }, { status });
}
