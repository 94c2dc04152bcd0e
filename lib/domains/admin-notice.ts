// Tells an organization's active Owners and Admins that someone arrived through a verified domain
// (joined by auto-join, asked to join, or found no seat free): a notification in their bell and,
// as each one's preferences for "People joining through your domains" say, this email right away
// or in their digest — written in the caller's transaction (lib/notifications/notify.ts). Returns
// the outbox ids to deliver once it has committed.
import "server-only";
import type { Queryable } from "@/db/client";
import { findOrganizationAdminIds } from "@/db/queries/notifications";
import type { Organization } from "@/db/schema";
import { renderDomainJoinNoticeEmail, type DomainJoinNoticeKind } from "@/lib/email/templates/domain-join-notice";
import { appUrl } from "@/lib/env";
import { notify } from "@/lib/notifications/notify";

const TITLES: Record<DomainJoinNoticeKind, (email: string, org: string) => string> = {
  auto_joined: (email, org) => `${email} joined ${org} by auto-join`,
  requested: (email, org) => `${email} asks to join ${org}`,
  seat_limit: (email, org) => `${email} couldn't join ${org}: every seat is in use`,
};

export async function tellAdmins(
  tx: Queryable,
  organization: Pick<Organization, "id" | "name" | "slug">,
  notice: { kind: DomainJoinNoticeKind; personEmail: string; domain: string; roleLabel?: string },
): Promise<string[]> {
  const admins = await findOrganizationAdminIds(tx, { organizationId: organization.id });
  if (admins.length === 0) return [];
  const path = notice.kind === "auto_joined" ? `/orgs/${organization.slug}/members` : `/orgs/${organization.slug}/settings/domains`;
  const email = await renderDomainJoinNoticeEmail({ ...notice, organizationName: organization.name, url: `${appUrl()}${path}` });
  const body =
    notice.kind === "auto_joined"
      ? `Signed in with a verified ${notice.domain} address and joined as ${notice.roleLabel}.`
      : notice.kind === "requested"
        ? `Signed in with a ${notice.domain} address. Approve or decline in Settings → Domains.`
        : `Free a seat or raise the limit, then approve their request in Settings → Domains.`;
  const { emailIds } = await notify(
    tx,
    organization,
    admins.map((memberId) => ({
      memberId,
      category: "domain_join" as const,
      title: TITLES[notice.kind](notice.personEmail, organization.name),
      body,
      link: path,
      data: { event: `domain_${notice.kind}`, domain: notice.domain, email: notice.personEmail },
      email: { template: `domain-${notice.kind.replace("_", "-")}`, ...email },
    })),
  );
  return emailIds;
}
