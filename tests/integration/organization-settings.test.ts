// Organization settings through their actions, on both drivers: general settings (name, slug,
// default role, invitation expiry), the seat limit, and deleting the organization — who may, the
// rules each enforces, and that a refused call changes nothing.
import crypto from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, emailOutbox, invitations, members, organizations, sessions, teams, users } from "@/db/schema";
import { findActiveMembership } from "@/db/queries/organizations";
import type { RequestIdentity } from "@/lib/actions/kernel/request-identity";
import { createMember } from "@/lib/actions/members/create-member";
import { deleteOrganization } from "@/lib/actions/organizations/delete-organization";
import { updateOrganization } from "@/lib/actions/organizations/update-organization";
import { updateSeatLimit } from "@/lib/actions/organizations/update-seat-limit";
import { createOrgFixture, type OrgFixture } from "../helpers/org-fixture";
import { createTestDatabase, drivers, postgresUrl, type TestDatabase } from "../helpers/test-db";

type Caller = keyof OrgFixture["byRole"] | "inactive" | "outsider" | "signedOut";
const identityOf = (org: OrgFixture, caller: Caller): RequestIdentity =>
  caller === "inactive" ? org.inactive.identity : caller === "outsider" ? org.outsider : caller === "signedOut" ? org.signedOut : org.byRole[caller].identity;
const REFUSED: Record<Exclude<Caller, "owner" | "admin">, string> = {
  manager: "forbidden",
  developer: "forbidden",
  analyst: "forbidden",
  viewer: "forbidden",
  inactive: "not_found",
  outsider: "not_found",
  signedOut: "unauthenticated",
};

/** A database session for `identity`, signed in `minutesAgo` minutes ago, as the request would carry it. */
async function withSession(t: TestDatabase, identity: RequestIdentity, minutesAgo: number): Promise<RequestIdentity> {
  const sessionToken = crypto.randomBytes(16).toString("hex");
  await t.db.insert(sessions).values({
    sessionToken,
    userId: identity.user!.id,
    expires: new Date(Date.now() + 86_400_000),
    createdAt: sql`now() - (${minutesAgo}::integer * interval '1 minute')`,
  });
  return { ...identity, sessionToken };
}

const settingsInput = (org: OrgFixture, overrides: Record<string, unknown> = {}) => ({
  name: org.organization.name,
  slug: org.slug,
  defaultRole: org.organization.defaultRole,
  invitationExpiryDays: org.organization.invitationExpiryDays,
  ...overrides,
});

