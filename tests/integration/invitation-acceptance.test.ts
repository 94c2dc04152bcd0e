// Accepting and declining invitations through the real token path: an admin invites with Create
// Member, the token is read from the outbox email, and the invitee answers it.
import crypto from "node:crypto";
import { and, desc, eq, is } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import * as schema from "@/db/schema";
import { auditEvents, emailOutbox, invitations, members, teamMembers, teams, users } from "@/db/schema";
import { findInvitationView } from "@/lib/invitations/invitation-view";
import { countSeatsUsed } from "@/db/queries/members";
import type { RequestIdentity } from "@/lib/actions/kernel/request-identity";
import { createMember } from "@/lib/actions/members/create-member";
import { removeMember } from "@/lib/actions/members/remove-member";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { declineInvitation } from "@/lib/invitations/decline-invitation";
import { hashInvitationToken } from "@/lib/invitations/tokens";
import { createOrgFixture, createUser, type OrgFixture } from "../helpers/org-fixture";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";
import { fillSecret } from "@/lib/email/secret";

/** Every table's rows as text, except the outbox (the email itself must carry the link). */
async function dumpTables(db: Database): Promise<string> {
  const tables = Object.entries(schema).filter(([name, value]) => is(value, PgTable) && name !== "emailOutbox");
  const parts = await Promise.all(tables.map(async ([name, table]) => `${name}:${JSON.stringify(await db.select().from(table as PgTable))}`));
  return parts.join("\n");
}

