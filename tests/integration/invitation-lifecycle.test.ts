// The invitation lifecycle through its actions and the background sweep: Resend (new token, new
// expiry, old link dead), Cancel (seat freed), changing a pending invitation's role and teams,
// who may do each, foreign ids, bad input, and what the worker expires, delivers and prunes.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { and, desc, eq, sql } from "drizzle-orm";
import { Resend } from "resend";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auditEvents, emailOutbox, invitations, members, organizations, rateLimitBuckets, teamMembers, teams } from "@/db/schema";
import { countSeatsUsed } from "@/db/queries/members";
import { cancelInvitation } from "@/lib/actions/invitations/cancel-invitation";
import { resendInvitation } from "@/lib/actions/invitations/resend-invitation";
import { updateInvitation } from "@/lib/actions/invitations/update-invitation";
import { changeRole } from "@/lib/actions/members/change-role";
import { createMember } from "@/lib/actions/members/create-member";
import { removeMember } from "@/lib/actions/members/remove-member";
import { runBackgroundSweep, startBackgroundWorker } from "@/lib/email/worker";
import { hashInvitationToken } from "@/lib/invitations/tokens";
import { createOrgFixture, type OrgFixture } from "../helpers/org-fixture";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";
import { sentText } from "@/tests/helpers/outbox";

const DAY = 24 * 3600 * 1000;