describe.each(drivers)("organization settings (%s)", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t.close();
  });

  const orgRow = async (id: string) => (await t.db.select().from(organizations).where(eq(organizations.id, id)))[0];
  const auditActions = async (organizationId: string) =>
    (await t.db.select().from(auditEvents).where(eq(auditEvents.organizationId, organizationId))).map((e) => e.action);

  describe("general settings", () => {
    it.each(["owner", "admin"] as const)("the %s renames the organization, moves its URL, and sets the default role and invitation expiry", async (role) => {
      const org = await createOrgFixture(t.db, { base: "general" });
      const newSlug = `moved-${crypto.randomUUID().slice(0, 8)}`;
      const result = await updateOrganization.run(t.db, identityOf(org, role), org.slug, {
        name: "  Renamed Inc.  ",
        slug: newSlug.toUpperCase(),
        defaultRole: "analyst",
        invitationExpiryDays: "30",
      });
      expect(result).toEqual({ ok: true, data: { slug: newSlug, changed: ["name", "slug", "defaultRole", "invitationExpiryDays"] } });
      expect(await orgRow(org.organization.id)).toMatchObject({ name: "Renamed Inc.", slug: newSlug, defaultRole: "analyst", invitationExpiryDays: 30 });
      const user = org.byRole[role].identity.user!;
      expect(await findActiveMembership(t.db, { slug: org.slug, userId: user.id })).toBeNull();
      expect(await findActiveMembership(t.db, { slug: newSlug, userId: user.id })).not.toBeNull();
      const [event] = await t.db.select().from(auditEvents).where(and(eq(auditEvents.organizationId, org.organization.id), eq(auditEvents.action, "organization.updated")));
      expect(event?.metadata).toMatchObject({ changes: { slug: { from: org.slug, to: newSlug }, name: { to: "Renamed Inc." } } });
    });

    it.each(Object.entries(REFUSED))("refuses a %s and changes nothing", async (caller, code) => {
      const org = await createOrgFixture(t.db, { base: "general-refused" });
      const result = await updateOrganization.run(t.db, identityOf(org, caller as Caller), org.slug, settingsInput(org, { name: "Hijacked" }));
      expect(result).toMatchObject({ ok: false, code });
      expect(await orgRow(org.organization.id)).toMatchObject({ name: org.organization.name, slug: org.slug });
    });

    it("refuses a slug another organization has, as a field error", async () => {
      const org = await createOrgFixture(t.db, { base: "general-clash" });
      const other = await createOrgFixture(t.db, { base: "general-other" });
      const result = await updateOrganization.run(t.db, identityOf(org, "owner"), org.slug, settingsInput(org, { name: "Changed", slug: other.slug }));
      expect(result).toMatchObject({ ok: false, code: "conflict", fieldErrors: { slug: [`"${other.slug}" is already taken. Choose another URL.`] } });
      expect(await orgRow(org.organization.id)).toMatchObject({ name: org.organization.name, slug: org.slug });
    });

    it.each([
      ["slug", { slug: "Bad Slug!" }],
      ["slug", { slug: "-edge-" }],
      ["slug", { slug: "settings" }],
      ["name", { name: "x" }],
      ["defaultRole", { defaultRole: "owner" }],
      ["invitationExpiryDays", { invitationExpiryDays: 0 }],
      ["invitationExpiryDays", { invitationExpiryDays: 91 }],
      ["invitationExpiryDays", { invitationExpiryDays: 2.5 }],
    ])("refuses a bad %s as a field error: %j", async (field, overrides) => {
      const org = await createOrgFixture(t.db, { base: "general-bad" });
      const result = await updateOrganization.run(t.db, identityOf(org, "owner"), org.slug, settingsInput(org, overrides));
      expect(result).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { [field]: expect.any(Array) } });
      expect(await orgRow(org.organization.id)).toMatchObject({ slug: org.slug, defaultRole: org.organization.defaultRole, invitationExpiryDays: 7 });
    });
  });

  describe("seat limit", () => {
    it("the Owner raises it, and lowers it to exactly the seats in use (pending invitations count)", async () => {
      const org = await createOrgFixture(t.db, { base: "seats", seatLimit: 20 });
      const invited = await createMember.run(t.db, identityOf(org, "owner"), org.slug, {
        name: "Pending Person", email: "pending@example.com", department: "Ops", role: "viewer", status: "active",
      });
      expect(invited.ok).toBe(true);
      expect(await updateSeatLimit.run(t.db, identityOf(org, "owner"), org.slug, { seatLimit: "50" })).toEqual({ ok: true, data: { seatLimit: 50, used: 7 } });
      expect(await updateSeatLimit.run(t.db, identityOf(org, "owner"), org.slug, { seatLimit: 7 })).toEqual({ ok: true, data: { seatLimit: 7, used: 7 } });
      expect((await orgRow(org.organization.id))?.seatLimit).toBe(7);
      const events = await t.db.select().from(auditEvents).where(and(eq(auditEvents.organizationId, org.organization.id), eq(auditEvents.action, "organization.seat_limit_changed")));
      expect(events.map((e) => e.metadata)).toEqual(expect.arrayContaining([{ from: 20, to: 50, used: 7 }, { from: 50, to: 7, used: 7 }]));
    });

    it("can't go below the seats in use: a field error that says how many are used", async () => {
      const org = await createOrgFixture(t.db, { base: "seats-low", seatLimit: 20 }); // 6 active members
      const result = await updateSeatLimit.run(t.db, identityOf(org, "owner"), org.slug, { seatLimit: 5 });
      expect(result).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { seatLimit: [expect.stringContaining("6 seats are in use")] } });
      expect(await updateSeatLimit.run(t.db, identityOf(org, "owner"), org.slug, { seatLimit: 0 })).toMatchObject({ ok: false, fieldErrors: { seatLimit: expect.any(Array) } });
      expect((await orgRow(org.organization.id))?.seatLimit).toBe(20);
    });

    it.each(["admin", ...Object.keys(REFUSED)])("refuses a %s (Admins only see seats) and changes nothing", async (caller) => {
      const org = await createOrgFixture(t.db, { base: "seats-refused", seatLimit: 20 });
      const result = await updateSeatLimit.run(t.db, identityOf(org, caller as Caller), org.slug, { seatLimit: 99 });
      expect(result).toMatchObject({ ok: false, code: caller === "admin" ? "forbidden" : REFUSED[caller as keyof typeof REFUSED] });
      expect((await orgRow(org.organization.id))?.seatLimit).toBe(20);
    });
  });

  describe("deleting the organization", () => {
    it("the Owner, signed in minutes ago and typing the slug, deletes it with everything in it; user accounts stay", async () => {
      const org = await createOrgFixture(t.db, { base: "delete" });
      await t.db.insert(teams).values({ organizationId: org.organization.id, name: "Doomed" });
      await createMember.run(t.db, identityOf(org, "owner"), org.slug, { name: "Invitee", email: "invitee@example.com", department: "Ops", role: "viewer", status: "active" });
      const owner = await withSession(t, identityOf(org, "owner"), 2);
      const result = await deleteOrganization.run(t.db, owner, org.slug, { confirmSlug: ` ${org.slug.toUpperCase()} ` });
      expect(result).toEqual({ ok: true, data: { slug: org.slug } });
      expect(await orgRow(org.organization.id)).toBeUndefined();
      for (const table of [members, teams, invitations, auditEvents, emailOutbox]) {
        expect(await t.db.select().from(table).where(eq(table.organizationId, org.organization.id))).toHaveLength(0);
      }
      expect(await t.db.select().from(users).where(eq(users.id, owner.user!.id))).toHaveLength(1);
    });

    it("needs the typed slug and a recent sign-in (or a code); refusals change nothing", async () => {
      const org = await createOrgFixture(t.db, { base: "delete-refused" });
      const fresh = await withSession(t, identityOf(org, "owner"), 1);
      const stale = await withSession(t, identityOf(org, "owner"), 11);
      expect(await deleteOrganization.run(t.db, fresh, org.slug, { confirmSlug: "wrong" })).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { confirmSlug: expect.any(Array) } });
      expect(await deleteOrganization.run(t.db, stale, org.slug, { confirmSlug: org.slug })).toMatchObject({ ok: false, code: "forbidden", fieldErrors: { code: expect.any(Array) } });
      expect(await deleteOrganization.run(t.db, identityOf(org, "owner"), org.slug, { confirmSlug: org.slug })).toMatchObject({ ok: false, code: "forbidden" });
      expect(await deleteOrganization.run(t.db, stale, org.slug, { confirmSlug: org.slug, code: "123456" })).toMatchObject({ ok: false, code: "forbidden" });
      expect(await orgRow(org.organization.id)).toBeDefined();
      expect(await auditActions(org.organization.id)).not.toContain("organization.deleted");
    });

    it.each(["admin", ...Object.keys(REFUSED)])("refuses a %s even with a fresh sign-in, and changes nothing", async (caller) => {
      const org = await createOrgFixture(t.db, { base: "delete-role" });
      const identity = identityOf(org, caller as Caller);
      const withFresh = identity.user ? await withSession(t, identity, 1) : identity;
      const result = await deleteOrganization.run(t.db, withFresh, org.slug, { confirmSlug: org.slug });
      expect(result).toMatchObject({ ok: false, code: caller === "admin" ? "forbidden" : REFUSED[caller as keyof typeof REFUSED] });
      expect(await orgRow(org.organization.id)).toBeDefined();
    });
  });
});

