// The welcome email of someone who has just joined an organization, written to the outbox in the
// transaction that made them a member (it goes only if that commits; the worker or the caller's
// after-commit delivery sends it).
import "server-only";
import type { Queryable } from "@/db/client";
import { enqueueEmail } from "@/lib/email/outbox";
import { renderWelcomeEmail } from "@/lib/email/templates/welcome";
import { appUrl } from "@/lib/env";
import { notificationSettingsUrl } from "@/lib/notifications/notify";
import { ROLE_LABELS, type Role } from "@/lib/permissions";

export async function queueWelcomeEmail(
  tx: Queryable,
  organization: { id: string; name: string; slug: string },
  member: { name: string; email: string; role: Role },
): Promise<string> {
  const email = await renderWelcomeEmail({
    organizationName: organization.name,
    memberName: member.name,
    roleLabel: ROLE_LABELS[member.role],
    url: `${appUrl()}/orgs/${organization.slug}/members`,
    settingsUrl: notificationSettingsUrl(),
  });
  const { id } = await enqueueEmail(tx, { organizationId: organization.id, to: member.email, template: "welcome", ...email });
  return id;
}
