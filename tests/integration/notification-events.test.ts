// Each event members are notified of, written by the real action in the transaction of its change
// (a change that rolls back at commit leaves no notification), preferences honoured, team
// invitations end to end with their refusals, the bell's own actions, digests sent once (two
// workers racing on PostgreSQL), and the account profile — on both drivers.
import crypto from "node:crypto";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditEvents,
  emailOutbox,
  invitations,
  members,
  notificationDigests,
  notificationPreferences,
  notifications,
  sessions,
  teamInvitations,
  teamMembers,
  teams,
  users,
} from "@/db/schema";
import type { RequestIdentity } from "@/lib/actions/kernel/request-identity";
import { updateProfile } from "@/lib/actions/account/update-profile";
import { changeRole } from "@/lib/actions/members/change-role";
import { createMember } from "@/lib/actions/members/create-member";
import { listNotifications } from "@/lib/actions/notifications/list-notifications";
import { markNotificationsRead } from "@/lib/actions/notifications/mark-notifications-read";
import { updateNotificationPreferences } from "@/lib/actions/notifications/update-notification-preferences";
import { transferOwnership } from "@/lib/actions/organizations/transfer-ownership";
import { addTeamMembers } from "@/lib/actions/teams/add-team-members";
import { inviteToTeam } from "@/lib/actions/teams/invite-to-team";
import { removeTeamMember } from "@/lib/actions/teams/remove-team-member";
import { respondToTeamInvitation } from "@/lib/actions/teams/respond-to-team-invitation";
import { runBackgroundSweep } from "@/lib/email/worker";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { lastCompletePeriod, sendDueDigests } from "@/lib/notifications/digests";
import { expireInvitationsAndNotify } from "@/lib/notifications/invitation-expiry";
import { addMember, createOrgFixture, createUser, type OrgFixture } from "../helpers/org-fixture";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

const DAY = 86_400_000;