describe.skipIf(!postgresUrl)("seat limit under concurrency (postgres)", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase("postgres");
  });
  afterAll(async () => {
    await t.close();
  });

  it("lowering the limit to the seats in use while invites arrive never leaves more seats used than the limit", async () => {
    for (let round = 0; round < 5; round++) {
      const org = await createOrgFixture(t.db, { base: "race-limit", seatLimit: 10 }); // 6 used
      const owner = org.byRole.owner.identity;
      await Promise.all([
        updateSeatLimit.run(t.db, owner, org.slug, { seatLimit: 6 }),
        ...[1, 2, 3].map((i) =>
          createMember.run(t.db, org.byRole.admin.identity, org.slug, { name: `Racer ${i}`, email: `racer${i}@example.com`, department: "Ops", role: "viewer", status: "active" }),
        ),
      ]);
      const [organization] = await t.db.select().from(organizations).where(eq(organizations.id, org.organization.id));
      const [{ used }] = (await t.db
        .select({ used: sql<number>`count(*)::int` })
        .from(members)
        .where(and(eq(members.organizationId, org.organization.id), sql`${members.status} in ('active', 'pending')`))) as [{ used: number }];
      expect(Number(used)).toBeLessThanOrEqual(organization!.seatLimit);
    }
  });
});
