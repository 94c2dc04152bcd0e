// Ownership transfer: the Owner hands the organization to an active Admin after re-authenticating
// and typing the slug. In one transaction under the organization lock: the Admin becomes Owner,
// the former Owner becomes Admin (so they cannot undo it), audit events, the notice emails and the new Owner's notification.
import "server-only";
import { createElement } from "react";
import type { Queryable } from "@/db/client";
import { getMemberForUpdate, updateMemberRow } from "@/db/queries/member-writes";
import type { Member, Organization } from "@/db/schema";
import { deliverOutboxEmail } from "@/lib/email/deliver";
import { enqueueEmail } from "@/lib/email/outbox";
import { renderEmail } from "@/lib/email/render";
import { OwnershipTransferredEmail, type OwnershipTransferredEmailProps } from "@/lib/email/templates/ownership-transferred";
import { appUrl } from "@/lib/env";
import { ActionError } from "@/lib/errors";
import { notifyOwnershipTransferred } from "@/lib/notifications/events";
import { transferOwnershipSchema } from "@/lib/validation/organizations";
import { assertTypedSlug, confirmIdentity, defineReauthAction } from "@/lib/actions/kernel/reauth-action";

export const NOT_AN_ADMIN_MESSAGE = "Ownership can only go to an active Admin of this organization. Make them an Admin first.";

export const transferOwnership = defineReauthAction({
  permission: "organization.transfer",
  schema: transferOwnershipSchema,
  async handler(ctx, input) {
    const { tx, organization, actor } = ctx;
    assertTypedSlug(organization, input.confirmSlug);
    const target = await getMemberForUpdate(tx, { organizationId: organization.id, memberId: input.memberId });
    if (!target) throw new ActionError("not_found", "Member not found.");
    if (target.id === actor.id || target.role !== "admin" || target.status !== "active" || !target.userId) {
      throw new ActionError("invalid_input", NOT_AN_ADMIN_MESSAGE, { memberId: [NOT_AN_ADMIN_MESSAGE] });
    }

    const identity = await confirmIdentity(ctx, "transfer_ownership", input.code);
    if ("refused" in identity) return identity;

    const scope = { organizationId: organization.id };
    const newOwner = await updateMemberRow(tx, { ...scope, memberId: target.id }, { role: "owner" });
    const formerOwner = await updateMemberRow(tx, { ...scope, memberId: actor.id }, { role: "admin" });
    const reason = { reason: "ownership_transfer", reauthentication: identity.method };
    await ctx.audit({
      action: "organization.ownership_transferred",
      target: { type: "member", id: newOwner.id, name: newOwner.name, email: newOwner.email },
      metadata: { formerOwnerMemberId: formerOwner.id, formerOwnerEmail: formerOwner.email, ...reason },
    });
    for (const [member, from] of [
      [newOwner, "admin"],
      [formerOwner, "owner"],
    ] as const) {
      await ctx.audit({
        action: "member.role_changed",
        target: { type: "member", id: member.id, name: member.name, email: member.email },
        metadata: { from, to: member.role, ...reason },
      });
    }

    const outboxIds = await enqueueNotices(tx, organization, { newOwner, formerOwner });
    for (const id of outboxIds) ctx.afterCommit((db) => deliverOutboxEmail(db, id));
    await notifyOwnershipTransferred(ctx, newOwner);
    return { done: { newOwnerMemberId: newOwner.id, formerOwnerMemberId: formerOwner.id } };
  },
});

async function enqueueNotices(
  tx: Queryable,
  organization: Organization,
  { newOwner, formerOwner }: { newOwner: Member; formerOwner: Member },
): Promise<string[]> {
  const common = {
    organizationName: organization.name,
    newOwnerName: newOwner.name,
    formerOwnerName: formerOwner.name,
    url: `${appUrl()}/orgs/${organization.slug}/settings`,
  };
  const notices: { to: string; subject: string; recipient: OwnershipTransferredEmailProps["recipient"] }[] = [
    { to: newOwner.email, recipient: "new_owner", subject: `You are now the Owner of ${organization.name}` },
    { to: formerOwner.email, recipient: "former_owner", subject: `You transferred ownership of ${organization.name}` },
  ];
  const ids: string[] = [];
  for (const notice of notices) {
    const { html, text } = await renderEmail(createElement(OwnershipTransferredEmail, { ...common, recipient: notice.recipient }));
    const { id } = await enqueueEmail(tx, {
      organizationId: organization.id,
      to: notice.to,
      template: `ownership-transferred-${notice.recipient.replace("_", "-")}`,
      subject: notice.subject,
      html,
      text,
    });
    ids.push(id);
  }
  return ids;
}
