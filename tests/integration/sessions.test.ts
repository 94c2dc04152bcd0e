// Sessions: their last use recorded at most once a minute, people listing and ending their own,
// and admins ending a member's — by rank, never their own, never across organizations — on both
// drivers.
import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { authAdapter } from "@/db/auth-adapter";
import type { Database } from "@/db/client";
import { auditEvents, members, sessions } from "@/db/schema";
import { findSession, findSessionWithMembership } from "@/db/queries/session-lookup";
import { listUserSessions, summarizeMemberSessions } from "@/db/queries/sessions";
import { signOutOtherSessions } from "@/lib/actions/account/sign-out-other-sessions";
import { signOutSession } from "@/lib/actions/account/sign-out-session";
import type { RequestIdentity } from "@/lib/actions/kernel/request-identity";
import { endMemberSessions } from "@/lib/actions/members/end-member-sessions";
import { acceptSession } from "@/lib/auth/database-session";
import { recordSessionUse } from "@/lib/auth/session-activity";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-policy";
import { ROLES, type Role } from "@/lib/permissions";
import { addMember, createOrgFixture, createUser, type OrgFixture } from "../helpers/org-fixture";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

const CHROME_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const SAFARI_IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

async function addSession(
  db: Database,
  userId: string,
  { lastSeenAt = null, userAgent = null, expires = new Date(Date.now() + 86_400_000) }: { lastSeenAt?: Date | null; userAgent?: string | null; expires?: Date } = {},
): Promise<string> {
  const sessionToken = crypto.randomUUID();
  await db.insert(sessions).values({ sessionToken, userId, expires, lastSeenAt, userAgent });
  return sessionToken;
}

const sessionRow = async (db: Database, token: string) => (await db.select().from(sessions).where(eq(sessions.sessionToken, token)))[0];
const tokensOf = async (db: Database, userId: string) =>
  (await db.select({ token: sessions.sessionToken }).from(sessions).where(eq(sessions.userId, userId))).map((r) => r.token).sort();

