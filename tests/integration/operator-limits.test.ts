// The operator's limits at their edges, through the real actions: the largest seat limit, the
// smaller daily invitation quota of a young organization on every path that invites (create
// member, bulk invite, CSV import, resend), and invitation messages that carry no links.
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditEvents, emailOutbox, invitations, members, organizations, teamMembers } from "@/db/schema";
import { bulkInvite } from "@/lib/actions/invitations/bulk-invite";
import { importInvitations } from "@/lib/actions/invitations/import-invitations";
import { resendInvitation } from "@/lib/actions/invitations/resend-invitation";
import { createMember } from "@/lib/actions/members/create-member";
import { updateSeatLimit } from "@/lib/actions/organizations/update-seat-limit";
import { env } from "@/lib/env";
import { NEW_ORGANIZATION_DAYS, RATE_LIMITS } from "@/lib/rate-limit";
import { MAX_BULK_INVITE_EMAILS } from "@/lib/validation/invitations";
import { createOrgFixture, type OrgFixture } from "../helpers/org-fixture";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

const DAY_MS = 24 * 60 * 60 * 1000;
const QUOTA = RATE_LIMITS.invitationsPerNewOrganization.limit;
const QUOTA_MESSAGE = `New organizations can send up to ${QUOTA.toLocaleString("en-US")} invitations a day during their first ${NEW_ORGANIZATION_DAYS} days.`;

/** Rows the organization owns in every table an invitation writes to. */
async function footprint(db: Database, organizationId: string) {
  const n = async (table: typeof members | typeof invitations | typeof emailOutbox | typeof auditEvents | typeof teamMembers) =>
    Number((await db.select({ n: count() }).from(table).where(eq(table.organizationId, organizationId)))[0]!.n);
  return { members: await n(members), invitations: await n(invitations), outbox: await n(emailOutbox), audit: await n(auditEvents), teamMembers: await n(teamMembers) };
}

