// Access reviews: reading them (the list with progress, one review with its reviewers, its items
// a page at a time, the report's counts and its rows in batches) and writing them (the review,
// its reviewers, a snapshot of every person in scope, decisions, the end of a review, and the
// worker's claim on overdue reviews to remind). Organization-scoped in every where clause.
import "server-only";
import { and, asc, desc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { accessReviewItems, accessReviewReviewers, accessReviews, members, teamMembers } from "@/db/schema";
import type { AccessReviewStatus, ReviewDecision, Role } from "@/db/schema/enums";
import { isUuid } from "./members";

export type AccessReviewScope = { kind: "everyone" } | { kind: "team"; teamId: string; teamName: string } | { kind: "role"; role: Role } | { kind: "inactive"; days: number };

export interface AccessReviewSummary {
  id: string;
  name: string;
  scope: AccessReviewScope;
  status: AccessReviewStatus;
  dueAt: Date;
  createdAt: Date;
  completedAt: Date | null;
  items: number;
  decided: number;
  reviewers: { memberId: string; name: string }[];
}

// ---------------------------------------------------------------------------------------------
// Who is in scope

export interface ScopeMember {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** Active members of the scope (inactive: `ids` from the overview's query), by name. */
export async function membersInScope(
  db: Queryable,
  { organizationId, scope, inactiveIds }: { organizationId: string; scope: AccessReviewScope; inactiveIds?: readonly string[] },
): Promise<ScopeMember[]> {
  const conditions = [eq(members.organizationId, organizationId), eq(members.status, "active")];
  if (scope.kind === "role") conditions.push(eq(members.role, scope.role));
  if (scope.kind === "team") {
    conditions.push(
      sql`${members.id} in (select ${teamMembers.memberId} from ${teamMembers} where ${teamMembers.organizationId} = ${organizationId} and ${teamMembers.teamId} = ${scope.teamId})`,
    );
  }
  if (scope.kind === "inactive") {
    if (!inactiveIds || inactiveIds.length === 0) return [];
    conditions.push(inArray(members.id, [...inactiveIds]));
  }
  return db
    .select({ id: members.id, name: members.name, email: members.email, role: members.role })
    .from(members)
    .where(and(...conditions))
    .orderBy(asc(members.name), asc(members.id));
}

/** Members among `memberIds` who are active and hold one of `roles` (the reviewers chosen). */
export async function activeMembersWithRoles(
  db: Queryable,
  { organizationId, memberIds, roles }: { organizationId: string; memberIds: readonly string[]; roles: readonly Role[] },
): Promise<{ id: string; name: string; email: string; role: Role }[]> {
  const ids = memberIds.filter(isUuid);
  if (ids.length === 0) return [];
  return db
    .select({ id: members.id, name: members.name, email: members.email, role: members.role })
    .from(members)
    .where(and(eq(members.organizationId, organizationId), inArray(members.id, ids), eq(members.status, "active"), inArray(members.role, [...roles])));
}

// ---------------------------------------------------------------------------------------------
// Writes

export async function insertAccessReview(
  tx: Queryable,
  review: { organizationId: string; name: string; scope: AccessReviewScope; dueAt: Date; createdByUserId: string | null },
): Promise<{ id: string }> {
  const [row] = await tx.insert(accessReviews).values(review).returning({ id: accessReviews.id });
  return row!;
}

export async function insertReviewers(tx: Queryable, { reviewId, memberIds }: { reviewId: string; memberIds: readonly string[] }): Promise<void> {
  if (memberIds.length === 0) return;
  await tx.insert(accessReviewReviewers).values(memberIds.map((memberId) => ({ reviewId, memberId })));
}

/** The people under review, as they are now (a snapshot the report keeps if they leave). */
export async function insertReviewItems(
  tx: Queryable,
  { reviewId, organizationId, people }: { reviewId: string; organizationId: string; people: readonly ScopeMember[] },
): Promise<void> {
  for (let start = 0; start < people.length; start += 1_000) {
    const json = JSON.stringify(people.slice(start, start + 1_000).map((p) => ({ member_id: p.id, member_name: p.name, member_email: p.email, role_at_start: p.role })));
    await tx.execute(sql`
      insert into access_review_items (review_id, organization_id, member_id, member_name, member_email, role_at_start)
      select ${reviewId}::uuid, ${organizationId}::uuid, member_id, member_name, member_email, role_at_start
      from json_to_recordset(${json}::json) as r(member_id uuid, member_name text, member_email text, role_at_start member_role)`);
  }
}

export async function setReviewItemDecision(
  tx: Queryable,
  { organizationId, itemId }: { organizationId: string; itemId: string },
  decision: { decision: ReviewDecision; newRole: Role | null; note: string | null; decidedByUserId: string; outcome: string },
): Promise<void> {
  await tx
    .update(accessReviewItems)
    .set({ ...decision, decidedAt: new Date() })
    .where(and(eq(accessReviewItems.organizationId, organizationId), eq(accessReviewItems.id, itemId)));
}

export async function closeAccessReview(
  tx: Queryable,
  { organizationId, reviewId, status }: { organizationId: string; reviewId: string; status: "completed" | "cancelled" },
): Promise<void> {
  await tx
    .update(accessReviews)
    .set({ status, completedAt: new Date() })
    .where(and(eq(accessReviews.organizationId, organizationId), eq(accessReviews.id, reviewId)));
}

// ---------------------------------------------------------------------------------------------
// Reads

const progress = {
  items: sql<number>`(select count(*)::int from ${accessReviewItems} i where i.review_id = ${accessReviews.id})`,
  decided: sql<number>`(select count(*)::int from ${accessReviewItems} i where i.review_id = ${accessReviews.id} and i.decision is not null)`,
};

async function reviewersOf(db: Queryable, reviewIds: string[]): Promise<Map<string, { memberId: string; name: string; email: string; role: Role; userId: string | null }[]>> {
  const byReview = new Map<string, { memberId: string; name: string; email: string; role: Role; userId: string | null }[]>();
  if (reviewIds.length === 0) return byReview;
  const rows = await db
    .select({ reviewId: accessReviewReviewers.reviewId, memberId: members.id, name: members.name, email: members.email, role: members.role, userId: members.userId })
    .from(accessReviewReviewers)
    .innerJoin(members, eq(members.id, accessReviewReviewers.memberId))
    .where(inArray(accessReviewReviewers.reviewId, reviewIds))
    .orderBy(asc(members.name));
  for (const { reviewId, ...reviewer } of rows) byReview.set(reviewId, [...(byReview.get(reviewId) ?? []), reviewer]);
  return byReview;
}

/** The organization's reviews, newest first. */
export async function listAccessReviews(
  db: Queryable,
  { organizationId, limit, offset }: { organizationId: string; limit: number; offset: number },
): Promise<{ rows: AccessReviewSummary[]; total: number }> {
  const [rows, [count]] = await Promise.all([
    db
      .select({ id: accessReviews.id, name: accessReviews.name, scope: accessReviews.scope, status: accessReviews.status, dueAt: accessReviews.dueAt, createdAt: accessReviews.createdAt, completedAt: accessReviews.completedAt, ...progress })
      .from(accessReviews)
      .where(eq(accessReviews.organizationId, organizationId))
      .orderBy(desc(accessReviews.createdAt), desc(accessReviews.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: sql<number>`count(*)::int` }).from(accessReviews).where(eq(accessReviews.organizationId, organizationId)),
  ]);
  const reviewers = await reviewersOf(db, rows.map((row) => row.id));
  return {
    rows: rows.map((row) => ({ ...row, scope: row.scope as AccessReviewScope, reviewers: (reviewers.get(row.id) ?? []).map(({ memberId, name }) => ({ memberId, name })) })),
    total: count?.n ?? 0,
  };
}

export interface AccessReviewDetail extends Omit<AccessReviewSummary, "reviewers"> {
  lastReminderAt: Date | null;
  reviewers: { memberId: string; name: string; email: string; role: Role; userId: string | null }[];
}

export async function getAccessReview(db: Queryable, { organizationId, reviewId }: { organizationId: string; reviewId: string }): Promise<AccessReviewDetail | null> {
  if (!isUuid(reviewId)) return null;
  const [row] = await db
    .select({
      id: accessReviews.id,
      name: accessReviews.name,
      scope: accessReviews.scope,
      status: accessReviews.status,
      dueAt: accessReviews.dueAt,
      createdAt: accessReviews.createdAt,
      completedAt: accessReviews.completedAt,
      lastReminderAt: accessReviews.lastReminderAt,
      ...progress,
    })
    .from(accessReviews)
    .where(and(eq(accessReviews.organizationId, organizationId), eq(accessReviews.id, reviewId)));
  if (!row) return null;
  const reviewers = await reviewersOf(db, [row.id]);
  return { ...row, scope: row.scope as AccessReviewScope, reviewers: reviewers.get(row.id) ?? [] };
}

/** The review, locked for a decision or its end (FOR UPDATE), or null. */
export async function lockAccessReview(tx: Queryable, { organizationId, reviewId }: { organizationId: string; reviewId: string }) {
  if (!isUuid(reviewId)) return null;
  const [row] = await tx
    .select()
    .from(accessReviews)
    .where(and(eq(accessReviews.organizationId, organizationId), eq(accessReviews.id, reviewId)))
    .for("update");
  return row ?? null;
}

export async function isReviewer(db: Queryable, { reviewId, memberId }: { reviewId: string; memberId: string }): Promise<boolean> {
  const rows = await db
    .select({ one: sql`1` })
    .from(accessReviewReviewers)
    .where(and(eq(accessReviewReviewers.reviewId, reviewId), eq(accessReviewReviewers.memberId, memberId)))
    .limit(1);
  return rows.length > 0;
}

export async function lockReviewItem(tx: Queryable, { organizationId, reviewId, itemId }: { organizationId: string; reviewId: string; itemId: string }) {
  if (!isUuid(itemId)) return null;
  const [row] = await tx
    .select()
    .from(accessReviewItems)
    .where(and(eq(accessReviewItems.organizationId, organizationId), eq(accessReviewItems.reviewId, reviewId), eq(accessReviewItems.id, itemId)))
    .for("update");
  return row ?? null;
}

export interface ReviewItemRow {
  id: string;
  memberId: string | null;
  memberName: string;
  memberEmail: string;
  roleAtStart: Role;
  /** The member as they are now (null once removed). */
  currentRole: Role | null;
  lastActiveAt: Date | null;
  decision: ReviewDecision | null;
  newRole: Role | null;
  note: string | null;
  decidedAt: Date | null;
  decidedByName: string | null;
  outcome: string | null;
}

const ITEM_FIELDS = {
  id: accessReviewItems.id,
  memberId: accessReviewItems.memberId,
  memberName: accessReviewItems.memberName,
  memberEmail: accessReviewItems.memberEmail,
  roleAtStart: accessReviewItems.roleAtStart,
  currentRole: members.role,
  lastActiveAt: members.lastActiveAt,
  decision: accessReviewItems.decision,
  newRole: accessReviewItems.newRole,
  note: accessReviewItems.note,
  decidedAt: accessReviewItems.decidedAt,
  decidedByName: sql<string | null>`(select coalesce(u.name, u.email) from users u where u.id = ${accessReviewItems.decidedByUserId})`,
  outcome: accessReviewItems.outcome,
};

/** A page of the review's people by name; `undecided` keeps only those waiting for a decision. */
export async function listReviewItems(
  db: Queryable,
  { organizationId, reviewId, undecided, limit, offset }: { organizationId: string; reviewId: string; undecided: boolean; limit: number; offset: number },
): Promise<{ rows: ReviewItemRow[]; total: number }> {
  const where = and(eq(accessReviewItems.organizationId, organizationId), eq(accessReviewItems.reviewId, reviewId), undecided ? isNull(accessReviewItems.decision) : undefined);
  const [rows, [count]] = await Promise.all([
    db
      .select(ITEM_FIELDS)
      .from(accessReviewItems)
      .leftJoin(members, and(eq(members.id, accessReviewItems.memberId), eq(members.organizationId, organizationId)))
      .where(where)
      .orderBy(asc(accessReviewItems.memberName), asc(accessReviewItems.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: sql<number>`count(*)::int` }).from(accessReviewItems).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

/** Every item of the review by name, in batches (the report's CSV). */
export async function* reviewItemBatches(db: Queryable, { organizationId, reviewId, batchSize = 1_000 }: { organizationId: string; reviewId: string; batchSize?: number }): AsyncGenerator<ReviewItemRow[]> {
  let after: { name: string; id: string } | null = null;
  for (;;) {
    const rows: ReviewItemRow[] = await db
      .select(ITEM_FIELDS)
      .from(accessReviewItems)
      .leftJoin(members, and(eq(members.id, accessReviewItems.memberId), eq(members.organizationId, organizationId)))
      .where(
        and(
          eq(accessReviewItems.organizationId, organizationId),
          eq(accessReviewItems.reviewId, reviewId),
          after ? sql`(${accessReviewItems.memberName}, ${accessReviewItems.id}) > (${after.name}, ${after.id}::uuid)` : undefined,
        ),
      )
      .orderBy(asc(accessReviewItems.memberName), asc(accessReviewItems.id))
      .limit(batchSize);
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    const last = rows[rows.length - 1]!;
    after = { name: last.memberName, id: last.id };
  }
}

export interface ReviewCounts {
  total: number;
  keep: number;
  changeRole: number;
  remove: number;
  undecided: number;
}

export async function countReviewDecisions(db: Queryable, { organizationId, reviewId }: { organizationId: string; reviewId: string }): Promise<ReviewCounts> {
  const [row] = await db
    .select({
      total: sql<number>`count(*)::int`,
      keep: sql<number>`(count(*) filter (where ${accessReviewItems.decision} = 'keep'))::int`,
      changeRole: sql<number>`(count(*) filter (where ${accessReviewItems.decision} = 'change_role'))::int`,
      remove: sql<number>`(count(*) filter (where ${accessReviewItems.decision} = 'remove'))::int`,
      undecided: sql<number>`(count(*) filter (where ${accessReviewItems.decision} is null))::int`,
    })
    .from(accessReviewItems)
    .where(and(eq(accessReviewItems.organizationId, organizationId), eq(accessReviewItems.reviewId, reviewId)));
  return { total: row?.total ?? 0, keep: row?.keep ?? 0, changeRole: row?.changeRole ?? 0, remove: row?.remove ?? 0, undecided: row?.undecided ?? 0 };
}

/** Open reviews where `memberId` is a reviewer and decisions are still owed (their to-do). */
export async function listOpenReviewsFor(db: Queryable, { organizationId, memberId }: { organizationId: string; memberId: string }) {
  return db
    .select({ id: accessReviews.id, name: accessReviews.name, dueAt: accessReviews.dueAt })
    .from(accessReviews)
    .innerJoin(accessReviewReviewers, and(eq(accessReviewReviewers.reviewId, accessReviews.id), eq(accessReviewReviewers.memberId, memberId)))
    .where(and(eq(accessReviews.organizationId, organizationId), eq(accessReviews.status, "open")))
    .orderBy(asc(accessReviews.dueAt));
}

// ---------------------------------------------------------------------------------------------
// Reminders

export interface ClaimedReview {
  id: string;
  organizationId: string;
  name: string;
  dueAt: Date;
}

/**
 * Claims open reviews past their due date whose reviewers were last reminded before
 * `remindedBefore` (or never), by stamping last_reminder_at = now. The update re-checks its
 * condition on each row it locks, so when several instances sweep at once each review is claimed
 * by exactly one of them.
 */
export async function claimOverdueReviews(db: Queryable, { now, remindedBefore, limit }: { now: Date; remindedBefore: Date; limit: number }): Promise<ClaimedReview[]> {
  const due = db
    .select({ id: accessReviews.id })
    .from(accessReviews)
    .where(
      and(
        eq(accessReviews.status, "open"),
        lt(accessReviews.dueAt, now),
        or(isNull(accessReviews.lastReminderAt), lt(accessReviews.lastReminderAt, remindedBefore)),
      ),
    )
    .limit(limit);
  return db
    .update(accessReviews)
    .set({ lastReminderAt: now })
    .where(
      and(
        inArray(accessReviews.id, due),
        eq(accessReviews.status, "open"),
        or(isNull(accessReviews.lastReminderAt), lt(accessReviews.lastReminderAt, remindedBefore)),
      ),
    )
    .returning({ id: accessReviews.id, organizationId: accessReviews.organizationId, name: accessReviews.name, dueAt: accessReviews.dueAt });
}

/** Reviewers of a review who still owe decisions (those with none left aren't reminded). */
export async function reviewersOwingDecisions(db: Queryable, { reviewId }: { reviewId: string }) {
  const pending = await db.select({ n: sql<number>`count(*)::int` }).from(accessReviewItems).where(and(eq(accessReviewItems.reviewId, reviewId), isNull(accessReviewItems.decision)));
  if ((pending[0]?.n ?? 0) === 0) return [];
  return db
    .select({ memberId: members.id, name: members.name, email: members.email })
    .from(accessReviewReviewers)
    .innerJoin(members, and(eq(members.id, accessReviewReviewers.memberId), eq(members.status, "active")))
    .where(eq(accessReviewReviewers.reviewId, reviewId));
}
