// Tells an organization's active Owners and Admins that someone arrived through a verified domain
// (joined by auto-join, asked to join, or found no seat free), by email through the outbox, written
// in the caller's transaction. Returns the outbox ids to deliver once it has committed.
import "server-only";
import type { Queryable } from "@/db/client";
import { listActiveMembersWithRoles } from "@/db/queries/members";
import type { Organization } from "@/db/schema";
import { enqueueEmail } from "@/lib/email/outbox";
import { renderDomainJoinNoticeEmail, type DomainJoinNoticeKind } from "@/lib/email/templates/domain-join-notice";
import { appUrl } from "@/lib/env";

export async function tellAdmins(
  tx: Queryable,
  organization: Pick<Organization, "id" | "name" | "slug">,
  notice: { kind: DomainJoinNoticeKind; personEmail: string; domain: string; roleLabel?: string; exceptEmail?: string },
): Promise<string[]> {
  const admins = await listActiveMembersWithRoles(tx, { organizationId: organization.id, roles: ["owner", "admin"], limit: 50 });
  const path = notice.kind === "auto_joined" ? `/orgs/${organization.slug}/members` : `/orgs/${organization.slug}/settings/domains`;
  const email = await renderDomainJoinNoticeEmail({ ...notice, organizationName: organization.name, url: `${appUrl()}${path}` });
  const ids: string[] = [];
  for (const admin of admins) {
    if (admin.email === notice.exceptEmail) continue;
    const { id } = await enqueueEmail(tx, { organizationId: organization.id, to: admin.email, template: `domain-${notice.kind.replace("_", "-")}`, ...email });
    ids.push(id);
  }
  return ids;
}
