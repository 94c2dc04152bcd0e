// Invite Members (bulk) through its action: the result sorts every address into exactly one
// category, valid addresses are invited even when others aren't, each email carries its own
// link, refusals change nothing, and seats hold under concurrent invites on real PostgreSQL.
import { and, count, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, emailOutbox, invitations, members, teamMembers, teams } from "@/db/schema";
import { countSeatsUsed } from "@/db/queries/members";
import { bulkInvite } from "@/lib/actions/invitations/bulk-invite";
import { SECRET_PLACEHOLDER, fillSecret } from "@/lib/email/secret";
import { issueInvitations } from "@/lib/invitations/issue-invitations";
import { hashInvitationToken } from "@/lib/invitations/tokens";
import type { Database } from "@/db/client";
import { createOrgFixture, type OrgFixture } from "../helpers/org-fixture";
import { createTestDatabase, drivers, postgresUrl, type TestDatabase } from "../helpers/test-db";

/** Rows the organization owns in every table an invitation writes to. */
async function footprint(db: Database, organizationId: string) {
  const n = async (table: typeof members | typeof invitations | typeof emailOutbox | typeof auditEvents | typeof teamMembers) =>
    Number((await db.select({ n: count() }).from(table).where(eq(table.organizationId, organizationId)))[0]!.n);
  return { members: await n(members), invitations: await n(invitations), outbox: await n(emailOutbox), audit: await n(auditEvents), teamMembers: await n(teamMembers) };
}