const addresses = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}.${i}@invitees.example`);
const csvOf = (emails: string[]) => ({ encoding: "text" as const, data: ["email,role,teams", ...emails.map((e) => `${e},viewer,`)].join("\n") });
const memberInput = (email: string, extra: Record<string, unknown> = {}) => ({ name: "New Person", email, department: "Ops", role: "viewer", status: "active", ...extra });

describe.each(drivers)("operator limits (%s)", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
    // The quota tests need room for quota + 1 in one bulk invite.
    expect(QUOTA).toBeLessThan(MAX_BULK_INVITE_EMAILS);
    expect(NEW_ORGANIZATION_DAYS).toBeGreaterThan(0);
  });
  afterAll(async () => {
    await t.close();
  });

  const young = (base: string) => createOrgFixture(t.db, { base, seatLimit: 1_000, createdDaysAgo: 0 });
  const orgRow = async (org: OrgFixture) => (await t.db.select().from(organizations).where(eq(organizations.id, org.organization.id)))[0]!;

  describe("the largest seat limit", () => {
    const MAX = env.ROSTER_MAX_SEAT_LIMIT;

    it("the maximum itself is allowed", async () => {
      const org = await createOrgFixture(t.db, { base: "seat-max", seatLimit: 20 });
      expect(await updateSeatLimit.run(t.db, org.byRole.owner.identity, org.slug, { seatLimit: MAX })).toMatchObject({ ok: true, data: { seatLimit: MAX } });
      expect((await orgRow(org)).seatLimit).toBe(MAX);
    });

    it("one above it is refused with a field error naming the maximum, and nothing changes", async () => {
      const org = await createOrgFixture(t.db, { base: "seat-max", seatLimit: 20 });
      const before = await footprint(t.db, org.organization.id);
      for (const seatLimit of [MAX + 1, 1_000_000_000]) {
        const result = await updateSeatLimit.run(t.db, org.byRole.owner.identity, org.slug, { seatLimit });
        expect(result).toMatchObject({
          ok: false,
          code: "invalid_input",
          fieldErrors: { seatLimit: [`The seat limit can be at most ${MAX.toLocaleString("en-US")} on this server (the maximum its operator allows).`] },
        });
      }
      expect((await orgRow(org)).seatLimit).toBe(20);
      expect(await footprint(t.db, org.organization.id)).toEqual(before);
    });
  });

  describe("a young organization's daily invitation quota", () => {
    it("bulk invite: exactly the quota goes out; quota + 1 is refused whole, saying why, and writes nothing", async () => {
      const org = await young("young-bulk");
      const admin = org.byRole.admin.identity;
      const before = await footprint(t.db, org.organization.id);

      const over = await bulkInvite.run(t.db, admin, org.slug, { emails: addresses(QUOTA + 1, "over").join(" "), role: "viewer" });
      expect(over).toMatchObject({ ok: false, code: "rate_limited" });
      if (over.ok) return;
      expect(over.error).toContain(QUOTA_MESSAGE);
      expect(over.error).toContain(`${QUOTA} more can go out today, and this would send ${QUOTA + 1}`);
      expect(await footprint(t.db, org.organization.id)).toEqual(before);

      const exact = await bulkInvite.run(t.db, admin, org.slug, { emails: addresses(QUOTA, "exact").join(" "), role: "viewer" });
      expect(exact).toMatchObject({ ok: true });
      expect(exact.ok && exact.data.invited).toHaveLength(QUOTA);
    });

    it("create member and resend: the last one in the quota goes out, the next is refused and writes nothing", async () => {
      const org = await young("young-create");
      const admin = org.byRole.admin.identity;
      expect(await bulkInvite.run(t.db, admin, org.slug, { emails: addresses(QUOTA - 1, "fill").join(" "), role: "viewer" })).toMatchObject({ ok: true });

      const last = await createMember.run(t.db, admin, org.slug, memberInput("last.one@invitees.example"));
      expect(last).toMatchObject({ ok: true });

      const before = await footprint(t.db, org.organization.id);
      const next = await createMember.run(t.db, admin, org.slug, memberInput("one.too.many@invitees.example"));
      expect(next).toMatchObject({ ok: false, code: "rate_limited", error: expect.stringContaining(QUOTA_MESSAGE) });
      expect(!next.ok && next.error).toContain("Today's invitations are used up. Try again in");

      const [invitation] = await t.db.select().from(invitations).where(and(eq(invitations.organizationId, org.organization.id), eq(invitations.email, "last.one@invitees.example")));
      const resend = await resendInvitation.run(t.db, admin, org.slug, { invitationId: invitation!.id });
      expect(resend).toMatchObject({ ok: false, code: "rate_limited", error: expect.stringContaining(QUOTA_MESSAGE) });
      expect(await footprint(t.db, org.organization.id)).toEqual(before);
      const [unchanged] = await t.db.select().from(invitations).where(eq(invitations.id, invitation!.id));
      expect(unchanged!.tokenHash).toBe(invitation!.tokenHash);
    });

    it("CSV import: quota + 1 rows are refused whole and write nothing; exactly the quota is imported", async () => {
      const org = await young("young-import");
      const admin = org.byRole.admin.identity;
      const before = await footprint(t.db, org.organization.id);
      const over = await importInvitations.run(t.db, admin, org.slug, { file: csvOf(addresses(QUOTA + 1, "csv-over")) });
      expect(over).toMatchObject({ ok: false, code: "rate_limited", error: expect.stringContaining(QUOTA_MESSAGE) });
      expect(await footprint(t.db, org.organization.id)).toEqual(before);

      const exact = await importInvitations.run(t.db, admin, org.slug, { file: csvOf(addresses(QUOTA, "csv-exact")) });
      expect(exact).toMatchObject({ ok: true, data: { invited: QUOTA } });
    });

    it("applies until the organization is NEW_ORGANIZATION_DAYS old, and not after", async () => {
      for (const [ageMs, allowed] of [
        [NEW_ORGANIZATION_DAYS * DAY_MS - 60_000, false],
        [NEW_ORGANIZATION_DAYS * DAY_MS + 60_000, true],
      ] as const) {
        const org = await createOrgFixture(t.db, { base: "age-edge", seatLimit: 1_000 });
        await t.db.update(organizations).set({ createdAt: new Date(Date.now() - ageMs) }).where(eq(organizations.id, org.organization.id));
        const result = await bulkInvite.run(t.db, org.byRole.admin.identity, org.slug, { emails: addresses(QUOTA + 1, "edge").join(" "), role: "viewer" });
        expect(result.ok, `created ${ageMs / DAY_MS} days ago`).toBe(allowed);
      }
    });

    it("an established organization (the fixtures' default) isn't held to it", async () => {
      const org = await createOrgFixture(t.db, { base: "old", seatLimit: 1_000 });
      const result = await bulkInvite.run(t.db, org.byRole.admin.identity, org.slug, { emails: addresses(QUOTA + 1, "old").join(" "), role: "viewer" });
      expect(result.ok && result.data.invited).toHaveLength(QUOTA + 1);
    });
  });

  describe("the inviter's message", () => {
    let org: OrgFixture;
    beforeAll(async () => {
      org = await createOrgFixture(t.db, { base: "message", seatLimit: 1_000 });
    });

    it.each(["Verify your account at https://evil.example/login", "Log in at evil.example/login", "www.evil.example", "reply to payroll@evil.com"])(
      "bulk invite refuses %j with a field error and writes nothing",
      async (message) => {
        const before = await footprint(t.db, org.organization.id);
        const result = await bulkInvite.run(t.db, org.byRole.admin.identity, org.slug, { emails: "victim@invitees.example", role: "viewer", message });
        expect(result).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { message: [expect.stringContaining("can't contain links")] } });
        expect(await footprint(t.db, org.organization.id)).toEqual(before);
      },
    );

    it("a plain message is accepted and reaches the email as a quoted block from the inviter", async () => {
      const message = "Welcome aboard!\nWe use Node.js, e.g. for the API.";
      const result = await bulkInvite.run(t.db, org.byRole.admin.identity, org.slug, { emails: "plain@invitees.example", role: "viewer", message });
      expect(result).toMatchObject({ ok: true, data: { invited: ["plain@invitees.example"] } });
      const [invitation] = await t.db.select().from(invitations).where(and(eq(invitations.organizationId, org.organization.id), eq(invitations.email, "plain@invitees.example")));
      expect(invitation!.message).toBe(message);
      const [email] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.invitationId, invitation!.id));
      expect(email!.text).toContain(`Message from ${org.byRole.admin.member.name}:\n\n> Welcome aboard!\n> We use Node.\u2060js, e.\u2060g. for the API.`);
    });

    it("Create Member and Bulk Import take no message: one sent anyway is neither stored nor emailed", async () => {
      const link = "https://evil.example/login";
      const created = await createMember.run(t.db, org.byRole.admin.identity, org.slug, memberInput("created@invitees.example", { message: link }));
      expect(created).toMatchObject({ ok: true });
      const imported = await importInvitations.run(t.db, org.byRole.admin.identity, org.slug, { file: csvOf(["imported@invitees.example"]), message: link });
      expect(imported).toMatchObject({ ok: true, data: { invited: 1 } });
      for (const address of ["created@invitees.example", "imported@invitees.example"]) {
        const [invitation] = await t.db.select().from(invitations).where(and(eq(invitations.organizationId, org.organization.id), eq(invitations.email, address)));
        expect(invitation!.message).toBeNull();
        const [email] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.invitationId, invitation!.id));
        expect(email!.html + email!.text).not.toContain("evil");
        expect(email!.text).not.toContain("Message from");
      }
    });
  });
});
