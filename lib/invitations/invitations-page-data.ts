// The Invitations page's data for a member who may invite: one page of invitations (status and
// email filters from the URL), the counts per status and the teams the Change dialog offers.
import "server-only";
import { getDb } from "@/db";
import { countInvitationsByStatus, listInvitations } from "@/db/queries/invitations";
import { listTeams } from "@/db/queries/teams";
import type { OrgContext } from "@/lib/auth/org-context";
import type { InvitationsSearch } from "@/lib/validation/invitations-search";

export async function loadInvitationsPage({ organization }: OrgContext, search: InvitationsSearch) {
  const db = await getDb();
  const organizationId = organization.id;
  const status = search.status === "all" ? null : search.status;
  const [list, counts, teams] = await Promise.all([
    listInvitations(db, { organizationId, status, q: search.q, page: search.page, pageSize: search.pageSize }),
    countInvitationsByStatus(db, { organizationId }),
    listTeams(db, { organizationId }),
  ]);
  // Relative times ("in 6 days") are computed from this on the server and in the browser alike.
  return { list, counts, teams, now: Date.now() };
}