describe.each(drivers)("Invite Members (bulk) (%s)", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t.close();
  });

  // 6 active members + 1 inactive: `seatLimit - 6` seats are free.
  const fresh = (seatLimit = 100) => createOrgFixture(t.db, { seatLimit, base: "bulk" });
  const teamOf = async (org: OrgFixture, name: string) =>
    (await t.db.insert(teams).values({ organizationId: org.organization.id, name }).returning())[0]!;

  it("sorts every address into invited / already a member / already invited / invalid / over the seat limit", async () => {
    const org = await fresh(10); // 4 seats free
    const admin = org.byRole.admin.identity;
    const first = await bulkInvite.run(t.db, admin, org.slug, { emails: "earlier@example.com", role: "viewer" });
    expect(first).toMatchObject({ ok: true, data: { invited: ["earlier@example.com"] } }); // 3 seats left

    const emails = [
      "New.One@Example.com, new.two@example.com",
      `${org.byRole.developer.member.email.toUpperCase()}  ${org.inactive.member.email}`,
      "EARLIER@example.com;not-an-email",
      "new.one@example.com new.three@example.com @nope new.four@example.com\nnew.five@example.com",
    ].join("\n");
    const result = await bulkInvite.run(t.db, admin, org.slug, { emails, role: "developer" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toEqual({
      invited: ["new.one@example.com", "new.two@example.com", "new.three@example.com"],
      alreadyMembers: [org.byRole.developer.member.email, org.inactive.member.email],
      alreadyInvited: ["earlier@example.com"],
      invalid: ["not-an-email", "@nope"],
      overSeatLimit: ["new.four@example.com", "new.five@example.com"],
      seatMessage: expect.stringContaining("All seats are in use: 10 of 10"),
    });
    expect(await countSeatsUsed(t.db, org.organization.id)).toBe(10);
    const pending = await t.db
      .select()
      .from(members)
      .where(and(eq(members.organizationId, org.organization.id), eq(members.status, "pending")));
    expect(pending.map((m) => m.email).sort()).toEqual(["earlier@example.com", "new.one@example.com", "new.three@example.com", "new.two@example.com"]);
    expect(pending.find((m) => m.email === "new.two@example.com")).toMatchObject({ name: "new.two", role: "developer", userId: null });
  });

  it("writes a pending invitation, teams, an audit event and an outbox email with the invitee's own link", async () => {
    const org = await fresh();
    const [platform, data] = [await teamOf(org, "Platform"), await teamOf(org, "Data")];
    const emails = Array.from({ length: 12 }, (_, i) => `person${i}@example.com`);
    const result = await bulkInvite.run(t.db, org.byRole.manager.identity, org.slug, {
      emails: emails.join(", "),
      role: "analyst",
      teamIds: [platform.id, data.id],
      message: "Welcome <aboard> & see you soon",
    });
    expect(result).toMatchObject({ ok: true, data: { invited: emails } });

    const invited = await t.db.select().from(invitations).where(eq(invitations.organizationId, org.organization.id));
    expect(invited).toHaveLength(12);
    const outbox = await t.db.select().from(emailOutbox).where(inArray(emailOutbox.invitationId, invited.map((i) => i.id)));
    expect(outbox).toHaveLength(12);
    const tokens = new Set<string>();
    for (const invitation of invited) {
      expect(invitation).toMatchObject({ status: "pending", role: "analyst", message: "Welcome <aboard> & see you soon", invitedByUserId: org.byRole.manager.identity.user!.id });
      expect([...invitation.teamIds].sort()).toEqual([platform.id, data.id].sort());
      const email = outbox.find((o) => o.invitationId === invitation.id)!;
      expect(email).toMatchObject({ to: invitation.email, template: "invitation", status: "queued", organizationId: org.organization.id });
      expect(email.subject).toBe(`manager person invited you to join ${org.organization.name} on Roster`);
      // Stored bodies carry the placeholder; the token waits apart and is filled in when sent.
      const token = email.secret!;
      expect(hashInvitationToken(token)).toBe(invitation.tokenHash);
      expect(email.html + email.text).not.toContain(token);
      expect(email.text).toContain(`/invite/${SECRET_PLACEHOLDER}`);
      expect(fillSecret(email.html, email.secret)).toContain(`/invite/${token}"`);
      expect(email.html).toContain("Welcome &lt;aboard&gt; &amp; see you soon");
      tokens.add(token);

      const member = (await t.db.select().from(members).where(eq(members.id, invitation.memberId!)))[0]!;
      expect(member).toMatchObject({ email: invitation.email, status: "pending", role: "analyst" });
      const teamRows = await t.db.select().from(teamMembers).where(eq(teamMembers.memberId, member.id));
      expect(teamRows.map((r) => r.teamId).sort()).toEqual([platform.id, data.id].sort());
      const audit = await t.db.select().from(auditEvents).where(eq(auditEvents.targetId, member.id));
      expect(audit).toEqual([expect.objectContaining({ action: "member.invited", targetEmail: invitation.email, actorEmail: org.byRole.manager.member.email })]);
    }
    expect(tokens.size).toBe(12);
    const summary = await t.db.select().from(auditEvents).where(and(eq(auditEvents.organizationId, org.organization.id), eq(auditEvents.action, "invitations.bulk_sent")));
    expect(summary[0]?.metadata).toMatchObject({ invited: 12, invalid: 0 });
  });

  it("invites nobody, and says why, when no seat is free", async () => {
    const org = await fresh(6);
    const result = await bulkInvite.run(t.db, org.byRole.owner.identity, org.slug, { emails: "a@example.com b@example.com", role: "viewer" });
    expect(result).toMatchObject({ ok: true, data: { invited: [], overSeatLimit: ["a@example.com", "b@example.com"], seatMessage: expect.stringContaining("6 of 6") } });
    expect((await footprint(t.db, org.organization.id)).invitations).toBe(0);
  });

  it("a failed multi-row insert reports PostgreSQL's error and code, never the rows it carried", async () => {
    const org = await fresh();
    await t.db.insert(invitations).values({ organizationId: org.organization.id, email: "ghost@example.com", role: "viewer", tokenHash: "f".repeat(64), expiresAt: new Date(Date.now() + 86_400_000) });
    const issuing = t.db.transaction((tx) =>
      issueInvitations(tx, {
        organization: org.organization,
        inviter: { userId: org.byRole.admin.identity.user!.id, name: "Admin" },
        actor: { userId: org.byRole.admin.identity.user!.id, name: "Admin", email: org.byRole.admin.member.email },
        invitees: [{ email: "ghost@example.com", role: "viewer", teamIds: [] }],
        source: "bulk_invite",
      }),
    );
    const error = await issuing.then(() => null, (e: unknown) => e as Error & { code?: string });
    expect(error?.code).toBe("23505");
    expect(error?.message).toContain("duplicate key");
    expect(error?.message).not.toMatch(/[0-9a-f]{64}|ghost@example\.com|params/);
  });

  describe("refusals change nothing", () => {
    it.each([
      ["a Manager inviting as Admin", "manager", { role: "admin" }, "forbidden"],
      ["an Admin inviting as Owner", "admin", { role: "owner" }, "forbidden"],
      ["a Viewer", "viewer", {}, "forbidden"],
      ["a Developer", "developer", {}, "forbidden"],
      ["more than 500 addresses", "admin", { emails: Array.from({ length: 501 }, (_, i) => `p${i}@example.com`).join(" ") }, "invalid_input"],
      ["an empty list", "admin", { emails: " ,\n " }, "invalid_input"],
      ["an unknown role", "admin", { role: "wizard" }, "invalid_input"],
      ["a team of another organization", "admin", { teamIds: ["00000000-0000-4000-8000-000000000000"] }, "invalid_input"],
    ] as const)("%s", async (_name, role, overrides, code) => {
      const org = await fresh();
      const before = await footprint(t.db, org.organization.id);
      const result = await bulkInvite.run(t.db, org.byRole[role].identity, org.slug, { emails: "x@example.com, y@example.com", role: "viewer", ...overrides });
      expect(result).toMatchObject({ ok: false, code });
      expect(await footprint(t.db, org.organization.id)).toEqual(before);
    });

    it("a signed-out caller, an outsider and a disabled member", async () => {
      const org = await fresh();
      const before = await footprint(t.db, org.organization.id);
      const input = { emails: "x@example.com", role: "viewer" };
      expect(await bulkInvite.run(t.db, org.signedOut, org.slug, input)).toMatchObject({ ok: false, code: "unauthenticated" });
      expect(await bulkInvite.run(t.db, org.outsider, org.slug, input)).toMatchObject({ ok: false, code: "not_found" });
      expect(await bulkInvite.run(t.db, org.inactive.identity, org.slug, input)).toMatchObject({ ok: false, code: "not_found" });
      expect(await footprint(t.db, org.organization.id)).toEqual(before);
    });
  });
});

describe.skipIf(!postgresUrl)("Invite Members (bulk) under concurrency (postgres)", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase("postgres");
  });
  afterAll(async () => {
    await t.close();
  });

  it("10 concurrent invites of 3 addresses each against 5 free seats invite exactly 5", async () => {
    const org = await createOrgFixture(t.db, { seatLimit: 11, base: "bulk-race" }); // 6 used, 5 free
    const admins = [org.byRole.owner, org.byRole.admin, org.byRole.manager];
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        bulkInvite.run(t.db, admins[i % admins.length]!.identity, org.slug, {
          emails: [0, 1, 2].map((j) => `racer${i}.${j}@example.com`).join(", "),
          role: "viewer",
        }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const invited = results.flatMap((r) => (r.ok ? r.data.invited : []));
    const over = results.flatMap((r) => (r.ok ? r.data.overSeatLimit : []));
    expect(invited).toHaveLength(5);
    expect(over).toHaveLength(25);
    expect(await countSeatsUsed(t.db, org.organization.id)).toBe(11);
    const rows = await t.db.select().from(invitations).where(eq(invitations.organizationId, org.organization.id));
    expect(rows.map((r) => r.email).sort()).toEqual([...invited].sort());
  });
});