describe.each(drivers)("notification events (%s)", (driver) => {
  let t: TestDatabase;
  let org: OrgFixture;

  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t.close();
  });

  const fresh = async () => (org = await createOrgFixture(t.db, { base: "notified" }));
  const rowsOf = (memberId: string) => t.db.select().from(notifications).where(eq(notifications.memberId, memberId)).orderBy(desc(notifications.createdAt));
  const mailTo = (email: string) => t.db.select().from(emailOutbox).where(eq(emailOutbox.to, email));
  const newTeam = async (name = `Team ${crypto.randomUUID().slice(0, 6)}`, organizationId = org.organization.id) =>
    (await t.db.insert(teams).values({ organizationId, name }).returning())[0]!;

  describe("each event is written with its change", () => {
    it("a role change notifies the member (bell and the role-changed email), not the actor", async () => {
      await fresh();
      const dev = org.byRole.developer.member;
      expect(await changeRole.run(t.db, org.byRole.admin.identity, org.slug, { memberId: dev.id, role: "manager" })).toMatchObject({ ok: true });
      const [row] = await rowsOf(dev.id);
      expect(row).toMatchObject({ category: "role_changed", title: "Your role is now Manager", link: `/orgs/${org.slug}/members`, readAt: null });
      expect(row!.body).toContain("from Developer to Manager");
      expect((await mailTo(dev.email)).map((m) => m.template)).toEqual(["role-changed"]);
      expect(await rowsOf(org.byRole.admin.member.id)).toEqual([]);
    });

    it("a change that rolls back at commit leaves no notification and no email", async () => {
      await fresh();
      const doomed = await addMember(t.db, org.organization, { role: "viewer", name: "Doomed Dana" });
      await t.db.update(members).set({ jobTitle: "fail-on-commit" }).where(eq(members.id, doomed.member.id));
      // From now on a change to Dana fails when its transaction commits, after everything the
      // action wrote (notifications and emails included).
      await t.db.execute(sql`
        CREATE FUNCTION fail_on_commit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF EXISTS (SELECT 1 FROM members WHERE id = NEW.member_id AND job_title = 'fail-on-commit') THEN
            RAISE EXCEPTION 'failed at commit';
          END IF;
          RETURN NULL;
        END $$`);
      await t.db.execute(sql`CREATE CONSTRAINT TRIGGER notifications_fail_on_commit AFTER INSERT ON notifications DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fail_on_commit()`);
      await t.db.execute(sql`CREATE CONSTRAINT TRIGGER team_members_fail_on_commit AFTER INSERT ON team_members DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fail_on_commit()`);

      const result = await changeRole.run(t.db, org.byRole.owner.identity, org.slug, { memberId: doomed.member.id, role: "analyst" });
      expect(result).toMatchObject({ ok: false });
      const team = await newTeam();
      expect(await addTeamMembers.run(t.db, org.byRole.owner.identity, org.slug, { teamId: team.id, memberIds: [doomed.member.id], role: "member" })).toMatchObject({ ok: false });
      expect(await rowsOf(doomed.member.id)).toEqual([]);
      expect(await mailTo(doomed.member.email)).toEqual([]);
      const [after] = await t.db.select().from(members).where(eq(members.id, doomed.member.id));
      expect(after!.role).toBe("viewer");
      expect(await t.db.select().from(teamMembers).where(eq(teamMembers.memberId, doomed.member.id))).toEqual([]);
      await t.db.execute(sql`DROP TRIGGER notifications_fail_on_commit ON notifications`);
      await t.db.execute(sql`DROP TRIGGER team_members_fail_on_commit ON team_members`);
    });

    it("added to and removed from a team, with a link to the team", async () => {
      await fresh();
      const team = await newTeam("Platform");
      const analyst = org.byRole.analyst.member;
      await addTeamMembers.run(t.db, org.byRole.manager.identity, org.slug, { teamId: team.id, memberIds: [analyst.id], role: "maintainer" });
      await removeTeamMember.run(t.db, org.byRole.manager.identity, org.slug, { teamId: team.id, memberId: analyst.id });
      const rows = await rowsOf(analyst.id);
      expect(rows.map((r) => r.title).sort()).toEqual(["You were added to the team Platform", "You were removed from the team Platform"]);
      expect(rows.find((r) => r.title.includes("added"))).toMatchObject({ link: `/orgs/${org.slug}/teams/${team.id}`, data: { teamId: team.id, teamRole: "maintainer" } });
      // team_membership defaults to the daily digest: no email right away.
      expect(await mailTo(analyst.email)).toEqual([]);
    });

    it("ownership transferred notifies the new Owner (the transfer's own emails still go out)", async () => {
      await fresh();
      const sessionToken = `fresh-${crypto.randomUUID()}`;
      await t.db.insert(sessions).values({ sessionToken, userId: org.byRole.owner.identity.user!.id, expires: new Date(Date.now() + DAY), createdAt: new Date() });
      const owner: RequestIdentity = { ...org.byRole.owner.identity, sessionToken };
      const admin = org.byRole.admin.member;
      expect(await transferOwnership.run(t.db, owner, org.slug, { memberId: admin.id, confirmSlug: org.slug })).toMatchObject({ ok: true });
      expect((await rowsOf(admin.id)).map((r) => r.category)).toEqual(["ownership"]);
      expect((await mailTo(admin.email)).map((m) => m.template)).toEqual(["ownership-transferred-new-owner"]);
    });

    it("the last free seat taken notifies the Owners and Admins, once", async () => {
      org = await createOrgFixture(t.db, { base: "seats", seatLimit: 7 });
      // 6 active members (one per role; the Inactive one holds no seat): one seat left.
      const create = (n: number) =>
        createMember.run(t.db, org.byRole.manager.identity, org.slug, { name: `New ${n}`, email: `new${n}.${crypto.randomUUID().slice(0, 6)}@example.test`, department: "Ops", role: "viewer", status: "active" });
      expect(await create(1)).toMatchObject({ ok: true });
      expect(await create(2)).toMatchObject({ ok: false, code: "seat_limit" });
      for (const role of ["owner", "admin"] as const) {
        const rows = await rowsOf(org.byRole[role].member.id);
        expect(rows.map((r) => r.title)).toEqual([`All 7 seats of ${org.organization.name} are in use`]);
      }
      expect(await rowsOf(org.byRole.developer.member.id)).toEqual([]);
    });

    it("an accepted invitation notifies its inviter", async () => {
      await fresh();
      const email = `joiner.${crypto.randomUUID().slice(0, 6)}@example.test`;
      const created = await createMember.run(t.db, org.byRole.manager.identity, org.slug, { name: "Joiner", email, department: "Ops", role: "viewer", status: "active" });
      expect(created).toMatchObject({ ok: true });
      const [invitation] = await t.db.select().from(invitations).where(eq(invitations.email, email));
      const [mail] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.invitationId, invitation!.id));
      const joiner = await createUser(t.db, { email, name: "Joiner" });
      expect(await acceptInvitation(t.db, joiner, mail!.secret)).toMatchObject({ ok: true });
      const [row] = await rowsOf(org.byRole.manager.member.id);
      expect(row).toMatchObject({ category: "invitation_update", title: `${email} accepted your invitation` });
    });

    it("the worker expires overdue invitations and notifies each inviter, once", async () => {
      await fresh();
      const email = `late.${crypto.randomUUID().slice(0, 6)}@example.test`;
      await createMember.run(t.db, org.byRole.admin.identity, org.slug, { name: "Late", email, department: "Ops", role: "viewer", status: "active" });
      await t.db.update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.email, email));
      // The worker's sweep does it (nothing delivered here: limit 0).
      expect((await runBackgroundSweep(t.db, { limit: 0 })).expiredInvitations).toBeGreaterThanOrEqual(1);
      expect(await expireInvitationsAndNotify(t.db)).toBe(0);
      const rows = await rowsOf(org.byRole.admin.member.id);
      expect(rows.filter((r) => r.title === `Your invitation to ${email} expired`)).toHaveLength(1);
      const [invitation] = await t.db.select().from(invitations).where(eq(invitations.email, email));
      expect(invitation!.status).toBe("expired");
    });
  });

  describe("team invitations", () => {
    it("a Maintainer invites, the member accepts from the bell's link, joins with the team role, the inviter hears of it", async () => {
      await fresh();
      const team = await newTeam("Research");
      const dev = org.byRole.developer;
      const analyst = org.byRole.analyst;
      await t.db.insert(teamMembers).values({ organizationId: org.organization.id, teamId: team.id, memberId: dev.member.id, role: "maintainer" });

      const sent = await inviteToTeam.run(t.db, dev.identity, org.slug, { teamId: team.id, memberId: analyst.member.id, teamRole: "maintainer" });
      expect(sent).toMatchObject({ ok: true });
      const invitationId = (sent as { data: { id: string } }).data.id;
      const [note] = await rowsOf(analyst.member.id);
      expect(note).toMatchObject({ category: "team_invitation", link: `/orgs/${org.slug}/team-invitations/${invitationId}`, data: { teamInvitationId: invitationId } });
      // team_invitation emails right away by default: the link reaches them by email too.
      const [mail] = await mailTo(analyst.member.email);
      expect(mail!.text).toContain(`/orgs/${org.slug}/team-invitations/${invitationId}`);

      // Only the invited member can answer.
      expect(await respondToTeamInvitation.run(t.db, org.byRole.owner.identity, org.slug, { invitationId, response: "accept" })).toMatchObject({ ok: false, code: "not_found" });
      expect(await respondToTeamInvitation.run(t.db, analyst.identity, org.slug, { invitationId, response: "accept" })).toMatchObject({ ok: true, data: { status: "accepted" } });
      const [membership] = await t.db.select().from(teamMembers).where(and(eq(teamMembers.teamId, team.id), eq(teamMembers.memberId, analyst.member.id)));
      expect(membership!.role).toBe("maintainer");
      expect(await respondToTeamInvitation.run(t.db, analyst.identity, org.slug, { invitationId, response: "decline" })).toMatchObject({ ok: false, code: "conflict" });
      expect((await rowsOf(dev.member.id)).map((r) => r.title)).toEqual([`${analyst.member.name} accepted your invitation to Research`]);
      const audit = await t.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.organizationId, org.organization.id));
      expect(audit.map((a) => a.action).sort()).toEqual(["team.invitation_accepted", "team.invitation_sent"]);
    });

    it("declining leaves the member out of the team", async () => {
      await fresh();
      const team = await newTeam();
      const sent = await inviteToTeam.run(t.db, org.byRole.manager.identity, org.slug, { teamId: team.id, memberId: org.byRole.viewer.member.id });
      const invitationId = (sent as { data: { id: string } }).data.id;
      expect(await respondToTeamInvitation.run(t.db, org.byRole.viewer.identity, org.slug, { invitationId, response: "decline" })).toMatchObject({ ok: true, data: { status: "declined" } });
      expect(await t.db.select().from(teamMembers).where(eq(teamMembers.teamId, team.id))).toEqual([]);
      const [row] = await t.db.select().from(teamInvitations).where(eq(teamInvitations.id, invitationId));
      expect(row).toMatchObject({ status: "declined" });
      expect(row!.respondedAt).not.toBeNull();
    });

    it("refuses who may not invite, and bad or foreign input, changing nothing", async () => {
      await fresh();
      const team = await newTeam();
      const other = await createOrgFixture(t.db, { base: "foreign" });
      const foreignTeam = await newTeam("Theirs", other.organization.id);
      const viewer = org.byRole.viewer.member.id;
      const cases: [RequestIdentity, unknown, string][] = [
        [org.byRole.developer.identity, { teamId: team.id, memberId: viewer }, "forbidden"], // not a Maintainer of it
        [org.outsider, { teamId: team.id, memberId: viewer }, "not_found"],
        [org.signedOut, { teamId: team.id, memberId: viewer }, "unauthenticated"],
        [org.inactive.identity, { teamId: team.id, memberId: viewer }, "not_found"],
        [org.byRole.owner.identity, { teamId: foreignTeam.id, memberId: viewer }, "not_found"],
        [org.byRole.owner.identity, { teamId: team.id, memberId: other.byRole.viewer.member.id }, "not_found"],
        [org.byRole.owner.identity, { teamId: team.id, memberId: org.inactive.member.id }, "invalid_input"],
        [org.byRole.owner.identity, { teamId: "not-a-uuid", memberId: viewer }, "invalid_input"],
        [org.byRole.owner.identity, { teamId: team.id, memberId: viewer, teamRole: "owner" }, "invalid_input"],
        [org.byRole.owner.identity, { teamId: team.id, memberId: viewer, organizationId: other.organization.id }, "invalid_input"],
        [org.byRole.owner.identity, "x".repeat(10_000), "invalid_input"],
      ];
      for (const [who, input, code] of cases) {
        expect(await inviteToTeam.run(t.db, who, org.slug, input), JSON.stringify(input).slice(0, 80)).toMatchObject({ ok: false, code });
      }
      expect(await t.db.select().from(teamInvitations).where(eq(teamInvitations.organizationId, org.organization.id))).toEqual([]);
      expect(await rowsOf(viewer)).toEqual([]);

      // Already invited, already in the team.
      expect(await inviteToTeam.run(t.db, org.byRole.owner.identity, org.slug, { teamId: team.id, memberId: viewer })).toMatchObject({ ok: true });
      expect(await inviteToTeam.run(t.db, org.byRole.admin.identity, org.slug, { teamId: team.id, memberId: viewer })).toMatchObject({ ok: false, code: "conflict" });
      await t.db.insert(teamMembers).values({ organizationId: org.organization.id, teamId: team.id, memberId: org.byRole.analyst.member.id });
      expect(await inviteToTeam.run(t.db, org.byRole.owner.identity, org.slug, { teamId: team.id, memberId: org.byRole.analyst.member.id })).toMatchObject({ ok: false, code: "conflict" });
      // Answering: made-up and malformed ids.
      expect(await respondToTeamInvitation.run(t.db, org.byRole.viewer.identity, org.slug, { invitationId: crypto.randomUUID(), response: "accept" })).toMatchObject({ ok: false, code: "not_found" });
      expect(await respondToTeamInvitation.run(t.db, org.byRole.viewer.identity, org.slug, { invitationId: "1 OR 1=1", response: "accept" })).toMatchObject({ ok: false, code: "invalid_input" });
      expect(await respondToTeamInvitation.run(t.db, org.byRole.viewer.identity, other.slug, { invitationId: crypto.randomUUID(), response: "accept" })).toMatchObject({ ok: false, code: "not_found" });
    });
  });

  describe("preferences and the bell's actions", () => {
    it("a member saves preferences; email off means no email, in-app off means no bell row", async () => {
      await fresh();
      const dev = org.byRole.developer;
      const saved = await updateNotificationPreferences.run(t.db, dev.identity, org.slug, {
        preferences: [{ category: "role_changed", scope: "", email: "off", inApp: false }],
      });
      expect(saved).toMatchObject({ ok: true });
      await changeRole.run(t.db, org.byRole.admin.identity, org.slug, { memberId: dev.member.id, role: "analyst" });
      expect(await rowsOf(dev.member.id)).toEqual([]);
      expect(await mailTo(dev.member.email)).toEqual([]);
      const [audit] = await t.db.select().from(auditEvents).where(and(eq(auditEvents.organizationId, org.organization.id), eq(auditEvents.action, "notification_preferences.updated")));
      expect(audit).toMatchObject({ targetId: dev.member.id });
    });

    it("refuses bad preferences, changing nothing", async () => {
      await fresh();
      const other = await createOrgFixture(t.db, { base: "foreign" });
      const foreignTeam = await newTeam("Theirs", other.organization.id);
      const me = org.byRole.viewer;
      const bad: unknown[] = [
        { preferences: [{ category: "everything", scope: "", email: "off", inApp: false }] },
        { preferences: [{ category: "role_changed", scope: "", email: "hourly", inApp: false }] },
        { preferences: [{ category: "role_changed", scope: "", email: "off", inApp: "false" }] },
        { preferences: [{ category: "role_changed", scope: crypto.randomUUID(), email: "off", inApp: false }] }, // not a team category
        { preferences: [{ category: "team_membership", scope: foreignTeam.id, email: "off", inApp: false }] },
        { preferences: [{ category: "seats", scope: "", email: "off", inApp: true }, { category: "seats", scope: "", email: "daily", inApp: true }] },
        { preferences: [{ category: "seats", scope: "", email: "off", inApp: true, memberId: org.byRole.owner.member.id }] },
        { preferences: "all" },
      ];
      for (const input of bad) {
        expect(await updateNotificationPreferences.run(t.db, me.identity, org.slug, input), JSON.stringify(input)).toMatchObject({ ok: false, code: "invalid_input" });
      }
      expect(await updateNotificationPreferences.run(t.db, org.outsider, org.slug, { preferences: [] })).toMatchObject({ ok: false, code: "not_found" });
      expect(await t.db.select().from(notificationPreferences).where(eq(notificationPreferences.memberId, me.member.id))).toEqual([]);
    });

    it("lists and marks read only the caller's own notifications", async () => {
      await fresh();
      const dev = org.byRole.developer;
      await changeRole.run(t.db, org.byRole.admin.identity, org.slug, { memberId: dev.member.id, role: "analyst" });
      await changeRole.run(t.db, org.byRole.admin.identity, org.slug, { memberId: dev.member.id, role: "viewer" });
      const listed = await listNotifications.run(t.db, dev.identity, org.slug, {});
      expect(listed).toMatchObject({ ok: true, data: { unread: 2 } });
      const [newest] = (listed as { data: { items: { id: string; title: string }[] } }).data.items;
      expect(newest!.title).toBe("Your role is now Viewer");
      expect(await listNotifications.run(t.db, org.byRole.admin.identity, org.slug, {})).toMatchObject({ ok: true, data: { unread: 0, items: [] } });

      expect(await markNotificationsRead.run(t.db, org.byRole.admin.identity, org.slug, { id: newest!.id })).toMatchObject({ ok: false, code: "not_found" });
      expect(await markNotificationsRead.run(t.db, dev.identity, org.slug, { id: "nope" })).toMatchObject({ ok: false, code: "invalid_input" });
      expect(await markNotificationsRead.run(t.db, org.signedOut, org.slug, {})).toMatchObject({ ok: false, code: "unauthenticated" });
      expect(await markNotificationsRead.run(t.db, dev.identity, org.slug, { id: newest!.id })).toMatchObject({ ok: true, data: { marked: 1 } });
      expect(await listNotifications.run(t.db, dev.identity, org.slug, {})).toMatchObject({ ok: true, data: { unread: 1 } });
      expect(await markNotificationsRead.run(t.db, dev.identity, org.slug, {})).toMatchObject({ ok: true, data: { marked: 1 } });
      expect(await listNotifications.run(t.db, dev.identity, org.slug, {})).toMatchObject({ ok: true, data: { unread: 0 } });
    });
  });

  describe("digests", () => {
    it("the daily digest goes out once the day is over, once, with every waiting notification", async () => {
      await fresh();
      const analyst = org.byRole.analyst.member;
      const team = await newTeam("Digest Team");
      await addTeamMembers.run(t.db, org.byRole.manager.identity, org.slug, { teamId: team.id, memberIds: [analyst.id], role: "member" });
      await removeTeamMember.run(t.db, org.byRole.manager.identity, org.slug, { teamId: team.id, memberId: analyst.id });
      expect(await mailTo(analyst.email)).toEqual([]);

      // Not before the day is over.
      await sendDueDigests(t.db, new Date());
      expect(await mailTo(analyst.email)).toEqual([]);

      const tomorrow = new Date(Date.now() + DAY);
      expect((await runBackgroundSweep(t.db, { limit: 0, now: tomorrow.getTime() })).digests).toBeGreaterThanOrEqual(1);
      await sendDueDigests(t.db, tomorrow);
      const mail = await mailTo(analyst.email);
      expect(mail.map((m) => m.template)).toEqual(["digest-daily"]);
      expect(mail[0]!.text).toContain("You were added to the team Digest Team");
      expect(mail[0]!.text).toContain("You were removed from the team Digest Team");
      const rows = await rowsOf(analyst.id);
      expect(rows.every((r) => r.emailedAt !== null)).toBe(true);
      const [claim] = await t.db.select().from(notificationDigests).where(eq(notificationDigests.memberId, analyst.id));
      expect(claim).toMatchObject({ frequency: "daily", periodStart: lastCompletePeriod("daily", tomorrow).start });
    });

    it("weekly digests cover Monday to Monday (UTC)", () => {
      const { start, end } = lastCompletePeriod("weekly", new Date("2026-12-02T18:00:00Z")); // a Wednesday
      expect(start.toISOString()).toBe("2026-11-23T00:00:00.000Z");
      expect(end.toISOString()).toBe("2026-11-30T00:00:00.000Z");
      expect(lastCompletePeriod("daily", new Date("2026-12-02T00:00:00Z")).start.toISOString()).toBe("2026-12-01T00:00:00.000Z");
    });

    it.runIf(driver === "postgres")("two workers racing send each digest once", async () => {
      await fresh();
      const people = [org.byRole.viewer.member, org.byRole.developer.member, org.byRole.analyst.member];
      await t.db.insert(notificationPreferences).values(people.map((p) => ({ memberId: p.id, category: "seats", scope: "", email: "weekly" as const, inApp: true })));
      await t.db.insert(notifications).values(
        people.flatMap((p) =>
          [1, 2].map((n) => ({
            organizationId: org.organization.id,
            memberId: p.id,
            category: "seats",
            title: `Seat news ${n}`,
            data: { digest: "weekly" },
            createdAt: new Date(Date.now() - 8 * DAY),
          })),
        ),
      );
      const reports = await Promise.all([sendDueDigests(t.db), sendDueDigests(t.db), sendDueDigests(t.db)]);
      expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(3);
      const mail = await t.db.select().from(emailOutbox).where(inArray(emailOutbox.to, people.map((p) => p.email)));
      expect(mail.map((m) => m.template)).toEqual(["digest-weekly", "digest-weekly", "digest-weekly"]);
    });
  });

  describe("account profile", () => {
    it("a person edits their name, phone and job title in every organization they belong to, audited in each", async () => {
      await fresh();
      const second = await createOrgFixture(t.db, { base: "second" });
      const me = org.byRole.developer;
      await t.db.update(members).set({ userId: me.identity.user!.id }).where(eq(members.id, second.byRole.viewer.member.id));
      const result = await updateProfile(t.db, me.identity, { name: "  Grace H.  ", phone: "+1 555 0100", jobTitle: "Engineer" });
      expect(result).toMatchObject({ ok: true, data: { organizations: 2 } });
      const rows = await t.db.select().from(members).where(eq(members.userId, me.identity.user!.id));
      expect(rows.map((r) => [r.name, r.phone, r.jobTitle])).toEqual([
        ["Grace H.", "+1 555 0100", "Engineer"],
        ["Grace H.", "+1 555 0100", "Engineer"],
      ]);
      expect(rows.map((r) => r.role).sort()).toEqual(["developer", "viewer"]);
      const [user] = await t.db.select().from(users).where(eq(users.id, me.identity.user!.id));
      expect(user!.name).toBe("Grace H.");
      for (const o of [org, second]) {
        const events = await t.db.select().from(auditEvents).where(and(eq(auditEvents.organizationId, o.organization.id), eq(auditEvents.action, "member.updated")));
        expect(events).toHaveLength(1);
      }
    });

    it("refuses bad input and fields it doesn't own, changing nothing", async () => {
      await fresh();
      const me = org.byRole.viewer;
      for (const input of [
        { name: "", phone: null, jobTitle: null },
        { name: "x".repeat(201) },
        { name: "Ok", phone: "call me <script>" },
        { name: "Ok", role: "owner" },
        { name: "Ok", department: "Finance" },
        "Ok",
      ]) {
        expect(await updateProfile(t.db, me.identity, input), JSON.stringify(input).slice(0, 60)).toMatchObject({ ok: false, code: "invalid_input" });
      }
      expect(await updateProfile(t.db, org.signedOut, { name: "Ghost" })).toMatchObject({ ok: false, code: "unauthenticated" });
      const [row] = await t.db.select().from(members).where(eq(members.id, me.member.id));
      expect(row).toMatchObject({ name: me.member.name, role: "viewer", phone: null });
    });
  });
});

