// The activity log page's data for a member allowed to read it: one keyset page of events
// (lib/activity/event-page.ts) for the URL's filters, the names of the people the filters hold,
// and what the viewer may do with the log (export it, verify it).
import "server-only";
import { getDb } from "@/db";
import { nameAuditFilterPeople } from "@/db/queries/audit-log";
import type { OrgContext } from "@/lib/auth/org-context";
import { can } from "@/lib/permissions";
import { activityFilter, type ActivitySearch } from "@/lib/validation/activity-search";
import { loadEventPage, type EventPage } from "./event-page";

export type { ActivityRow } from "./event-page";

export interface ActivityPage extends EventPage {
  filterNames: { actors: Record<string, string>; members: Record<string, string> };
  canExport: boolean;
  canVerify: boolean;
  now: number;
}

export async function loadActivityPage({ organization, member }: OrgContext, search: ActivitySearch): Promise<ActivityPage> {
  const db = await getDb();
  const organizationId = organization.id;
  const [events, names] = await Promise.all([
    loadEventPage(db, { organizationId, filter: activityFilter(search), cursor: search.cursor, page: search.page, pageSize: search.pageSize }),
    nameAuditFilterPeople(db, { organizationId, actorUserIds: search.actor, targetIds: search.member }),
  ]);
  return {
    ...events,
    filterNames: { actors: Object.fromEntries(names.actors), members: Object.fromEntries(names.targets) },
    canExport: can(member, "audit.view"),
    canVerify: can(member, "audit.verify"),
    now: Date.now(),
  };
}
