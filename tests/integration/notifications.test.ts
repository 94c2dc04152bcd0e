// notify(): written in the caller's transaction (a rolled-back change leaves none), shaped by each
// recipient's preferences (bell on/off, email right away / digest / off, a team's own setting),
// only for active members who have joined; read and marked read only by their recipient — on both drivers.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, notificationPreferences, notifications, teams } from "@/db/schema";
import { countUnreadNotifications, listNotifications, markNotificationsRead } from "@/db/queries/notifications";
import { runTransaction } from "@/db/transaction";
import { notify } from "@/lib/notifications/notify";
import { createOrgFixture, type OrgFixture } from "../helpers/org-fixture";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

describe.each(drivers)("notify (%s)", (driver) => {
  let t: TestDatabase;
  let org: OrgFixture;

  beforeAll(async () => {
    t = await createTestDatabase(driver);
    org = await createOrgFixture(t.db, { base: "notify" });
  });
  afterAll(async () => {
    await t.close();
  });

  const rowsOf = (memberId: string) => t.db.select().from(notifications).where(eq(notifications.memberId, memberId));
  const mailTo = (email: string) => t.db.select().from(emailOutbox).where(eq(emailOutbox.to, email));

  it("writes a bell row and a right-away email for a category that defaults to realtime", async () => {
    const dev = org.byRole.developer.member;
    const result = await runTransaction(t.db, (tx) =>
      notify(tx, org.organization, [{ memberId: dev.id, category: "role_changed", title: "Your role is now Manager", link: `/orgs/${org.slug}/members` }]),
    );
    expect(result.notificationIds).toHaveLength(1);
    expect(result.emailIds).toHaveLength(1);
    const [row] = await rowsOf(dev.id);
    expect(row).toMatchObject({ title: "Your role is now Manager", readAt: null, organizationId: org.organization.id });
    expect(row!.emailedAt).not.toBeNull();
    const mail = await mailTo(dev.email);
    expect(mail.map((m) => m.template)).toEqual(["notification-role-changed"]);
    expect(mail[0]!.text).toContain("Your role is now Manager");
  });

  it("a rolled-back change leaves neither notification nor email", async () => {
    const analyst = org.byRole.analyst.member;
    await expect(
      runTransaction(t.db, async (tx) => {
        await notify(tx, org.organization, [{ memberId: analyst.id, category: "role_changed", title: "Rolled back" }]);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await rowsOf(analyst.id)).toEqual([]);
    expect(await mailTo(analyst.email)).toEqual([]);
  });

  it("honours preferences: bell off and email off writes nothing; digest keeps a row for the digest", async () => {
    const viewer = org.byRole.viewer.member;
    await t.db.insert(notificationPreferences).values([
      { memberId: viewer.id, category: "role_changed", scope: "", email: "off", inApp: false },
      { memberId: viewer.id, category: "seats", scope: "", email: "weekly", inApp: false },
      { memberId: viewer.id, category: "bulk_message", scope: "", email: "off", inApp: true },
    ]);
    const result = await runTransaction(t.db, (tx) =>
      notify(tx, org.organization, [
        { memberId: viewer.id, category: "role_changed", title: "Nothing" },
        { memberId: viewer.id, category: "seats", title: "Digest only" },
        { memberId: viewer.id, category: "bulk_message", title: "Bell only" },
      ]),
    );
    expect(result.emailIds).toEqual([]);
    const rows = await rowsOf(viewer.id);
    expect(rows.map((r) => r.title).sort()).toEqual(["Bell only", "Digest only"]);
    const digestOnly = rows.find((r) => r.title === "Digest only")!;
    expect(digestOnly).toMatchObject({ emailedAt: null, data: { digest: "weekly", hidden: true } });
    expect(await mailTo(viewer.email)).toEqual([]);
    // The bell shows only the visible one.
    const bell = await listNotifications(t.db, { organizationId: org.organization.id, memberId: viewer.id, limit: 20 });
    expect(bell.items.map((i) => i.title)).toEqual(["Bell only"]);
    expect(bell.unread).toBe(1);
  });

  it("a team's own setting overrides the general one", async () => {
    const manager = org.byRole.manager.member;
    const [team] = await t.db.insert(teams).values({ organizationId: org.organization.id, name: "Quiet" }).returning();
    await t.db.insert(notificationPreferences).values([
      { memberId: manager.id, category: "team_membership", scope: "", email: "realtime", inApp: true },
      { memberId: manager.id, category: "team_membership", scope: team!.id, email: "off", inApp: false },
    ]);
    const result = await runTransaction(t.db, (tx) =>
      notify(tx, org.organization, [
        { memberId: manager.id, category: "team_membership", title: "Quiet team", teamId: team!.id },
        { memberId: manager.id, category: "team_membership", title: "Loud team", teamId: crypto.randomUUID() },
      ]),
    );
    expect(result.emailIds).toHaveLength(1);
    expect((await rowsOf(manager.id)).map((r) => r.title)).toEqual(["Loud team"]);
  });

  it("skips inactive members and members of other organizations", async () => {
    const other = await createOrgFixture(t.db, { base: "notify-other" });
    const result = await runTransaction(t.db, (tx) =>
      notify(tx, org.organization, [
        { memberId: org.inactive.member.id, category: "role_changed", title: "Disabled" },
        { memberId: other.byRole.developer.member.id, category: "role_changed", title: "Foreign" },
      ]),
    );
    expect(result).toEqual({ notificationIds: [], emailIds: [] });
    expect(await rowsOf(other.byRole.developer.member.id)).toEqual([]);
  });

  it("only the recipient marks their notifications read, one or all", async () => {
    const admin = org.byRole.admin.member;
    const scope = { organizationId: org.organization.id, memberId: admin.id };
    const { notificationIds } = await runTransaction(t.db, (tx) =>
      notify(tx, org.organization, [
        { memberId: admin.id, category: "seats", title: "One" },
        { memberId: admin.id, category: "seats", title: "Two" },
      ]),
    );
    expect(await countUnreadNotifications(t.db, scope)).toBe(2);
    // Someone else's id, or another organization, changes nothing.
    expect(await markNotificationsRead(t.db, { organizationId: org.organization.id, memberId: org.byRole.owner.member.id, id: notificationIds[0]! })).toBe(0);
    expect(await markNotificationsRead(t.db, { organizationId: crypto.randomUUID(), memberId: admin.id, id: notificationIds[0]! })).toBe(0);
    expect(await markNotificationsRead(t.db, { ...scope, id: notificationIds[0]! })).toBe(1);
    expect(await countUnreadNotifications(t.db, scope)).toBe(1);
    expect(await markNotificationsRead(t.db, scope)).toBe(1);
    expect(await countUnreadNotifications(t.db, scope)).toBe(0);
    const read = await t.db.select().from(notifications).where(and(eq(notifications.memberId, admin.id)));
    expect(read.every((r) => r.readAt !== null)).toBe(true);
  });
});
