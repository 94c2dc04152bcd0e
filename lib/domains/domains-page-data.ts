// Settings → Domains' data for an Owner or Admin the page has let in: the organization's domains
// (state, last check and reason, auto-join settings, the TXT record to publish), its teams and the
// roles the viewer may give (for the auto-join and approve forms), the pending join requests, and
// one page of the people on its verified domains who signed in but aren't members.
import "server-only";
import { getDb } from "@/db";
import { listDomainPeopleNotMembers, listDomains } from "@/db/queries/domains";
import { listPendingJoinRequests } from "@/db/queries/join-requests";
import { countSeatsUsed } from "@/db/queries/members";
import { listTeams } from "@/db/queries/teams";
import type { OrgContext } from "@/lib/auth/org-context";
import { assignableRoles, can } from "@/lib/permissions";
import { DOMAIN_PEOPLE_PAGE_SIZE } from "./people-state";
import { txtRecordName, txtRecordValue } from "./txt-record";

export async function loadDomainsPage({ organization, member }: OrgContext, { page }: { page: number }) {
  const db = await getDb();
  const organizationId = organization.id;
  const [domainRows, teams, requests, seatsUsed] = await Promise.all([
    listDomains(db, organizationId),
    listTeams(db, { organizationId }),
    listPendingJoinRequests(db, { organizationId, limit: 200 }),
    countSeatsUsed(db, organizationId),
  ]);
  const verified = domainRows.filter((d) => d.status === "verified").map((d) => d.domain);
  const pageSize = DOMAIN_PEOPLE_PAGE_SIZE;
  let people = await listDomainPeopleNotMembers(db, { organizationId, domainNames: verified, offset: (page - 1) * pageSize, limit: pageSize });
  const pageCount = Math.max(1, Math.ceil(people.total / pageSize));
  const shownPage = Math.min(page, pageCount);
  if (shownPage !== page) people = await listDomainPeopleNotMembers(db, { organizationId, domainNames: verified, offset: (shownPage - 1) * pageSize, limit: pageSize });
  return {
    domains: domainRows.map((d) => ({
      id: d.id,
      domain: d.domain,
      status: d.status,
      verifiedAt: d.verifiedAt,
      lastCheckedAt: d.lastCheckedAt,
      lastError: d.lastError,
      missingSince: d.missingSince,
      autoJoin: d.autoJoin,
      autoJoinRole: d.autoJoinRole,
      autoJoinTeamIds: d.autoJoinTeamIds,
      recordName: txtRecordName(d.domain),
      recordValue: txtRecordValue(d.verificationToken),
    })),
    teams,
    roles: assignableRoles(member).filter((r) => r !== "owner"),
    requests: requests.rows,
    people: { rows: people.rows, total: people.total, page: shownPage, pageCount, pageSize },
    seats: { used: seatsUsed, limit: organization.seatLimit },
    canManage: can(member, "settings.manage"),
    now: Date.now(),
  };
}

export type DomainsPageData = Awaited<ReturnType<typeof loadDomainsPage>>;
export type DomainRow = DomainsPageData["domains"][number];
