// A member's profile page: their details and teams, when they were invited and joined, their last
// sign-in and last activity; for those who may read the audit log, their role history and their
// timeline (events about them and by them, a keyset page at a time).
import "server-only";
import { getDb } from "@/db";
import { getMemberDetail } from "@/db/queries/members";
import { getMemberProfileFacts, listRoleEvents } from "@/db/queries/member-profile";
import { loadEventPage, type EventPage } from "@/lib/activity/event-page";
import { describeAuditEvent } from "@/lib/activity/describe-event";
import type { OrgContext } from "@/lib/auth/org-context";
import { can, ROLE_LABELS, type Role } from "@/lib/permissions";
import { TIMELINE_PAGE_SIZE, type MemberProfileSearch } from "@/lib/validation/member-profile-search";

/** Events that give a member a role: invited or added with one, joining, changes, ownership. */
const ROLE_ACTIONS = [
  "member.invited",
  "member.created",
  "invitation.accepted",
  "member.role_changed",
  "member.updated",
  "organization.ownership_transferred",
];

export interface RoleHistoryEntry {
  at: Date;
  /** "Invited as", "Joined as", "Changed to". */
  how: string;
  from: string | null;
  to: string;
  by: string | null;
}

function roleLabel(role: unknown): string | null {
  return typeof role === "string" && role in ROLE_LABELS ? ROLE_LABELS[role as Role] : null;
}

export async function loadMemberProfile({ organization, member: viewer }: OrgContext, memberId: string, search: MemberProfileSearch) {
  const db = await getDb();
  const organizationId = organization.id;
  const [detail, facts] = await Promise.all([
    getMemberDetail(db, { organizationId, memberId, includeActivity: false }),
    getMemberProfileFacts(db, { organizationId, memberId }),
  ]);
  if (!detail || !facts) return null;
  const showActivity = can(viewer, "audit.view");
  const [timeline, roleEvents] = showActivity
    ? await Promise.all([
        loadEventPage(db, {
          organizationId,
          filter: { involving: { memberId: detail.id, userId: facts.userId } },
          cursor: search.cursor,
          page: search.page,
          pageSize: TIMELINE_PAGE_SIZE,
        }),
        listRoleEvents(db, { organizationId, memberId: detail.id, actions: ROLE_ACTIONS }),
      ])
    : [null, []];

  const roleHistory: RoleHistoryEntry[] = roleEvents.flatMap((event) => {
    const by = event.actorName ?? event.actorEmail;
    const role = event.metadata.role;
    if (event.action === "member.invited" || event.action === "member.created") {
      const to = roleLabel(role);
      return to ? [{ at: event.createdAt, how: event.action === "member.invited" ? "Invited as" : "Added as", from: null, to, by }] : [];
    }
    if (event.action === "invitation.accepted") {
      const to = roleLabel(role);
      return to ? [{ at: event.createdAt, how: "Joined as", from: null, to, by: null }] : [];
    }
    if (event.action === "organization.ownership_transferred") return [{ at: event.createdAt, how: "Became", from: "Admin", to: "Owner", by }];
    const change = describeAuditEvent(event).changes.find((c) => c.field === "Role");
    return change?.after ? [{ at: event.createdAt, how: "Changed to", from: change.before, to: change.after, by }] : [];
  });

  return {
    member: detail,
    facts,
    roleHistory,
    timeline: timeline satisfies EventPage | null,
    showActivity,
    canViewInList: true,
    now: Date.now(),
  };
}

export type MemberProfile = NonNullable<Awaited<ReturnType<typeof loadMemberProfile>>>;
