// Invitation housekeeping: a declined invitation sent again (a new invitation with its own link and
// a seat, the declined one kept as history; refused at the seat limit and over the rate limit), and
// removing declined, expired and cancelled invitations — one from its row menu, or many at once (by
// ids or by the view's filter) — audited, with pending ones refused, foreign ids "not found" and bad
// input refused, and who may do it.
import crypto from "node:crypto";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auditEvents, emailOutbox, invitations, members, rateLimitBuckets, teamMembers, teams } from "@/db/schema";
import type { InvitationStatus } from "@/db/schema/enums";
import { countSeatsUsed } from "@/db/queries/members";
import type { RequestIdentity } from "@/lib/actions/kernel/request-identity";
import { removeInvitation } from "@/lib/actions/invitations/remove-invitation";
import { MAX_REMOVE, removeInvitations } from "@/lib/actions/invitations/remove-invitations";
import { resendInvitation } from "@/lib/actions/invitations/resend-invitation";
import { cancelInvitation } from "@/lib/actions/invitations/cancel-invitation";
import { createMember } from "@/lib/actions/members/create-member";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { declineInvitation } from "@/lib/invitations/decline-invitation";
import { findInvitationView } from "@/lib/invitations/invitation-view";
import { hashInvitationToken } from "@/lib/invitations/tokens";
import { RATE_LIMITS } from "@/lib/rate-limit";
import { createOrgFixture, createUser, type OrgFixture } from "../helpers/org-fixture";
import { sentText } from "../helpers/outbox";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