describe.each(drivers)("accepting and declining invitations (%s)", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t.close();
  });

  interface Invited {
    org: OrgFixture;
    token: string;
    memberId: string;
    email: string;
  }

  async function invite(
    options: { email?: string; role?: "developer" | "analyst" | "viewer"; teamIds?: string[]; org?: OrgFixture; permissions?: string[] } = {},
  ): Promise<Invited> {
    const org = options.org ?? (await createOrgFixture(t.db, { base: "accept" }));
    const email = options.email ?? `invitee.${crypto.randomUUID().slice(0, 8)}@example.com`;
    const result = await createMember.run(t.db, org.byRole.admin.identity, org.slug, {
      name: "Ivy Invitee",
      email,
      department: "Research",
      jobTitle: "Scientist",
      role: options.role ?? "analyst",
      status: "active",
      permissions: options.permissions ?? [],
      teamIds: options.teamIds ?? [],
    });
    if (!result.ok) throw new Error(`invite failed: ${result.error}`);
    const normalised = email.trim().toLowerCase();
    const [mail] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.to, normalised)).orderBy(desc(emailOutbox.createdAt)).limit(1);
    const token = (mail ? fillSecret(mail.text, mail.secret) : undefined)?.match(/\/invite\/([A-Za-z0-9_-]+)/)?.[1];
    if (!token) throw new Error("no invitation link in the outbox email");
    return { org, token, memberId: result.data.id, email: normalised };
  }

  const signUp = (email: string): Promise<RequestIdentity> => createUser(t.db, { email, name: "Ivy Invitee" });
  const memberRow = async (id: string) => (await t.db.select().from(members).where(eq(members.id, id)))[0];
  const invitationOf = async ({ token }: { token: string }) =>
    (await t.db.select().from(invitations).where(eq(invitations.tokenHash, hashInvitationToken(token))))[0]!;
  const responses = (organizationId: string) =>
    t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, organizationId)))
      .then((rows) => rows.filter((e) => e.action.startsWith("invitation.")));
  const createTeam = async (org: OrgFixture, name: string) =>
    (await t.db.insert(teams).values({ organizationId: org.organization.id, name }).returning())[0]!;

  it("stores the token only as its SHA-256: no row outside the outbox email contains it", async () => {
    const invited = await invite();
    expect((await invitationOf(invited)).tokenHash).toBe(crypto.createHash("sha256").update(invited.token).digest("hex"));
    expect(await dumpTables(t.db)).not.toContain(invited.token);
    const result = await acceptInvitation(t.db, await signUp(invited.email), invited.token);
    expect(result.ok).toBe(true);
    expect(await dumpTables(t.db)).not.toContain(invited.token);
  });

  it("accepting makes the Pending member Active with the role, fields and still-existing teams chosen at invite", async () => {
    const org = await createOrgFixture(t.db, { base: "accept" });
    const [platform, research, doomed] = await Promise.all([createTeam(org, "Platform"), createTeam(org, "Research"), createTeam(org, "Doomed")]);
    const invited = await invite({ org, role: "developer", permissions: ["data.export"], teamIds: [platform.id, research.id, doomed.id] });
    // Teams come from the invitation: one deleted since is skipped, one dropped from the row is restored.
    await t.db.delete(teams).where(eq(teams.id, doomed.id));
    await t.db.delete(teamMembers).where(and(eq(teamMembers.memberId, invited.memberId), eq(teamMembers.teamId, research.id)));
    const invitee = await signUp(invited.email);
    const seatsBefore = await countSeatsUsed(t.db, org.organization.id);

    const result = await acceptInvitation(t.db, invitee, invited.token);
    expect(result).toEqual({ ok: true, data: { organizationSlug: org.slug, organizationName: org.organization.name, memberId: invited.memberId } });
    const member = await memberRow(invited.memberId);
    expect(member).toMatchObject({
      userId: invitee.user!.id,
      status: "active",
      role: "developer",
      department: "Research",
      jobTitle: "Scientist",
      permissions: ["data.export"],
      name: "Ivy Invitee",
    });
    expect(member!.joinedAt).toBeInstanceOf(Date);
    const teamIds = (await t.db.select().from(teamMembers).where(eq(teamMembers.memberId, invited.memberId))).map((r) => r.teamId);
    expect(teamIds.sort()).toEqual([platform.id, research.id].sort());
    const invitation = await invitationOf(invited);
    expect(invitation.status).toBe("accepted");
    expect(invitation.respondedAt).toBeInstanceOf(Date);
    expect(await countSeatsUsed(t.db, org.organization.id)).toBe(seatsBefore);
    const events = await responses(org.organization.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "invitation.accepted", actorUserId: invitee.user!.id, targetType: "member", targetId: invited.memberId });
    // A welcome email, written with the acceptance.
    const welcome = await t.db.select().from(emailOutbox).where(and(eq(emailOutbox.organizationId, org.organization.id), eq(emailOutbox.template, "welcome")));
    expect(welcome).toEqual([expect.objectContaining({ to: invited.email.toLowerCase(), subject: `Welcome to ${org.organization.name} on Roster` })]);
    expect(welcome[0]!.text).toContain("as Developer");
  });

  it("a token works once: accepting again is refused as already accepted and changes nothing", async () => {
    const invited = await invite();
    const invitee = await signUp(invited.email);
    expect((await acceptInvitation(t.db, invitee, invited.token)).ok).toBe(true);
    const before = await memberRow(invited.memberId);
    expect(await acceptInvitation(t.db, invitee, invited.token)).toMatchObject({ ok: false, reason: "accepted" });
    expect(await declineInvitation(t.db, invitee, invited.token)).toMatchObject({ ok: false, reason: "accepted" });
    expect(await memberRow(invited.memberId)).toEqual(before);
    expect(await responses(invited.org.organization.id)).toHaveLength(1);
  });

  it("a cancelled invitation (its Pending member removed) is refused", async () => {
    const invited = await invite();
    const removed = await removeMember.run(t.db, invited.org.byRole.admin.identity, invited.org.slug, { memberId: invited.memberId });
    expect(removed.ok).toBe(true);
    expect(await acceptInvitation(t.db, await signUp(invited.email), invited.token)).toMatchObject({ ok: false, reason: "cancelled" });
    expect((await findInvitationView(t.db, invited.token))?.status).toBe("cancelled");
  });

  it("a pending invitation whose member row vanished counts as cancelled", async () => {
    const invited = await invite();
    await t.db.delete(members).where(eq(members.id, invited.memberId)); // bypasses the cancel step
    expect(await acceptInvitation(t.db, await signUp(invited.email), invited.token)).toMatchObject({ ok: false, reason: "cancelled" });
    expect((await invitationOf(invited)).status).toBe("cancelled");
  });

  it("an expired invitation is refused and marked Expired by the attempt; the member stays Pending", async () => {
    const invited = await invite();
    await t.db.update(invitations).set({ expiresAt: new Date(Date.now() - 60_000) }).where(eq(invitations.memberId, invited.memberId));
    expect((await findInvitationView(t.db, invited.token))?.status).toBe("expired");
    expect((await invitationOf(invited)).status).toBe("pending"); // reading did not write
    const result = await acceptInvitation(t.db, await signUp(invited.email), invited.token);
    expect(result).toMatchObject({ ok: false, reason: "expired" });
    if (!result.ok) expect(result.message).toContain(invited.org.organization.name);
    expect((await invitationOf(invited)).status).toBe("expired");
    expect(await memberRow(invited.memberId)).toMatchObject({ status: "pending", userId: null });
  });

  it("a token resent away (its hash replaced) is refused like an unknown one", async () => {
    const invited = await invite();
    await t.db.update(invitations).set({ tokenHash: hashInvitationToken("a-newer-token-for-the-same-person") }).where(eq(invitations.memberId, invited.memberId));
    expect(await findInvitationView(t.db, invited.token)).toBeNull();
    expect(await acceptInvitation(t.db, await signUp(invited.email), invited.token)).toMatchObject({ ok: false, reason: "invalid" });
    expect(await memberRow(invited.memberId)).toMatchObject({ status: "pending", userId: null });
  });

  it("unknown and malformed tokens all get the same answer", async () => {
    const someone = await signUp(`someone.${crypto.randomUUID().slice(0, 6)}@example.com`);
    const tokens: unknown[] = [crypto.randomBytes(32).toString("base64url"), "", "short", "../../etc/passwd", "x".repeat(5000), "ü€😀".repeat(10), null, 42, { token: "x" }];
    const messages = new Set<string>();
    for (const token of tokens) {
      expect(await findInvitationView(t.db, token)).toBeNull();
      for (const respond of [acceptInvitation, declineInvitation]) {
        const result = await respond(t.db, someone, token);
        expect(result).toMatchObject({ ok: false, reason: "invalid" });
        if (!result.ok) messages.add(result.message);
      }
    }
    expect([...messages]).toEqual(["This invitation link is invalid or no longer available."]);
  });

  it("signed in as another address, accepting and declining change nothing and name the invited address", async () => {
    const invited = await invite();
    const other = await signUp(`other.${crypto.randomUUID().slice(0, 6)}@example.com`);
    const before = await dumpTables(t.db);
    for (const respond of [acceptInvitation, declineInvitation]) {
      const result = await respond(t.db, other, invited.token);
      expect(result).toMatchObject({ ok: false, reason: "wrong_account" });
      if (!result.ok) expect(result.message).toContain(invited.email);
    }
    expect(await acceptInvitation(t.db, { user: null }, invited.token)).toMatchObject({ ok: false, reason: "unauthenticated" });
    expect(await dumpTables(t.db)).toBe(before);
  });

  it("an account whose email was never verified cannot accept", async () => {
    const invited = await invite();
    const [user] = await t.db.insert(users).values({ email: invited.email, emailVerified: null }).returning();
    const result = await acceptInvitation(t.db, { user: { id: user!.id, email: invited.email, name: null } }, invited.token);
    expect(result).toMatchObject({ ok: false, reason: "wrong_account" });
    expect((await invitationOf(invited)).status).toBe("pending");
  });

  it("matches the invited address case-insensitively", async () => {
    const local = `Mixed.Case.${crypto.randomUUID().slice(0, 6)}`;
    const invited = await invite({ email: ` ${local}@Example.COM ` });
    expect(invited.email).toBe(`${local.toLowerCase()}@example.com`);
    const invitee = await signUp(`${local.toUpperCase()}@EXAMPLE.com`);
    expect((await acceptInvitation(t.db, invitee, invited.token)).ok).toBe(true);
    expect(await memberRow(invited.memberId)).toMatchObject({ status: "active", userId: invitee.user!.id });
  });

  it("someone who is already a member is told so, and nothing changes", async () => {
    const org = await createOrgFixture(t.db, { base: "accept" });
    const email = `already.${crypto.randomUUID().slice(0, 6)}@example.com`;
    const invitee = await signUp(email);
    // Their existing membership was recorded under an older address.
    await t.db.insert(members).values({ organizationId: org.organization.id, userId: invitee.user!.id, email: `old.${email}`, name: "Al Ready", role: "viewer", status: "active" });
    const invited = await invite({ org, email });
    const before = await dumpTables(t.db);
    const result = await acceptInvitation(t.db, invitee, invited.token);
    expect(result).toMatchObject({ ok: false, reason: "already_member" });
    if (!result.ok) expect(result.message).toContain(org.organization.name);
    expect(await dumpTables(t.db)).toBe(before);
  });

  it("declining marks the invitation Declined, deletes the Pending member (freeing the seat) and is audited", async () => {
    const invited = await invite();
    const invitee = await signUp(invited.email);
    const seatsBefore = await countSeatsUsed(t.db, invited.org.organization.id);
    const result = await declineInvitation(t.db, invitee, invited.token);
    expect(result).toEqual({ ok: true, data: { organizationName: invited.org.organization.name } });
    const invitation = await invitationOf(invited);
    expect(invitation.status).toBe("declined");
    expect(invitation.respondedAt).toBeInstanceOf(Date);
    expect(await memberRow(invited.memberId)).toBeUndefined();
    expect(await countSeatsUsed(t.db, invited.org.organization.id)).toBe(seatsBefore - 1);
    expect((await responses(invited.org.organization.id)).map((e) => [e.action, e.targetId, e.targetEmail])).toEqual([
      ["invitation.declined", invited.memberId, invited.email],
    ]);
    expect(await acceptInvitation(t.db, invitee, invited.token)).toMatchObject({ ok: false, reason: "declined" });
    expect((await findInvitationView(t.db, invited.token))?.status).toBe("declined");
  });

  it("reading the invitation (the page's query) changes nothing, whatever its state", async () => {
    const pending = await invite();
    const expired = await invite();
    await t.db.update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.memberId, expired.memberId));
    const before = await dumpTables(t.db);
    const view = await findInvitationView(t.db, pending.token);
    expect(view).toMatchObject({ status: "pending", email: pending.email, role: "analyst", inviterName: "admin person", teamNames: [] });
    expect((await findInvitationView(t.db, expired.token))?.status).toBe("expired");
    expect(await findInvitationView(t.db, "not-a-real-token-at-all")).toBeNull();
    expect(await dumpTables(t.db)).toBe(before);
  });

  it.skipIf(driver !== "postgres")("two simultaneous accepts make exactly one membership", async () => {
    for (let round = 0; round < 5; round++) {
      const invited = await invite();
      const invitee = await signUp(invited.email);
      const results = await Promise.all([
        acceptInvitation(t.db, invitee, invited.token),
        acceptInvitation(t.db, invitee, invited.token),
        acceptInvitation(t.db, invitee, invited.token),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.reason === "accepted")).toBe(true);
      const memberships = await t.db
        .select()
        .from(members)
        .where(and(eq(members.organizationId, invited.org.organization.id), eq(members.userId, invitee.user!.id)));
      expect(memberships).toHaveLength(1);
      expect(await responses(invited.org.organization.id)).toHaveLength(1);
    }
  });

  it.skipIf(driver !== "postgres")("a simultaneous accept and decline: exactly one wins", async () => {
    for (let round = 0; round < 5; round++) {
      const invited = await invite();
      const invitee = await signUp(invited.email);
      const [accepted, declined] = await Promise.all([
        acceptInvitation(t.db, invitee, invited.token),
        declineInvitation(t.db, invitee, invited.token),
      ]);
      expect([accepted.ok, declined.ok].filter(Boolean)).toHaveLength(1);
      const invitation = await invitationOf(invited);
      expect(invitation.status).toBe(accepted.ok ? "accepted" : "declined");
      expect(await memberRow(invited.memberId)).toEqual(accepted.ok ? expect.objectContaining({ status: "active" }) : undefined);
    }
  });
});
