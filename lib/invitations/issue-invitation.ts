// Creates a pending invitation for a Pending member and writes its email to the outbox, in the
// caller's transaction: the invitation and its email commit together (delivery happens after).
import "server-only";
import { createElement } from "react";
import type { Queryable } from "@/db/client";
import { insertInvitation } from "@/db/queries/invitations";
import type { Member, Organization } from "@/db/schema";
import { enqueueEmail } from "@/lib/email/outbox";
import { renderEmail } from "@/lib/email/render";
import { SECRET_PLACEHOLDER } from "@/lib/email/secret";
import { InvitationEmail, type InvitationEmailProps } from "@/lib/email/templates/invitation";
import { appUrl } from "@/lib/env";
import { ROLE_LABELS } from "@/lib/permissions";
import { generateInvitationToken } from "./tokens";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface IssuedInvitation {
  invitationId: string;
  outboxId: string;
  expiresAt: Date;
}

export async function issueInvitation(
  tx: Queryable,
  {
    organization,
    member,
    teamIds,
    inviter,
    message,
  }: {
    organization: Organization;
    member: Member;
    teamIds: readonly string[];
    inviter: { userId: string; name: string };
    message?: string | null;
  },
): Promise<IssuedInvitation> {
  const { token, tokenHash } = generateInvitationToken();
  const expiresAt = new Date(Date.now() + organization.invitationExpiryDays * DAY_MS);
  const invitation = await insertInvitation(tx, {
    organizationId: organization.id,
    memberId: member.id,
    email: member.email,
    role: member.role,
    teamIds: [...teamIds],
    department: member.department,
    jobTitle: member.jobTitle,
    permissions: member.permissions,
    message: message ?? null,
    tokenHash,
    expiresAt,
    invitedByUserId: inviter.userId,
  });

  const email = await buildInvitationEmail({
    organizationName: organization.name,
    inviterName: inviter.name,
    roleLabel: ROLE_LABELS[member.role],
    url: invitationUrl(SECRET_PLACEHOLDER),
    expiresAt,
    message,
  });
  const { id: outboxId } = await enqueueEmail(tx, {
    organizationId: organization.id,
    invitationId: invitation.id,
    to: member.email,
    template: "invitation",
    ...email,
    secret: { value: token, expiresAt },
  });
  return { invitationId: invitation.id, outboxId, expiresAt };
}

/** The invitation link for a token (or for SECRET_PLACEHOLDER, in a stored body). */
export function invitationUrl(token: string): string {
  return `${appUrl()}/invite/${token}`;
}

/**
 * Subject, HTML and text of an invitation. Rendering is the slow part (milliseconds per call): a
 * batch can render once with a placeholder URL and substitute each recipient's link.
 */
export async function buildInvitationEmail(props: InvitationEmailProps): Promise<{ subject: string; html: string; text: string }> {
  const { html, text } = await renderEmail(createElement(InvitationEmail, props));
  return { subject: `${props.inviterName} invited you to join ${props.organizationName} on Roster`, html, text };
}