describe.each(drivers)("invitation housekeeping (%s)", (driver) => {
  let t: TestDatabase;
  let org: OrgFixture;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    org = await createOrgFixture(t.db, { seatLimit: 50, base: "tidy" });
  });

  const as = (role: keyof OrgFixture["byRole"], fixture = org) => fixture.byRole[role].identity;
  const invitationRow = async (id: string) => (await t.db.select().from(invitations).where(eq(invitations.id, id)))[0];
  const tokenIn = (text: string) => /\/invite\/([A-Za-z0-9_-]+)/.exec(text)![1]!;
  const latestMailTo = async (email: string) =>
    (await t.db.select().from(emailOutbox).where(eq(emailOutbox.to, email)).orderBy(desc(emailOutbox.createdAt)).limit(1))[0]!;
  const eventsOf = (action: string, fixture = org) =>
    t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, fixture.organization.id), eq(auditEvents.action, action)))
      .orderBy(asc(auditEvents.seq));

  /** Everything housekeeping could touch in the organization, to show a refusal changed nothing. */
  const snapshot = async (fixture = org) => {
    const id = fixture.organization.id;
    const [inv, mem, tm, out, audit] = await Promise.all([
      t.db.select().from(invitations).where(eq(invitations.organizationId, id)).orderBy(asc(invitations.id)),
      t.db.select().from(members).where(eq(members.organizationId, id)).orderBy(asc(members.id)),
      t.db.select().from(teamMembers).where(eq(teamMembers.organizationId, id)).orderBy(asc(teamMembers.memberId), asc(teamMembers.teamId)),
      t.db.select({ id: emailOutbox.id }).from(emailOutbox).where(eq(emailOutbox.organizationId, id)),
      t.db.select({ id: auditEvents.id }).from(auditEvents).where(eq(auditEvents.organizationId, id)),
    ]);
    return JSON.stringify({ inv, mem, tm, out: out.length, audit: audit.length });
  };

  interface Invited {
    id: string;
    email: string;
    memberId: string;
    token: string;
  }

  /** Invites a new person through Create Member; returns the invitation and its link's token. */
  async function invite(
    { role = "developer", teamIds = [], fixture = org, name = "Guest Person" }: { role?: string; teamIds?: string[]; fixture?: OrgFixture; name?: string } = {},
  ): Promise<Invited> {
    const email = `guest.${crypto.randomUUID().slice(0, 8)}@example.com`;
    const result = await createMember.run(t.db, as("owner", fixture), fixture.slug, {
      name, email, department: "Research", jobTitle: "Analyst", role, status: "active", permissions: [], teamIds,
    });
    if (!result.ok) throw new Error(result.error);
    const [row] = await t.db.select().from(invitations).where(eq(invitations.memberId, result.data.id));
    return { id: row!.id, email, memberId: result.data.id, token: tokenIn(sentText(await latestMailTo(email))) };
  }

  /** Invites and has the invitee decline (signed in as the invited address, as the page requires). */
  async function declined(options: Parameters<typeof invite>[0] = {}): Promise<Invited & { invitee: RequestIdentity }> {
    const invited = await invite(options);
    const invitee = await createUser(t.db, { email: invited.email, name: "Guest Person" });
    const result = await declineInvitation(t.db, invitee, invited.token);
    if (!result.ok) throw new Error(`decline failed: ${result.reason}`);
    return { ...invited, invitee };
  }

  /** An invitation in `status` as the system leaves it (cancel and expiry through their real paths where they have one). */
  async function inStatus(status: InvitationStatus, options: Parameters<typeof invite>[0] = {}): Promise<Invited> {
    if (status === "declined") return declined(options);
    const invited = await invite(options);
    if (status === "cancelled") {
      const result = await cancelInvitation.run(t.db, as("owner", options.fixture ?? org), (options.fixture ?? org).slug, { invitationId: invited.id });
      if (!result.ok) throw new Error(result.error);
    } else if (status !== "pending") {
      await t.db.update(invitations).set({ status, expiresAt: status === "expired" ? new Date(Date.now() - 1000) : undefined }).where(eq(invitations.id, invited.id));
    }
    return invited;
  }

  describe("Send again (a declined invitation)", () => {
    it("creates a new pending invitation with its own link and a seat; the declined one stays as history with its dead link", async () => {
      const team = (await t.db.insert(teams).values({ organizationId: org.organization.id, name: "Research" }).returning())[0]!;
      const gone = (await t.db.insert(teams).values({ organizationId: org.organization.id, name: "Dissolved" }).returning())[0]!;
      const old = await declined({ role: "analyst", teamIds: [team.id, gone.id] });
      await t.db.delete(teams).where(eq(teams.id, gone.id));
      const declinedBefore = await invitationRow(old.id);
      const seats = await countSeatsUsed(t.db, org.organization.id);

      const result = await resendInvitation.run(t.db, as("manager"), org.slug, { invitationId: old.id });
      expect(result).toMatchObject({ ok: true, data: { status: "pending", email: old.email } });
      if (!result.ok) return;
      expect(result.data.id).not.toBe(old.id);

      // The declined invitation is untouched.
      expect(await invitationRow(old.id)).toEqual(declinedBefore);
      // The new one: same role, the teams that still exist, a new Pending member with the name recorded before.
      const fresh = (await invitationRow(result.data.id))!;
      expect(fresh).toMatchObject({ status: "pending", role: "analyst", email: old.email, teamIds: [team.id], department: "Research", jobTitle: "Analyst" });
      expect(fresh.tokenHash).not.toBe(declinedBefore!.tokenHash);
      const [member] = await t.db.select().from(members).where(eq(members.id, fresh.memberId!));
      expect(member).toMatchObject({ status: "pending", role: "analyst", name: "Guest Person", email: old.email, userId: null });
      expect((await t.db.select().from(teamMembers).where(eq(teamMembers.memberId, member!.id))).map((r) => r.teamId)).toEqual([team.id]);
      expect(await countSeatsUsed(t.db, org.organization.id)).toBe(seats + 1);

      // The outbox carries the new link; it opens the new invitation and accepting it works.
      const mail = await latestMailTo(old.email);
      expect(mail).toMatchObject({ invitationId: fresh.id, template: "invitation", organizationId: org.organization.id });
      const newToken = tokenIn(sentText(mail));
      expect(hashInvitationToken(newToken)).toBe(fresh.tokenHash);
      expect(newToken).not.toBe(old.token);
      expect((await findInvitationView(t.db, old.token))?.status).toBe("declined");
      expect(await acceptInvitation(t.db, old.invitee, old.token)).toMatchObject({ ok: false, reason: "declined" });
      expect(await acceptInvitation(t.db, old.invitee, newToken)).toMatchObject({ ok: true });
      expect((await t.db.select().from(members).where(eq(members.id, member!.id)))[0]).toMatchObject({ status: "active", userId: old.invitee.user!.id });

      const [event] = await eventsOf("invitation.resent");
      expect(event).toMatchObject({
        targetType: "invitation",
        targetId: fresh.id,
        targetName: "Guest Person",
        targetEmail: old.email,
        actorUserId: as("manager").user!.id,
        metadata: expect.objectContaining({ previousStatus: "declined", previousInvitationId: old.id, memberId: member!.id, role: "analyst" }),
      });
    });

    it("is refused at the seat limit with the usual message, and changes nothing", async () => {
      const small = await createOrgFixture(t.db, { seatLimit: 8, base: "tidy-seats" }); // 6 active members; the disabled one takes no seat
      const old = await declined({ fixture: small });
      await invite({ fixture: small, name: "Seventh Seat" });
      await invite({ fixture: small, name: "Last Seat" });
      expect(await countSeatsUsed(t.db, small.organization.id)).toBe(8);
      const before = await snapshot(small);
      const result = await resendInvitation.run(t.db, as("admin", small), small.slug, { invitationId: old.id });
      expect(result).toMatchObject({ ok: false, code: "seat_limit", error: expect.stringContaining("All seats are in use: 8 of 8") });
      expect(await snapshot(small)).toBe(before);
    });

    it("is charged to the invitation rate limit and refused over it, changing nothing", async () => {
      const old = await declined();
      const rule = RATE_LIMITS.invitationsPerActor;
      const windowStart = new Date(Math.floor(Date.now() / rule.windowMs) * rule.windowMs);
      const key = `invitations:actor:${as("admin").user!.id}`;
      await t.db.insert(rateLimitBuckets).values({ key, windowStart, count: rule.limit });
      const before = await snapshot();
      const result = await resendInvitation.run(t.db, as("admin"), org.slug, { invitationId: old.id });
      expect(result).toMatchObject({ ok: false, code: "rate_limited", error: expect.stringContaining("Too many invitations") });
      expect(await snapshot()).toBe(before);

      await t.db.delete(rateLimitBuckets).where(eq(rateLimitBuckets.key, key));
      expect(await resendInvitation.run(t.db, as("admin"), org.slug, { invitationId: old.id })).toMatchObject({ ok: true });
      const [bucket] = await t.db.select().from(rateLimitBuckets).where(eq(rateLimitBuckets.key, key));
      expect(bucket?.count).toBe(1);
    });

    it("is refused when the person was invited again some other way, or is sent again twice", async () => {
      const old = await declined();
      expect(await resendInvitation.run(t.db, as("admin"), org.slug, { invitationId: old.id })).toMatchObject({ ok: true });
      const before = await snapshot();
      const again = await resendInvitation.run(t.db, as("admin"), org.slug, { invitationId: old.id });
      expect(again).toMatchObject({ ok: false, code: "conflict", error: "This person has a newer invitation. Resend that one instead." });
      expect(await snapshot()).toBe(before);
    });

    it("holds a Manager to the invite rules and keeps everyone below Manager out; another organization's id is not found", async () => {
      const adminInvite = await declined({ role: "admin" });
      const before = await snapshot();
      expect(await resendInvitation.run(t.db, as("manager"), org.slug, { invitationId: adminInvite.id })).toMatchObject({ ok: false, code: "forbidden" });
      for (const role of ["developer", "analyst", "viewer"] as const) {
        expect(await resendInvitation.run(t.db, as(role), org.slug, { invitationId: adminInvite.id })).toMatchObject({ ok: false, code: "forbidden" });
      }
      const other = await createOrgFixture(t.db, { base: "tidy-other" });
      const foreign = await declined({ fixture: other });
      const otherBefore = await snapshot(other);
      expect(await resendInvitation.run(t.db, as("owner"), org.slug, { invitationId: foreign.id })).toMatchObject({ ok: false, code: "not_found" });
      expect(await snapshot()).toBe(before);
      expect(await snapshot(other)).toBe(otherBefore);
    });
  });

  describe("Remove (one invitation)", () => {
    it("removes a declined, an expired and a cancelled invitation, each audited with the invitee's name and address", async () => {
      const seats = await countSeatsUsed(t.db, org.organization.id);
      for (const status of ["declined", "expired", "cancelled"] as const) {
        const inv = await inStatus(status, { name: `Gone ${status}` });
        const result = await removeInvitation.run(t.db, as("manager"), org.slug, { invitationId: inv.id });
        expect(result).toMatchObject({ ok: true, data: { id: inv.id, status, memberRemoved: status === "expired" } });
        expect(await invitationRow(inv.id)).toBeUndefined();
        // No Pending member is left behind holding a seat (the expired one's went with it).
        expect(await t.db.select().from(members).where(eq(members.email, inv.email))).toEqual([]);
      }
      expect(await countSeatsUsed(t.db, org.organization.id)).toBe(seats);
      const events = await eventsOf("invitation.removed");
      expect(events.map((e) => [e.targetType, e.targetName, e.metadata.status])).toEqual([
        ["invitation", "Gone declined", "declined"],
        ["invitation", "Gone expired", "expired"],
        ["invitation", "Gone cancelled", "cancelled"],
      ]);
      expect(events.every((e) => e.targetEmail?.endsWith("@example.com") && e.actorUserId === as("manager").user!.id)).toBe(true);
    });

    it("refuses pending, bounced and accepted invitations with the reason, changing nothing", async () => {
      const cases: [InvitationStatus, string][] = [
        ["pending", "A pending invitation can't be removed. Cancel it first; then you can remove it."],
        ["bounced", "A bounced invitation can't be removed. Cancel it first; then you can remove it."],
        ["accepted", "An accepted invitation can't be removed: it records how the member joined."],
      ];
      for (const [status, message] of cases) {
        const inv = await inStatus(status);
        const before = await snapshot();
        expect(await removeInvitation.run(t.db, as("owner"), org.slug, { invitationId: inv.id })).toEqual({ ok: false, code: "conflict", error: message });
        expect(await snapshot()).toBe(before);
      }
    });

    it("keeps the Pending member of an expired invitation when a newer invitation still points at it", async () => {
      const inv = await inStatus("expired");
      // A second open invitation for the same member (as an import of old data could leave).
      await t.db.insert(invitations).values({
        organizationId: org.organization.id, memberId: inv.memberId, email: inv.email, role: "developer",
        tokenHash: crypto.randomBytes(32).toString("hex"), expiresAt: new Date(Date.now() - 500), status: "expired",
      });
      const result = await removeInvitation.run(t.db, as("admin"), org.slug, { invitationId: inv.id });
      expect(result).toMatchObject({ ok: true, data: { memberRemoved: false } });
      expect(await t.db.select().from(members).where(eq(members.id, inv.memberId))).toHaveLength(1);
    });
  });

  describe("Remove in bulk", () => {
    it("removes the declined, expired and cancelled invitations selected, keeps the others (counted by reason), and audits each and the whole", async () => {
      const gone = [await inStatus("declined"), await inStatus("expired"), await inStatus("cancelled")];
      const stay = [await inStatus("pending"), await inStatus("accepted")];
      const result = await removeInvitations.run(t.db, as("admin"), org.slug, { invitationIds: [...gone, ...stay].map((i) => i.id) });
      expect(result).toEqual({
        ok: true,
        data: {
          removed: 3,
          skipped: expect.arrayContaining([
            { reason: "pending (cancel them first)", count: 1 },
            { reason: "accepted", count: 1 },
          ]),
          remaining: 0,
        },
      });
      const left = await t.db.select({ id: invitations.id }).from(invitations).where(inArray(invitations.id, [...gone, ...stay].map((i) => i.id)));
      expect(left.map((r) => r.id).sort()).toEqual(stay.map((i) => i.id).sort());

      const each = await eventsOf("invitation.removed");
      expect(each.map((e) => e.targetId).sort()).toEqual(gone.map((i) => i.id).sort());
      expect(each.every((e) => e.targetName === "Guest Person" && e.metadata.bulk === true)).toBe(true);
      const [summary, ...more] = await eventsOf("invitations.bulk_removed");
      expect(more).toEqual([]);
      expect(summary!.metadata).toMatchObject({
        selection: "selected",
        removed: 3,
        skipped: { "pending (cancel them first)": 1, accepted: 1 },
      });
      expect((summary!.metadata.invitations as { email: string }[]).map((i) => i.email).sort()).toEqual(gone.map((i) => i.email).sort());
    });

    it("refuses a selection with nothing removable (only pending), changing nothing", async () => {
      const pending = [await inStatus("pending"), await inStatus("pending")];
      const before = await snapshot();
      const result = await removeInvitations.run(t.db, as("owner"), org.slug, { invitationIds: pending.map((i) => i.id) });
      expect(result).toMatchObject({ ok: false, code: "conflict", error: expect.stringContaining("Only declined, expired and cancelled invitations can be removed") });
      expect(await snapshot()).toBe(before);
    });

    it("answers not found for an id of another organization (or an unknown one) and removes nothing, here or there", async () => {
      const mine = await inStatus("declined");
      const other = await createOrgFixture(t.db, { base: "tidy-foreign" });
      const theirs = await inStatus("declined", { fixture: other });
      const [before, otherBefore] = [await snapshot(), await snapshot(other)];
      for (const ids of [[mine.id, theirs.id], [theirs.id], [mine.id, crypto.randomUUID()]]) {
        expect(await removeInvitations.run(t.db, as("owner"), org.slug, { invitationIds: ids })).toMatchObject({ ok: false, code: "not_found" });
        expect(await removeInvitation.run(t.db, as("owner"), org.slug, { invitationId: ids.at(-1)! })).toMatchObject({ ok: false, code: "not_found" });
      }
      expect(await snapshot()).toBe(before);
      expect(await snapshot(other)).toBe(otherBefore);
    });

    it("removes all matching the view's filter (status and email), never pending ones", async () => {
      const match = [await inStatus("declined"), await inStatus("declined")];
      const expired = await inStatus("expired");
      const pending = await inStatus("pending");
      const result = await removeInvitations.run(t.db, as("admin"), org.slug, { filter: { status: "declined", q: "" } });
      expect(result).toEqual({ ok: true, data: { removed: 2, skipped: [], remaining: 0 } });
      expect(await t.db.select().from(invitations).where(inArray(invitations.id, match.map((i) => i.id)))).toEqual([]);
      expect(await invitationRow(expired.id)).toBeDefined();

      // "All" statuses, narrowed by the email search: only the removable one matching goes.
      const all = await removeInvitations.run(t.db, as("admin"), org.slug, { filter: { status: "all", q: expired.email.split("@")[0]!.toUpperCase() } });
      expect(all).toMatchObject({ ok: true, data: { removed: 1 } });
      expect(await invitationRow(expired.id)).toBeUndefined();
      expect(await invitationRow(pending.id)).toBeDefined();
      const [, second] = await eventsOf("invitations.bulk_removed");
      expect(second!.metadata).toMatchObject({ selection: { status: "all" }, removed: 1 });

      const before = await snapshot();
      for (const status of ["pending", "bounced", "accepted"] as const) {
        expect(await removeInvitations.run(t.db, as("admin"), org.slug, { filter: { status, q: "" } })).toMatchObject({ ok: false, code: "conflict" });
      }
      expect(await snapshot()).toBe(before);
    });

    it("refuses hostile or malformed input with field errors, writing nothing", async () => {
      const inv = await inStatus("declined");
      const before = await snapshot();
      const bad: unknown[] = [
        null,
        "drop table invitations",
        {},
        { invitationIds: [] },
        { invitationIds: ["not-a-uuid"] },
        { invitationIds: [inv.id, "' or 1=1 --"] },
        { invitationIds: inv.id },
        { invitationIds: Array.from({ length: MAX_REMOVE + 1 }, () => crypto.randomUUID()) },
        { invitationIds: [inv.id], filter: { status: "declined", q: "" } },
        { filter: { status: "declined'; --", q: "" } },
        { filter: { status: "declined", q: "x".repeat(5000) } },
        { filter: "all" },
      ];
      for (const input of bad) {
        const result = await removeInvitations.run(t.db, as("owner"), org.slug, input);
        expect(result, JSON.stringify(input)?.slice(0, 80)).toMatchObject({ ok: false, code: "invalid_input" });
      }
      for (const input of [null, {}, { invitationId: "x" }, { invitationId: 42 }, { invitationId: [inv.id] }]) {
        expect(await removeInvitation.run(t.db, as("owner"), org.slug, input)).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: expect.any(Object) });
        expect(await resendInvitation.run(t.db, as("owner"), org.slug, input)).toMatchObject({ ok: false, code: "invalid_input" });
      }
      expect(await snapshot()).toBe(before);
    });
  });

  describe("who may", () => {
    it("Owners, Admins and Managers may remove; Developers, Analysts, Viewers, disabled members, outsiders and the signed-out may not", async () => {
      for (const role of ["owner", "admin", "manager"] as const) {
        const inv = await inStatus("declined");
        expect(await removeInvitation.run(t.db, as(role), org.slug, { invitationId: inv.id }), role).toMatchObject({ ok: true });
        const more = await inStatus("cancelled");
        expect(await removeInvitations.run(t.db, as(role), org.slug, { invitationIds: [more.id] }), role).toMatchObject({ ok: true, data: { removed: 1 } });
      }
      const inv = await inStatus("declined");
      const before = await snapshot();
      const refused: [string, RequestIdentity][] = [
        ["developer", as("developer")],
        ["analyst", as("analyst")],
        ["viewer", as("viewer")],
        ["disabled", org.inactive.identity],
        ["outsider", org.outsider],
        ["signed out", org.signedOut],
      ];
      for (const [who, identity] of refused) {
        for (const result of [
          await removeInvitation.run(t.db, identity, org.slug, { invitationId: inv.id }),
          await removeInvitations.run(t.db, identity, org.slug, { invitationIds: [inv.id] }),
          await removeInvitations.run(t.db, identity, org.slug, { filter: { status: "all", q: "" } }),
          await resendInvitation.run(t.db, identity, org.slug, { invitationId: inv.id }),
        ]) {
          expect(result.ok, who).toBe(false);
          if (!result.ok) expect(["forbidden", "not_found", "unauthenticated"], who).toContain(result.code);
        }
      }
      expect(await snapshot()).toBe(before);
    });

    it("a Manager can't remove an invitation with a role at or above Manager: refused alone, kept in bulk", async () => {
      const adminInvite = await inStatus("declined", { role: "admin" });
      const devInvite = await inStatus("declined");
      const before = await snapshot();
      expect(await removeInvitation.run(t.db, as("manager"), org.slug, { invitationId: adminInvite.id })).toMatchObject({ ok: false, code: "forbidden" });
      expect(await removeInvitations.run(t.db, as("manager"), org.slug, { invitationIds: [adminInvite.id] })).toMatchObject({ ok: false, code: "conflict" });
      expect(await snapshot()).toBe(before);

      const result = await removeInvitations.run(t.db, as("manager"), org.slug, { invitationIds: [adminInvite.id, devInvite.id] });
      expect(result).toEqual({ ok: true, data: { removed: 1, skipped: [{ reason: "invited with a role you can't manage", count: 1 }], remaining: 0 } });
      expect(await invitationRow(adminInvite.id)).toBeDefined();

      // By filter, too: the Admin's invitation stays and is counted.
      const byFilter = await removeInvitations.run(t.db, as("manager"), org.slug, { filter: { status: "declined", q: "" } });
      expect(byFilter).toMatchObject({ ok: false, code: "conflict", error: "You can't manage the invitations selected." });
      expect(await removeInvitations.run(t.db, as("owner"), org.slug, { filter: { status: "declined", q: "" } })).toMatchObject({ ok: true, data: { removed: 1 } });
    });
  });
});