describe.each(drivers)("invitation lifecycle (%s)", (driver) => {
  let t: TestDatabase;
  let org: OrgFixture;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    org = await createOrgFixture(t.db, { seatLimit: 50 });
  });

  const as = (role: keyof OrgFixture["byRole"]) => org.byRole[role].identity;
  const invitationRow = async (id: string) => (await t.db.select().from(invitations).where(eq(invitations.id, id)))[0]!;
  const outboxOf = (invitationId: string) =>
    t.db.select().from(emailOutbox).where(eq(emailOutbox.invitationId, invitationId)).orderBy(desc(emailOutbox.createdAt));
  const tokenIn = (text: string) => /\/invite\/([A-Za-z0-9_-]+)/.exec(text)![1]!;
  const byHash = (token: string) => t.db.select().from(invitations).where(eq(invitations.tokenHash, hashInvitationToken(token)));

  /** Invites a new person through Create Member and returns their invitation. */
  async function invite(role = "developer", teamIds: string[] = [], by: keyof OrgFixture["byRole"] = "admin") {
    const email = `guest.${crypto.randomUUID().slice(0, 8)}@example.com`;
    const result = await createMember.run(t.db, as(by), org.slug, {
      name: "Guest Person", email, department: "Research", role, status: "active", permissions: [], teamIds,
    });
    if (!result.ok) throw new Error(result.error);
    const [row] = await t.db.select().from(invitations).where(eq(invitations.memberId, result.data.id));
    return row!;
  }
  async function team(name: string) {
    const [row] = await t.db.insert(teams).values({ organizationId: org.organization.id, name }).returning();
    return row!;
  }
  const snapshot = async (id: string) => ({
    invitation: await invitationRow(id),
    outbox: (await outboxOf(id)).length,
    members: (await t.db.select().from(members).where(eq(members.organizationId, org.organization.id))).length,
  });

  describe("Resend", () => {
    it("issues a new token and expiry from the organization's setting: the old link stops working, the new one works", async () => {
      await t.db.update(organizations).set({ invitationExpiryDays: 3 }).where(eq(organizations.id, org.organization.id));
      const before = await invite();
      const oldToken = tokenIn(sentText((await outboxOf(before.id))[0]!));
      expect(await byHash(oldToken)).toHaveLength(1);
      await t.db.update(invitations).set({ expiresAt: new Date(Date.now() + DAY) }).where(eq(invitations.id, before.id));

      const result = await resendInvitation.run(t.db, as("manager"), org.slug, { invitationId: before.id });
      expect(result).toMatchObject({ ok: true, data: { id: before.id, status: "pending" } });

      const after = await invitationRow(before.id);
      expect(after.tokenHash).not.toBe(before.tokenHash);
      expect(await byHash(oldToken)).toHaveLength(0);
      expect(after.expiresAt.getTime()).toBeGreaterThan(Date.now() + 3 * DAY - 60_000);
      expect(after.expiresAt.getTime()).toBeLessThan(Date.now() + 3 * DAY + 60_000);
      const [latest, first] = await outboxOf(before.id);
      expect(first).toBeDefined();
      expect(latest).toMatchObject({ template: "invitation-reminder", to: before.email, organizationId: org.organization.id });
      expect(await byHash(tokenIn(sentText(latest!)))).toEqual([expect.objectContaining({ id: before.id, status: "pending" })]);
      const audit = await t.db.select().from(auditEvents).where(eq(auditEvents.targetId, before.id));
      expect(audit.map((e) => e.action)).toEqual(["invitation.resent"]);
    });

    it("re-opens an expired or bounced invitation as pending with a fresh invitation email", async () => {
      for (const status of ["expired", "bounced"] as const) {
        const inv = await invite();
        await t.db.update(invitations).set({ status }).where(eq(invitations.id, inv.id));
        const result = await resendInvitation.run(t.db, as("admin"), org.slug, { invitationId: inv.id });
        expect(result.ok).toBe(true);
        expect((await invitationRow(inv.id)).status).toBe("pending");
        expect((await outboxOf(inv.id))[0]!.template).toBe("invitation");
      }
    });

    it("refuses declined, cancelled and accepted invitations and changes nothing", async () => {
      for (const status of ["declined", "cancelled", "accepted"] as const) {
        const inv = await invite();
        await t.db.update(invitations).set({ status }).where(eq(invitations.id, inv.id));
        const before = await snapshot(inv.id);
        const result = await resendInvitation.run(t.db, as("owner"), org.slug, { invitationId: inv.id });
        expect(result).toMatchObject({ ok: false, code: "conflict" });
        expect(await snapshot(inv.id)).toEqual(before);
      }
    });
  });

  describe("Cancel", () => {
    it("cancels the invitation and deletes its Pending member, freeing the seat", async () => {
      const inv = await invite();
      const seats = await countSeatsUsed(t.db, org.organization.id);
      const result = await cancelInvitation.run(t.db, as("manager"), org.slug, { invitationId: inv.id });
      expect(result).toMatchObject({ ok: true, data: { status: "cancelled" } });
      const row = await invitationRow(inv.id);
      expect(row.status).toBe("cancelled");
      expect(row.respondedAt).toBeInstanceOf(Date);
      expect(await t.db.select().from(members).where(eq(members.email, inv.email))).toHaveLength(0);
      expect(await countSeatsUsed(t.db, org.organization.id)).toBe(seats - 1);
      expect(await cancelInvitation.run(t.db, as("manager"), org.slug, { invitationId: inv.id })).toMatchObject({ ok: false, code: "conflict" });
    });
  });

  describe("Change role and teams", () => {
    it("updates the pending invitation and its Pending member row", async () => {
      const [a, b] = [await team("Alpha"), await team("Beta")];
      const inv = await invite("developer", [a.id]);
      const result = await updateInvitation.run(t.db, as("admin"), org.slug, { invitationId: inv.id, role: "manager", teamIds: [b.id] });
      expect(result).toMatchObject({ ok: true, data: { role: "manager", teamIds: [b.id] } });
      expect(await invitationRow(inv.id)).toMatchObject({ role: "manager", teamIds: [b.id] });
      const [member] = await t.db.select().from(members).where(eq(members.id, inv.memberId!));
      expect(member).toMatchObject({ role: "manager", status: "pending" });
      const rows = await t.db.select().from(teamMembers).where(eq(teamMembers.memberId, inv.memberId!));
      expect(rows.map((r) => r.teamId)).toEqual([b.id]);
    });

    it("holds a Manager to the invite rules: no Admin role, no Manager invitation", async () => {
      const [inv, managerInvite] = [await invite("developer"), await invite("manager")];
      const before = [await snapshot(inv.id), await snapshot(managerInvite.id)];
      const result = await updateInvitation.run(t.db, as("manager"), org.slug, { invitationId: inv.id, role: "admin", teamIds: [] });
      expect(result).toMatchObject({ ok: false, code: "forbidden", fieldErrors: { role: [expect.stringMatching(/below Manager/)] } });
      expect(await updateInvitation.run(t.db, as("manager"), org.slug, { invitationId: managerInvite.id, role: "viewer", teamIds: [] })).toMatchObject({ ok: false, code: "forbidden" });
      expect([await snapshot(inv.id), await snapshot(managerInvite.id)]).toEqual(before);
    });
  });

  it("refuses Developers, Analysts, Viewers, the disabled, outsiders and the signed-out, changing nothing", async () => {
    const inv = await invite();
    const before = await snapshot(inv.id);
    const callers = [
      [as("developer"), "forbidden"], [as("analyst"), "forbidden"], [as("viewer"), "forbidden"],
      [org.inactive.identity, "not_found"], [org.outsider, "not_found"], [org.signedOut, "unauthenticated"],
    ] as const;
    for (const [identity, code] of callers) {
      for (const [action, input] of [
        [resendInvitation, { invitationId: inv.id }], [cancelInvitation, { invitationId: inv.id }],
        [updateInvitation, { invitationId: inv.id, role: "viewer", teamIds: [] }],
      ] as const) {
        expect(await action.run(t.db, identity, org.slug, input)).toMatchObject({ ok: false, code });
      }
    }
    expect(await snapshot(inv.id)).toEqual(before);
  });

  it("treats an invitation of another organization as not found and leaves it alone", async () => {
    const foreign = await invite();
    const before = await snapshot(foreign.id);
    const other = await createOrgFixture(t.db);
    const admin = other.byRole.admin.identity;
    expect(await resendInvitation.run(t.db, admin, other.slug, { invitationId: foreign.id })).toMatchObject({ ok: false, code: "not_found" });
    expect(await cancelInvitation.run(t.db, admin, other.slug, { invitationId: foreign.id })).toMatchObject({ ok: false, code: "not_found" });
    expect(await updateInvitation.run(t.db, admin, other.slug, { invitationId: foreign.id, role: "viewer", teamIds: [] })).toMatchObject({ ok: false, code: "not_found" });
    expect(await snapshot(foreign.id)).toEqual(before);
  });

  it("answers bad input with field errors", async () => {
    const inv = await invite();
    expect(await resendInvitation.run(t.db, as("admin"), org.slug, { invitationId: "nope" })).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { invitationId: ["Unknown invitation"] } });
    expect(await cancelInvitation.run(t.db, as("admin"), org.slug, null)).toMatchObject({ ok: false, code: "invalid_input" });
    const bad = await updateInvitation.run(t.db, as("admin"), org.slug, { invitationId: inv.id, role: "superuser", teamIds: ["x"] });
    expect(bad).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { role: ["Choose a valid role"], "teamIds.0": ["Unknown team"] } });
    const unknownTeam = await updateInvitation.run(t.db, as("admin"), org.slug, { invitationId: inv.id, role: "viewer", teamIds: [crypto.randomUUID()] });
    expect(unknownTeam).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { teamIds: ["Unknown team"] } });
    expect((await invitationRow(inv.id)).role).toBe("developer");
  });

  describe("notices to members who have joined", () => {
    const mailTo = (to: string, template: string) =>
      t.db.select().from(emailOutbox).where(and(eq(emailOutbox.to, to), eq(emailOutbox.template, template)));

    it("a role change and a removal are emailed to a joined member, not to a pending invitee", async () => {
      const analyst = org.byRole.analyst.member;
      expect(await changeRole.run(t.db, as("admin"), org.slug, { memberId: analyst.id, role: "developer" })).toMatchObject({ ok: true });
      const [notice] = await mailTo(analyst.email, "role-changed");
      expect(notice).toMatchObject({ subject: `Your role in ${org.organization.name} is now Developer`, organizationId: org.organization.id });
      expect(notice!.text).toMatch(/from Analyst to Developer/);

      const inv = await invite("viewer");
      expect(await changeRole.run(t.db, as("admin"), org.slug, { memberId: inv.memberId!, role: "analyst" })).toMatchObject({ ok: true });
      expect(await mailTo(inv.email, "role-changed")).toHaveLength(0);

      const viewer = org.byRole.viewer.member;
      expect(await removeMember.run(t.db, as("admin"), org.slug, { memberId: viewer.id })).toMatchObject({ ok: true });
      expect(await mailTo(viewer.email, "removed")).toEqual([expect.objectContaining({ subject: `You were removed from ${org.organization.name}` })]);
      expect(await removeMember.run(t.db, as("admin"), org.slug, { memberId: inv.memberId! })).toMatchObject({ ok: true });
      expect(await mailTo(inv.email, "removed")).toHaveLength(0);
    });
  });

  describe("the background sweep", () => {
    it("expires only pending invitations past their expiry, delivers due mail and prunes old rate-limit windows", async () => {
      const [overdue, live, cancelled] = [await invite(), await invite(), await invite()];
      const past = new Date(Date.now() - 60_000);
      await t.db.update(invitations).set({ expiresAt: past }).where(eq(invitations.id, overdue.id));
      await t.db.update(invitations).set({ expiresAt: past, status: "cancelled" }).where(eq(invitations.id, cancelled.id));
      const old = new Date(Date.now() - 3 * DAY);
      await t.db.insert(rateLimitBuckets).values([{ key: "test:old", windowStart: old, count: 1 }, { key: "test:new", windowStart: new Date(), count: 1 }]);

      const sent: string[] = [];
      const server = http.createServer((req, res) => {
        sent.push(req.headers["idempotency-key"] as string);
        req.resume().on("end", () => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: `re_${sent.length}` })));
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      process.env.RESEND_BASE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      try {
        const report = await runBackgroundSweep(t.db, { client: new Resend("re_test"), limit: 500 });
        expect(report.expiredInvitations).toBeGreaterThanOrEqual(1);
        // Messages stored while no API key was configured are due and go out now.
        expect(report.delivery.sent).toBeGreaterThanOrEqual(3);
      } finally {
        delete process.env.RESEND_BASE_URL;
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
      expect((await invitationRow(overdue.id)).status).toBe("expired");
      expect((await invitationRow(live.id)).status).toBe("pending");
      expect((await invitationRow(cancelled.id)).status).toBe("cancelled");
      const [mail] = await outboxOf(live.id);
      expect(mail).toMatchObject({ status: "sent", attempts: 1 });
      expect(sent).toContain(mail!.id);
      const keys = (await t.db.select().from(rateLimitBuckets).where(sql`${rateLimitBuckets.key} like 'test:%'`)).map((r) => r.key);
      expect(keys).toEqual(["test:new"]);
      expect(await t.db.select().from(members).where(and(eq(members.id, overdue.memberId!), eq(members.status, "pending")))).toHaveLength(1);
    });

    it("the worker loop sweeps on its own, once per process, and stops", async () => {
      const overdue = await invite();
      await t.db.update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.id, overdue.id));
      const worker = startBackgroundWorker(async () => t.db, 1000);
      try {
        expect(startBackgroundWorker(async () => t.db, 1000)).toBe(worker);
        await expect.poll(async () => (await invitationRow(overdue.id)).status, { timeout: 10_000 }).toBe("expired");
      } finally {
        worker.stop();
      }
      const next = startBackgroundWorker(async () => t.db, 60_000);
      expect(next).not.toBe(worker);
      next.stop();
    });
  });
});
