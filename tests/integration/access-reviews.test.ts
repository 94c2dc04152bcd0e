// Access reviews end to end through their actions, on both drivers: an Admin starts a review of a
// scope with Manager+ reviewers (emailed), reviewers decide Keep / Change role / Remove with a note
// — applied through the members page's own rules, each decision audited once — a reviewer who may
// not make a change is refused with the rule's reason and nothing changes, the review ends with a
// report, and an overdue review reminds its reviewers through the worker exactly once per day.
import { and, asc, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessReviewItems, accessReviews, auditEvents, emailOutbox, members, teamMembers, teams } from "@/db/schema";
import { closeAccessReview } from "@/lib/actions/access-reviews/close-access-review";
import { startAccessReview } from "@/lib/actions/access-reviews/start-access-review";
import { decideAccessReview } from "@/lib/actions/members/decide-access-review";
import { remindOverdueReviews } from "@/lib/access-reviews/reminders";
import { reviewReportStream } from "@/lib/access-reviews/review-report";
import { createOrgFixture, type OrgFixture } from "../helpers/org-fixture";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

describe.each(drivers)("access reviews (%s)", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
  });

  const eventsOf = (organizationId: string, action?: string) =>
    t.db.select().from(auditEvents).where(and(eq(auditEvents.organizationId, organizationId), action ? eq(auditEvents.action, action) : undefined)).orderBy(asc(auditEvents.seq));
  const itemOf = async (reviewId: string, memberId: string) =>
    (await t.db.select().from(accessReviewItems).where(and(eq(accessReviewItems.reviewId, reviewId), eq(accessReviewItems.memberId, memberId))))[0]!;

  async function start(org: OrgFixture, overrides: Record<string, unknown> = {}) {
    const result = await startAccessReview.run(t.db, org.byRole.admin.identity, org.slug, {
      name: "Q3 review",
      scope: { kind: "everyone" },
      reviewerIds: [org.byRole.manager.member.id, org.byRole.admin.member.id],
      dueOn: inDays(14),
      ...overrides,
    });
    if (!result.ok) throw new Error(result.error);
    return result.data.id;
  }

  it("an Admin starts a review of everyone: a snapshot of each active member, reviewers emailed, one audit event", async () => {
    const org = await createOrgFixture(t.db, { base: "review" });
    const before = (await eventsOf(org.organization.id)).length;
    const reviewId = await start(org);
    const items = await t.db.select().from(accessReviewItems).where(eq(accessReviewItems.reviewId, reviewId));
    // Six active members, one per role; the disabled Developer has no access to review.
    expect(items.map((item) => item.roleAtStart).sort()).toEqual(["admin", "analyst", "developer", "manager", "owner", "viewer"]);
    const mail = await t.db.select().from(emailOutbox).where(and(eq(emailOutbox.organizationId, org.organization.id), eq(emailOutbox.template, "access-review-assigned")));
    expect(mail.map((m) => m.to).sort()).toEqual([org.byRole.admin.member.email, org.byRole.manager.member.email].sort());
    expect(mail[0]!.text).toContain(`/orgs/${org.slug}/activity/reviews/${reviewId}`);
    const events = await eventsOf(org.organization.id);
    expect(events.length - before).toBe(1);
    expect(events.at(-1)).toMatchObject({ action: "access_review.started", targetType: "access_review", targetId: reviewId, metadata: expect.objectContaining({ people: 6, reviewers: 2 }) });
  });

  it("refuses a Manager starting one, and reviewers below Manager — writing nothing", async () => {
    const org = await createOrgFixture(t.db, { base: "review" });
    const input = { name: "Nope", scope: { kind: "everyone" }, reviewerIds: [org.byRole.manager.member.id], dueOn: inDays(3) };
    expect(await startAccessReview.run(t.db, org.byRole.manager.identity, org.slug, input)).toMatchObject({ ok: false, code: "forbidden" });
    const withDeveloper = await startAccessReview.run(t.db, org.byRole.admin.identity, org.slug, { ...input, reviewerIds: [org.byRole.developer.member.id] });
    expect(withDeveloper).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { reviewerIds: [expect.stringContaining("Managers, Admins or Owners")] } });
    const pastDue = await startAccessReview.run(t.db, org.byRole.admin.identity, org.slug, { ...input, dueOn: "2020-01-01" });
    expect(pastDue).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { dueOn: [expect.any(String)] } });
    expect(await t.db.select().from(accessReviews).where(eq(accessReviews.organizationId, org.organization.id))).toEqual([]);
  });

  it("scopes to a team, a role, or the inactive", async () => {
    const org = await createOrgFixture(t.db, { base: "review" });
    const [team] = await t.db.insert(teams).values({ organizationId: org.organization.id, name: "Platform" }).returning();
    await t.db.insert(teamMembers).values([org.byRole.developer, org.byRole.viewer].map((m) => ({ organizationId: org.organization.id, teamId: team!.id, memberId: m.member.id })));
    await t.db.update(members).set({ lastActiveAt: new Date() }).where(eq(members.organizationId, org.organization.id));
    await t.db.update(members).set({ lastActiveAt: new Date(Date.now() - 40 * 24 * 3600 * 1000) }).where(eq(members.id, org.byRole.analyst.member.id));
    const people = async (id: string) => (await t.db.select().from(accessReviewItems).where(eq(accessReviewItems.reviewId, id))).map((i) => i.memberId).sort();
    expect(await people(await start(org, { scope: { kind: "team", teamId: team!.id } }))).toEqual([org.byRole.developer.member.id, org.byRole.viewer.member.id].sort());
    expect(await people(await start(org, { scope: { kind: "role", role: "manager" } }))).toEqual([org.byRole.manager.member.id]);
    expect(await people(await start(org, { scope: { kind: "inactive" } }))).toEqual([org.byRole.analyst.member.id]);
    const empty = await startAccessReview.run(t.db, org.byRole.admin.identity, org.slug, {
      name: "No one",
      scope: { kind: "role", role: "owner" },
      reviewerIds: [org.byRole.admin.member.id],
      dueOn: inDays(2),
    });
    expect(empty).toMatchObject({ ok: true }); // the Owner
  });

  describe("decisions", () => {
    let org: OrgFixture;
    let reviewId: string;
    beforeAll(async () => {
      org = await createOrgFixture(t.db, { base: "review" });
      reviewId = await start(org);
    });
    const decide = (who: keyof OrgFixture["byRole"], memberId: string, decision: Record<string, unknown>) =>
      t.db
        .select({ id: accessReviewItems.id })
        .from(accessReviewItems)
        .where(and(eq(accessReviewItems.reviewId, reviewId), eq(accessReviewItems.memberId, memberId)))
        .then(([item]) => decideAccessReview.run(t.db, org.byRole[who].identity, org.slug, { reviewId, itemId: item!.id, ...decision }));

    it("Keep: recorded with the note, audited once as access_review.kept", async () => {
      const viewer = org.byRole.viewer.member;
      const before = (await eventsOf(org.organization.id)).length;
      expect(await decide("manager", viewer.id, { decision: "keep", note: "Needs the dashboards" })).toMatchObject({ ok: true, data: { decision: "keep" } });
      expect(await itemOf(reviewId, viewer.id)).toMatchObject({ decision: "keep", note: "Needs the dashboards", decidedByUserId: org.byRole.manager.identity.user!.id, outcome: "Kept as Viewer" });
      const events = await eventsOf(org.organization.id);
      expect(events.length - before).toBe(1);
      expect(events.at(-1)).toMatchObject({ action: "access_review.kept", targetId: viewer.id, metadata: expect.objectContaining({ reviewId, note: "Needs the dashboards" }) });
    });

    it("Change role: applied like the role menu (role written, member emailed), audited once as member.role_changed naming the review", async () => {
      const analyst = org.byRole.analyst.member;
      const before = (await eventsOf(org.organization.id)).length;
      expect(await decide("manager", analyst.id, { decision: "change_role", newRole: "viewer", note: "Read-only is enough" })).toMatchObject({ ok: true });
      expect((await t.db.select().from(members).where(eq(members.id, analyst.id)))[0]!.role).toBe("viewer");
      const events = await eventsOf(org.organization.id);
      expect(events.length - before).toBe(1);
      expect(events.at(-1)).toMatchObject({ action: "member.role_changed", targetId: analyst.id, metadata: expect.objectContaining({ from: "analyst", to: "viewer", reviewId, note: "Read-only is enough" }) });
      const mail = await t.db.select().from(emailOutbox).where(and(eq(emailOutbox.to, analyst.email), eq(emailOutbox.template, "role-changed")));
      expect(mail).toHaveLength(1);
    });

    it("a reviewer who tries to remove someone above their rank is refused with the rule's reason, and nothing changes", async () => {
      const owner = org.byRole.owner.member;
      const before = await eventsOf(org.organization.id);
      const result = await decide("admin", owner.id, { decision: "remove", note: "Gone" });
      expect(result).toEqual({ ok: false, code: "forbidden", error: "Only an Owner can change an Owner." });
      expect(await t.db.select().from(members).where(eq(members.id, owner.id))).toHaveLength(1);
      expect(await itemOf(reviewId, owner.id)).toMatchObject({ decision: null, note: null, outcome: null });
      expect(await eventsOf(org.organization.id)).toEqual(before);
    });

    it("a Manager may not remove anyone (the members page's rule), nor give a role above theirs", async () => {
      const developer = org.byRole.developer.member;
      expect(await decide("manager", developer.id, { decision: "remove" })).toEqual({ ok: false, code: "forbidden", error: "You don't have permission to remove members." });
      expect(await decide("manager", developer.id, { decision: "change_role", newRole: "admin" })).toEqual({ ok: false, code: "forbidden", error: "You can only assign roles below Manager." });
      expect(await itemOf(reviewId, developer.id)).toMatchObject({ decision: null });
    });

    it("Remove: applied like Remove on the members page, audited once as member.removed naming the review; the report keeps the person", async () => {
      const developer = org.byRole.developer.member;
      const before = (await eventsOf(org.organization.id)).length;
      expect(await decide("admin", developer.id, { decision: "remove", note: "Left the company" })).toMatchObject({ ok: true });
      expect(await t.db.select().from(members).where(eq(members.id, developer.id))).toEqual([]);
      const events = await eventsOf(org.organization.id);
      expect(events.length - before).toBe(1);
      expect(events.at(-1)).toMatchObject({ action: "member.removed", targetId: developer.id, targetEmail: developer.email, metadata: expect.objectContaining({ reviewId, note: "Left the company" }) });
      const [item] = await t.db.select().from(accessReviewItems).where(and(eq(accessReviewItems.reviewId, reviewId), eq(accessReviewItems.memberName, developer.name)));
      expect(item).toMatchObject({ memberId: null, decision: "remove", outcome: "Removed from the organization" });
    });

    it("refuses reviewing oneself, non-reviewers, deciding twice and unknown ids", async () => {
      expect(await decide("admin", org.byRole.admin.member.id, { decision: "keep" })).toMatchObject({ ok: false, error: "You can't review your own access. Another reviewer has to." });
      expect(await decide("owner", org.byRole.manager.member.id, { decision: "keep" })).toMatchObject({ ok: false, error: "Only this review's reviewers can decide." });
      expect(await decide("admin", org.byRole.viewer.member.id, { decision: "keep" })).toMatchObject({ ok: false, code: "conflict" });
      const other = await createOrgFixture(t.db, { base: "review" });
      const theirs = await start(other);
      const [theirItem] = await t.db.select().from(accessReviewItems).where(eq(accessReviewItems.reviewId, theirs));
      expect(await decideAccessReview.run(t.db, org.byRole.admin.identity, org.slug, { reviewId: theirs, itemId: theirItem!.id, decision: "keep" })).toMatchObject({ ok: false, code: "not_found" });
      expect(await decideAccessReview.run(t.db, org.byRole.admin.identity, org.slug, { reviewId, itemId: "nope", decision: "keep" })).toMatchObject({ ok: false, code: "invalid_input" });
    });

    it("ends with a report: counts, and every decision as CSV", async () => {
      const closed = await closeAccessReview.run(t.db, org.byRole.admin.identity, org.slug, { reviewId, outcome: "completed" });
      expect(closed).toMatchObject({ ok: true, data: { counts: { total: 6, keep: 1, changeRole: 1, remove: 1, undecided: 3 } } });
      expect((await eventsOf(org.organization.id, "access_review.completed"))).toHaveLength(1);
      expect(await decide("manager", org.byRole.owner.member.id, { decision: "keep" })).toMatchObject({ ok: false, code: "conflict" });

      const csv = await new Response(reviewReportStream(t.db, { organizationId: org.organization.id, reviewId })).text();
      const lines = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
      expect(lines[0]).toBe("Name,Email,Role at start,Decision,New role,Note,Decided by,Decided at (UTC),Outcome");
      expect(lines).toHaveLength(7);
      expect(lines.find((l) => l.startsWith(org.byRole.analyst.member.name))).toContain("Change role,Viewer,Read-only is enough");
      expect(lines.find((l) => l.startsWith(org.byRole.owner.member.name))).toContain("Not reviewed");
    });
  });

  describe("overdue reminders (the worker)", () => {
    it("remind the reviewers who still owe decisions once a day, audited as the worker", async () => {
      const org = await createOrgFixture(t.db, { base: "review" });
      const reviewId = await start(org);
      await t.db.update(accessReviews).set({ dueAt: new Date(Date.now() - 60_000) }).where(eq(accessReviews.id, reviewId));
      const now = new Date();
      const reminded = await Promise.all([remindOverdueReviews(t.db, now), remindOverdueReviews(t.db, now)]);
      expect(reminded.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
      const overdueMail = () => t.db.select().from(emailOutbox).where(and(eq(emailOutbox.organizationId, org.organization.id), eq(emailOutbox.template, "access-review-overdue")));
      expect((await overdueMail()).map((m) => m.to).sort()).toEqual([org.byRole.admin.member.email, org.byRole.manager.member.email].sort());
      const [event] = await eventsOf(org.organization.id, "access_review.reminded");
      expect(event).toMatchObject({ actorType: "system", channel: "worker", targetId: reviewId });
      expect(await eventsOf(org.organization.id, "access_review.reminded")).toHaveLength(1);

      // Within the day: nothing more. A day later: again.
      await remindOverdueReviews(t.db, new Date(now.getTime() + 60 * 60 * 1000));
      expect(await overdueMail()).toHaveLength(2);
      await remindOverdueReviews(t.db, new Date(now.getTime() + 25 * 60 * 60 * 1000));
      expect(await overdueMail()).toHaveLength(4);
    });

    it("leave reviews that are on time, finished, or fully decided alone", async () => {
      const org = await createOrgFixture(t.db, { base: "review" });
      const onTime = await start(org);
      const finished = await start(org);
      await t.db.update(accessReviews).set({ dueAt: new Date(Date.now() - 60_000) }).where(eq(accessReviews.id, finished));
      await closeAccessReview.run(t.db, org.byRole.admin.identity, org.slug, { reviewId: finished, outcome: "cancelled" });
      await remindOverdueReviews(t.db, new Date());
      const mail = await t.db.select().from(emailOutbox).where(and(eq(emailOutbox.organizationId, org.organization.id), inArray(emailOutbox.template, ["access-review-overdue"])));
      expect(mail).toEqual([]);
      void onTime;
    });
  });
});