describe.each(drivers)("sessions (%s)", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t.close();
  });

  describe("Auth.js's session lookup", () => {
    it("finds a session with its user by token, and nothing for another token", async () => {
      const adapter = authAdapter(t.db);
      const { user } = await createUser(t.db, { email: `lookup.${crypto.randomUUID().slice(0, 6)}@example.com`, name: "Look Up" });
      const token = await addSession(t.db, user!.id, { userAgent: CHROME_MAC });
      const found = await adapter.getSessionAndUser!(token);
      expect(found?.session).toEqual(await sessionRow(t.db, token));
      expect(found?.user).toMatchObject({ id: user!.id, email: user!.email, name: "Look Up" });
      expect(await adapter.getSessionAndUser!(crypto.randomUUID())).toBeNull();
      expect(await adapter.getSessionAndUser!("' or '1'='1")).toBeNull();
    });
  });

  describe("recording a session's last use", () => {
    it("writes at most once a minute: a second use within the minute sends nothing, one after it writes again", async () => {
      const { user } = await createUser(t.db, { email: `seen.${crypto.randomUUID().slice(0, 6)}@example.com`, name: "Seen" });
      const token = await addSession(t.db, user!.id);
      const update = vi.spyOn(t.db, "update");
      try {
        const t0 = new Date("2026-03-03T10:00:00.000Z");
        // Each request knows last_seen_at from the session row Auth.js read for it.
        const read = async () => (await sessionRow(t.db, token))!.lastSeenAt;

        expect(await recordSessionUse(t.db, { sessionToken: token, lastSeenAt: await read(), ip: "203.0.113.5", userAgent: CHROME_MAC }, t0)).toBe("written");
        expect(await sessionRow(t.db, token)).toMatchObject({ lastSeenAt: t0, ip: "203.0.113.5", userAgent: CHROME_MAC });

        const t30s = new Date(t0.getTime() + 30_000);
        expect(await recordSessionUse(t.db, { sessionToken: token, lastSeenAt: await read(), ip: "198.51.100.9", userAgent: SAFARI_IPHONE }, t30s)).toBe("skipped");
        expect(update).toHaveBeenCalledTimes(1);
        expect(await sessionRow(t.db, token)).toMatchObject({ lastSeenAt: t0, ip: "203.0.113.5" });

        const t61s = new Date(t0.getTime() + 61_000);
        expect(await recordSessionUse(t.db, { sessionToken: token, lastSeenAt: await read(), ip: "198.51.100.9", userAgent: SAFARI_IPHONE }, t61s)).toBe("written");
        expect(update).toHaveBeenCalledTimes(2);
        expect(await sessionRow(t.db, token)).toMatchObject({ lastSeenAt: t61s, ip: "198.51.100.9", userAgent: SAFARI_IPHONE });
      } finally {
        update.mockRestore();
      }
    });

    it("parallel requests that all read a stale value write once", async () => {
      const { user } = await createUser(t.db, { email: `race.${crypto.randomUUID().slice(0, 6)}@example.com`, name: "Race" });
      const token = await addSession(t.db, user!.id);
      const now = new Date();
      const outcomes = await Promise.all(
        Array.from({ length: 5 }, () => recordSessionUse(t.db, { sessionToken: token, lastSeenAt: null, ip: null, userAgent: null }, now)),
      );
      expect(outcomes.filter((o) => o === "written")).toHaveLength(1);
      expect(outcomes.filter((o) => o === "raced")).toHaveLength(4);
    });

    it("without a known last use (a narrowed session payload) only the conditional update guards the minute", async () => {
      const { user } = await createUser(t.db, { email: `narrow.${crypto.randomUUID().slice(0, 6)}@example.com`, name: "Narrow" });
      const t0 = new Date("2026-03-03T10:00:00.000Z");
      const token = await addSession(t.db, user!.id, { lastSeenAt: t0 });
      expect(await recordSessionUse(t.db, { sessionToken: token, lastSeenAt: undefined, ip: null, userAgent: null }, new Date(t0.getTime() + 10_000))).toBe("raced");
      expect((await sessionRow(t.db, token))!.lastSeenAt).toEqual(t0);
    });
  });

  describe("the request's session lookup", () => {
    let org: OrgFixture;
    const origin = { ip: "203.0.113.9", userAgent: CHROME_MAC };
    const DAY = 86_400_000;

    beforeAll(async () => {
      org = await createOrgFixture(t.db, { base: "lookup" });
    });

    it("finds the session, its user and the active membership of the slug's organization in one query", async () => {
      const admin = org.byRole.admin;
      const token = await addSession(t.db, admin.identity.user!.id);
      const found = await findSessionWithMembership(t.db, { sessionToken: token, slug: org.slug });
      expect(found?.session).toMatchObject({ sessionToken: token, lastSeenAt: null });
      expect(found?.user).toEqual({ id: admin.identity.user!.id, email: admin.identity.user!.email, name: admin.identity.user!.name });
      expect(found?.organization).toEqual(org.organization);
      expect(found?.member).toEqual(admin.member);
      // The lookup without an organization answers the same session and user.
      expect(await findSession(t.db, token)).toEqual({ session: found!.session, user: found!.user });
    });

    it("answers the session without a membership for a disabled member, an outsider, another or unknown organization", async () => {
      const other = await createOrgFixture(t.db, { base: "lookup-other" });
      const cases = [
        { userId: org.inactive.identity.user!.id, slug: org.slug },
        { userId: org.outsider.user!.id, slug: org.slug },
        { userId: org.byRole.owner.identity.user!.id, slug: other.slug },
        { userId: org.byRole.owner.identity.user!.id, slug: "no-such-organization" },
        { userId: org.byRole.owner.identity.user!.id, slug: "' or '1'='1" },
      ];
      for (const { userId, slug } of cases) {
        const token = await addSession(t.db, userId);
        const found = await findSessionWithMembership(t.db, { sessionToken: token, slug });
        expect(found?.user.id).toBe(userId);
        expect(found).toMatchObject({ organization: null, member: null });
      }
    });

    it("answers nothing for an unknown or hostile token", async () => {
      for (const sessionToken of [crypto.randomUUID(), "", "' or '1'='1", "x".repeat(10_000)]) {
        expect(await findSession(t.db, sessionToken)).toBeNull();
        expect(await findSessionWithMembership(t.db, { sessionToken, slug: org.slug })).toBeNull();
      }
    });

    it("keeps Auth.js's rules: an expired session ends, one extended over a day ago is extended, and its use is recorded", async () => {
      const userId = org.byRole.viewer.identity.user!.id;
      const now = Date.now();

      const expired = await addSession(t.db, userId, { expires: new Date(now - 1000) });
      expect(await acceptSession(t.db, (await findSession(t.db, expired))!, { origin, now })).toBeNull();
      expect(await sessionRow(t.db, expired)).toBeUndefined();

      const fresh = await addSession(t.db, userId, { expires: new Date(now + SESSION_MAX_AGE_SECONDS * 1000 - DAY / 2) });
      const freshExpiry = (await sessionRow(t.db, fresh))!.expires;
      expect(await acceptSession(t.db, (await findSession(t.db, fresh))!, { origin, now })).toEqual(org.byRole.viewer.identity.user);
      expect(await sessionRow(t.db, fresh)).toMatchObject({ expires: freshExpiry, lastSeenAt: new Date(now), ip: origin.ip, userAgent: CHROME_MAC });

      const due = await addSession(t.db, userId, { expires: new Date(now + SESSION_MAX_AGE_SECONDS * 1000 - 2 * DAY) });
      expect(await acceptSession(t.db, (await findSession(t.db, due))!, { origin, now })).toEqual(org.byRole.viewer.identity.user);
      expect((await sessionRow(t.db, due))!.expires).toEqual(new Date(now + SESSION_MAX_AGE_SECONDS * 1000));
    });
  });

  describe("a person's own sessions", () => {
    async function person() {
      const identity = await createUser(t.db, { email: `own.${crypto.randomUUID().slice(0, 6)}@example.com`, name: "Own" });
      const userId = identity.user!.id;
      const current = await addSession(t.db, userId, { lastSeenAt: new Date(Date.now() - 5_000), userAgent: CHROME_MAC });
      const phone = await addSession(t.db, userId, { lastSeenAt: new Date(Date.now() - 3_600_000), userAgent: SAFARI_IPHONE });
      const laptop = await addSession(t.db, userId, { lastSeenAt: new Date(Date.now() - 60_000) });
      const caller: RequestIdentity = { ...identity, sessionToken: current };
      return { userId, caller, current, phone, laptop };
    }

    it("lists only the person's unexpired sessions, the current one first, then by last use, with no token in sight", async () => {
      const me = await person();
      const someoneElse = await person();
      await addSession(t.db, me.userId, { expires: new Date(Date.now() - 1000) });
      const list = await listUserSessions(t.db, { userId: me.userId, currentToken: me.current, now: new Date() });
      expect(list).toHaveLength(3);
      expect(list.map((s) => s.current)).toEqual([true, false, false]);
      expect(list[1]!.lastSeenAt!.getTime()).toBeGreaterThan(list[2]!.lastSeenAt!.getTime());
      expect(list.every((s) => /^[0-9a-f]{32}$/.test(s.id))).toBe(true);
      const serialized = JSON.stringify(list);
      for (const token of [me.current, me.phone, me.laptop, someoneElse.current]) expect(serialized).not.toContain(token);
      const theirs = await listUserSessions(t.db, { userId: someoneElse.userId, currentToken: someoneElse.current, now: new Date() });
      expect(theirs.map((s) => s.id).some((id) => list.map((s) => s.id).includes(id))).toBe(false);
    });

    it("signs out one other session by its id", async () => {
      const me = await person();
      const list = await listUserSessions(t.db, { userId: me.userId, currentToken: me.current, now: new Date() });
      const phone = list.find((s) => s.userAgent === SAFARI_IPHONE)!;
      expect(await signOutSession(t.db, me.caller, { sessionId: phone.id })).toEqual({ ok: true, data: { count: 1 } });
      expect(await tokensOf(t.db, me.userId)).toEqual([me.current, me.laptop].sort());
      // Again: it has already ended.
      expect(await signOutSession(t.db, me.caller, { sessionId: phone.id })).toMatchObject({ ok: false, code: "not_found" });
    });

    it("never signs out the current session through the list", async () => {
      const me = await person();
      const current = (await listUserSessions(t.db, { userId: me.userId, currentToken: me.current, now: new Date() })).find((s) => s.current)!;
      expect(await signOutSession(t.db, me.caller, { sessionId: current.id })).toMatchObject({ ok: false, code: "not_found" });
      expect(await tokensOf(t.db, me.userId)).toHaveLength(3);
    });

    it("signing out of all other sessions keeps the current one", async () => {
      const me = await person();
      const someoneElse = await person();
      expect(await signOutOtherSessions(t.db, me.caller)).toEqual({ ok: true, data: { count: 2 } });
      expect(await tokensOf(t.db, me.userId)).toEqual([me.current]);
      expect(await tokensOf(t.db, someoneElse.userId)).toHaveLength(3);
    });

    it("a session id of another user does nothing", async () => {
      const me = await person();
      const someoneElse = await person();
      const theirs = await listUserSessions(t.db, { userId: someoneElse.userId, currentToken: someoneElse.current, now: new Date() });
      for (const session of theirs) {
        expect(await signOutSession(t.db, me.caller, { sessionId: session.id })).toMatchObject({ ok: false, code: "not_found" });
      }
      expect(await tokensOf(t.db, someoneElse.userId)).toHaveLength(3);
      expect(await tokensOf(t.db, me.userId)).toHaveLength(3);
    });

    it("refuses bad ids, raw tokens and callers without a session, changing nothing", async () => {
      const me = await person();
      for (const input of [{ sessionId: me.phone }, { sessionId: "x".repeat(32) }, { sessionId: 42 }, {}, null, "' OR 1=1 --"]) {
        expect(await signOutSession(t.db, me.caller, input)).toMatchObject({ ok: false, code: "not_found" });
      }
      const signedOut: RequestIdentity = { user: null };
      expect(await signOutOtherSessions(t.db, signedOut)).toMatchObject({ ok: false, code: "unauthenticated" });
      expect(await signOutOtherSessions(t.db, { user: me.caller.user, sessionToken: null })).toMatchObject({ ok: false, code: "unauthenticated" });
      expect(await tokensOf(t.db, me.userId)).toHaveLength(3);
    });
  });

  describe("an admin ending a member's sessions", () => {
    let org: OrgFixture;
    const as = (role: Role) => org.byRole[role].identity;

    async function targetWithSessions(role: Role, n = 2) {
      const target = await addMember(t.db, org.organization, { role, name: `Target ${role}` });
      for (let i = 0; i < n; i++) await addSession(t.db, target.identity.user!.id, { lastSeenAt: new Date() });
      return target;
    }

    beforeAll(async () => {
      org = await createOrgFixture(t.db, { base: "sessions" });
    });

    it("an Admin ends a Developer's sessions: all of them, with an audit event naming the count", async () => {
      const target = await targetWithSessions("developer", 3);
      const result = await endMemberSessions.run(t.db, as("admin"), org.slug, { memberId: target.member.id });
      expect(result).toEqual({ ok: true, data: { id: target.member.id, count: 3 } });
      expect(await tokensOf(t.db, target.identity.user!.id)).toEqual([]);
      const events = await t.db.select().from(auditEvents).where(and(eq(auditEvents.organizationId, org.organization.id), eq(auditEvents.targetId, target.member.id)));
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ action: "member.sessions_ended", metadata: { count: 3 }, actorEmail: org.byRole.admin.member.email, targetEmail: target.member.email });
      // The membership itself is untouched.
      expect((await t.db.select().from(members).where(eq(members.id, target.member.id)))[0]).toMatchObject({ status: "active", role: "developer" });
    });

    it("allows Owners on every rank and Admins below Admin; refuses everyone else and changes nothing", async () => {
      const expected: Record<Role, string> = {
        owner: "YYYYYY",
        admin: "..YYYY",
        manager: "......",
        developer: "......",
        analyst: "......",
        viewer: "......",
      };
      for (const caller of ROLES) {
        for (const [index, rank] of ROLES.entries()) {
          const target = await targetWithSessions(rank);
          const result = await endMemberSessions.run(t.db, as(caller), org.slug, { memberId: target.member.id });
          const label = `${caller} ends ${rank}'s sessions`;
          if (expected[caller][index] === "Y") {
            expect(result, label).toMatchObject({ ok: true, data: { count: 2 } });
            expect(await tokensOf(t.db, target.identity.user!.id), label).toEqual([]);
          } else {
            expect(result, label).toMatchObject({ ok: false, code: "forbidden" });
            expect(await tokensOf(t.db, target.identity.user!.id), label).toHaveLength(2);
          }
        }
      }
    });

    it("nobody ends their own sessions this way, not even an Owner", async () => {
      const owner = org.byRole.owner;
      const token = await addSession(t.db, owner.identity.user!.id);
      const result = await endMemberSessions.run(t.db, owner.identity, org.slug, { memberId: owner.member.id });
      expect(result).toMatchObject({ ok: false, code: "forbidden", error: "You can end your own sessions from your account." });
      expect(await tokensOf(t.db, owner.identity.user!.id)).toContain(token);
    });

    it("a member id from another organization is not found, and nobody's sessions end in either", async () => {
      const other = await createOrgFixture(t.db, { base: "sessions-other" });
      const theirs = await addMember(t.db, other.organization, { role: "viewer", name: "Their Viewer" });
      await addSession(t.db, theirs.identity.user!.id);
      const ours = await targetWithSessions("viewer");
      const auditBefore = (await t.db.select().from(auditEvents)).length;

      expect(await endMemberSessions.run(t.db, as("owner"), org.slug, { memberId: theirs.member.id })).toMatchObject({ ok: false, code: "not_found" });
      // Naming the other organization does not help a non-member either.
      expect(await endMemberSessions.run(t.db, as("owner"), other.slug, { memberId: ours.member.id })).toMatchObject({ ok: false, code: "not_found" });

      expect(await tokensOf(t.db, theirs.identity.user!.id)).toHaveLength(1);
      expect(await tokensOf(t.db, ours.identity.user!.id)).toHaveLength(2);
      expect((await t.db.select().from(auditEvents)).length).toBe(auditBefore);
    });

    it("a Pending invitee has no account, so there is nothing to end", async () => {
      const [pending] = await t.db
        .insert(members)
        .values({ organizationId: org.organization.id, email: `invitee.${crypto.randomUUID().slice(0, 6)}@example.com`, name: "Ivy Invitee", role: "viewer", status: "pending" })
        .returning();
      const result = await endMemberSessions.run(t.db, as("owner"), org.slug, { memberId: pending!.id });
      expect(result).toMatchObject({ ok: false, code: "invalid_input", error: "Ivy Invitee hasn't signed in yet, so there are no sessions to end." });
      expect(await summarizeMemberSessions(t.db, { organizationId: org.organization.id, memberId: pending!.id, now: new Date() })).toEqual({
        hasAccount: false,
        count: 0,
        lastSeenAt: null,
      });
    });

    it("refuses signed-out callers, disabled members, outsiders and bad input", async () => {
      const target = await targetWithSessions("viewer");
      const input = { memberId: target.member.id };
      expect(await endMemberSessions.run(t.db, org.signedOut, org.slug, input)).toMatchObject({ ok: false, code: "unauthenticated" });
      expect(await endMemberSessions.run(t.db, org.outsider, org.slug, input)).toMatchObject({ ok: false, code: "not_found" });
      expect(await endMemberSessions.run(t.db, org.inactive.identity, org.slug, input)).toMatchObject({ ok: false, code: "not_found" });
      expect(await endMemberSessions.run(t.db, as("owner"), org.slug, { memberId: "not-a-uuid" })).toMatchObject({ ok: false, code: "invalid_input" });
      expect(await tokensOf(t.db, target.identity.user!.id)).toHaveLength(2);
    });

    it("summarizes a member's sessions for the view modal: count and last use, across organizations", async () => {
      const target = await targetWithSessions("analyst", 2);
      const at = new Date(Date.now() - 120_000);
      await addSession(t.db, target.identity.user!.id, { lastSeenAt: null, expires: new Date(Date.now() - 1000) }); // expired: not counted
      await t.db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.userId, target.identity.user!.id));
      const summary = await summarizeMemberSessions(t.db, { organizationId: org.organization.id, memberId: target.member.id, now: new Date() });
      expect(summary).toEqual({ hasAccount: true, count: 2, lastSeenAt: at });
      const none = await addMember(t.db, org.organization, { role: "viewer", name: "No Sessions" });
      expect(await summarizeMemberSessions(t.db, { organizationId: org.organization.id, memberId: none.member.id, now: new Date() })).toEqual({
        hasAccount: true,
        count: 0,
        lastSeenAt: null,
      });
      const other = await createOrgFixture(t.db, { base: "sessions-peek" });
      expect(await summarizeMemberSessions(t.db, { organizationId: other.organization.id, memberId: target.member.id, now: new Date() })).toBeNull();
      expect(await summarizeMemberSessions(t.db, { organizationId: org.organization.id, memberId: "nope", now: new Date() })).toBeNull();
    });
  });
});
