// The access review pages' data: the organization's reviews with their progress; what the
// new-review form offers (teams, roles, reviewers: active Managers and above); one review with its
// people a page at a time, whether the viewer reviews it, and what the rules let them decide.
import "server-only";
import { getDb } from "@/db";
import { countReviewDecisions, getAccessReview, listAccessReviews, listReviewItems, type ReviewItemRow } from "@/db/queries/access-reviews";
import { findMember } from "@/db/queries/member-writes";
import { listActiveMembersWithRoles } from "@/db/queries/members";
import { listTeams } from "@/db/queries/teams";
import type { OrgContext } from "@/lib/auth/org-context";
import { whyCannotChangeRole, whyCannotRemove } from "@/lib/members/rules";
import { assignableRoles, can } from "@/lib/permissions";
import { REVIEW_ITEMS_PAGE_SIZE, REVIEW_LIST_PAGE_SIZE, type ReviewItemsSearch, type ReviewListSearch } from "@/lib/validation/access-review-search";

const pageOf = (page: number, total: number, size: number) => Math.min(page, Math.max(1, Math.ceil(total / size)));

export async function loadReviewList({ organization, member }: OrgContext, search: ReviewListSearch) {
  const db = await getDb();
  const page = search.page;
  const list = await listAccessReviews(db, { organizationId: organization.id, limit: REVIEW_LIST_PAGE_SIZE, offset: (page - 1) * REVIEW_LIST_PAGE_SIZE });
  return {
    ...list,
    page: pageOf(page, list.total, REVIEW_LIST_PAGE_SIZE),
    pageCount: Math.max(1, Math.ceil(list.total / REVIEW_LIST_PAGE_SIZE)),
    canStart: can(member, "members.remove"),
    now: Date.now(),
  };
}

export async function loadNewReviewForm({ organization }: OrgContext) {
  const db = await getDb();
  const [teams, reviewers] = await Promise.all([
    listTeams(db, { organizationId: organization.id }),
    listActiveMembersWithRoles(db, { organizationId: organization.id, roles: ["owner", "admin", "manager"] }),
  ]);
  return { teams, reviewers };
}

export interface ReviewItemView extends ReviewItemRow {
  /** Why the viewer may not decide for this person at all (null: they may). */
  blocked: string | null;
  /** Why each decision is not open to the viewer (null: it is). */
  reasons: { changeRole: string | null; remove: string | null };
}

export async function loadReview({ organization, member: viewer }: OrgContext, reviewId: string, search: ReviewItemsSearch) {
  const db = await getDb();
  const organizationId = organization.id;
  const review = await getAccessReview(db, { organizationId, reviewId });
  if (!review) return null;
  const isReviewer = review.reviewers.some((r) => r.memberId === viewer.id);
  const open = review.status === "open";
  const show = search.show ?? (open && isReviewer ? "waiting" : "all");
  let page = search.page;
  let items = await listReviewItems(db, { organizationId, reviewId, undecided: show === "waiting", limit: REVIEW_ITEMS_PAGE_SIZE, offset: (page - 1) * REVIEW_ITEMS_PAGE_SIZE });
  if (items.rows.length === 0 && page > 1) {
    page = pageOf(page, items.total, REVIEW_ITEMS_PAGE_SIZE);
    items = await listReviewItems(db, { organizationId, reviewId, undecided: show === "waiting", limit: REVIEW_ITEMS_PAGE_SIZE, offset: (page - 1) * REVIEW_ITEMS_PAGE_SIZE });
  }
  const counts = await countReviewDecisions(db, { organizationId, reviewId });

  // What the same rules as the members page let the viewer do to each person now.
  const rows: ReviewItemView[] = await Promise.all(
    items.rows.map(async (item) => {
      const target = item.memberId && open && isReviewer ? await findMember(db, { organizationId, memberId: item.memberId }) : null;
      let blocked: string | null = null;
      if (!open) blocked = "This review is over.";
      else if (!isReviewer) blocked = "Only this review's reviewers decide.";
      else if (!item.memberId || !target) blocked = `${item.memberName} is no longer a member.`;
      else if (item.memberId === viewer.id) blocked = "You can't review your own access.";
      const other = assignableRoles(viewer).find((role) => role !== target?.role);
      return {
        ...item,
        blocked,
        reasons: {
          changeRole: target ? (other ? whyCannotChangeRole(viewer, target, other) : "There is no other role you can give.") : null,
          remove: target ? whyCannotRemove(viewer, target) : null,
        },
      };
    }),
  );
  return {
    review,
    counts,
    items: { rows, total: items.total, page, pageCount: Math.max(1, Math.ceil(items.total / REVIEW_ITEMS_PAGE_SIZE)) },
    show,
    isReviewer,
    canClose: open && can(viewer, "members.remove"),
    assignableRoles: assignableRoles(viewer),
    now: Date.now(),
  };
}

export type ReviewPage = NonNullable<Awaited<ReturnType<typeof loadReview>>>;
