// Ownership transfer and its re-authentication, on both drivers: the emailed one-time code (hashed,
// expiring, single use, limited attempts, bound to user + organization + purpose) or a sign-in
// younger than 10 minutes; the typed slug; the target; roles swapped, audited and emailed in one
// transaction; and, on real PostgreSQL, concurrent transfers and demotions.
import crypto from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, emailOutbox, members, reauthCodes, sessions, type ReauthPurpose } from "@/db/schema";
import type { RequestIdentity } from "@/lib/actions/kernel/request-identity";
import { changeRole } from "@/lib/actions/members/change-role";
import { deleteOrganization } from "@/lib/actions/organizations/delete-organization";
import { sendReauthCode } from "@/lib/actions/organizations/send-reauth-code";
import { transferOwnership } from "@/lib/actions/organizations/transfer-ownership";
import { addMember, createOrgFixture, type OrgFixture } from "../helpers/org-fixture";
import { createTestDatabase, drivers, postgresUrl, type TestDatabase } from "../helpers/test-db";
import { fillSecret } from "@/lib/email/secret";

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

/** Asks for a code as `identity` and reads it from the email in the outbox. */
async function emailedCode(t: TestDatabase, org: OrgFixture, identity: RequestIdentity, purpose: ReauthPurpose = "transfer_ownership") {
  const sent = await sendReauthCode.run(t.db, identity, org.slug, { purpose });
  if (!sent.ok) throw new Error(sent.error);
  const [mail] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.to, identity.user!.email)).orderBy(desc(emailOutbox.createdAt)).limit(1);
  expect(mail).toMatchObject({ template: "reauth-code", organizationId: org.organization.id });
  return /^\s*(\d{6})\s*$/m.exec(fillSecret(mail!.text, mail!.secret))![1]!;
}

describe.each(drivers)("ownership transfer (%s)", (driver) => {
  let t: TestDatabase;
  let org: OrgFixture;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t.close();
  });

  const fresh = async () => (org = await createOrgFixture(t.db, { base: "transfer" }));
  const roleOf = async (memberId: string) => (await t.db.select().from(members).where(eq(members.id, memberId)))[0]?.role;
  const codesOf = (userId: string) => t.db.select().from(reauthCodes).where(eq(reauthCodes.userId, userId)).orderBy(desc(reauthCodes.createdAt));
  const transfer = (identity: RequestIdentity, extra: Record<string, unknown> = {}) =>
    transferOwnership.run(t.db, identity, org.slug, { memberId: org.byRole.admin.member.id, confirmSlug: org.slug, ...extra });
  const unchanged = async () => {
    expect(await roleOf(org.byRole.owner.member.id)).toBe("owner");
    expect(await roleOf(org.byRole.admin.member.id)).toBe("admin");
  };

  it("with a sign-in minutes old: the Admin becomes Owner, the Owner becomes Admin, audited and emailed", async () => {
    await fresh();
    const owner = await withSession(t, org.byRole.owner.identity, 3);
    const result = await transfer(owner);
    expect(result).toEqual({ ok: true, data: { newOwnerMemberId: org.byRole.admin.member.id, formerOwnerMemberId: org.byRole.owner.member.id } });
    expect(await roleOf(org.byRole.admin.member.id)).toBe("owner");
    expect(await roleOf(org.byRole.owner.member.id)).toBe("admin");
    const events = await t.db.select().from(auditEvents).where(eq(auditEvents.organizationId, org.organization.id));
    expect(events.find((e) => e.action === "organization.ownership_transferred")).toMatchObject({
      targetId: org.byRole.admin.member.id,
      actorUserId: owner.user!.id,
      metadata: { formerOwnerMemberId: org.byRole.owner.member.id, reauthentication: "recent_sign_in" },
    });
    expect(events.filter((e) => e.action === "member.role_changed").map((e) => [e.targetId, e.metadata.to])).toEqual(
      expect.arrayContaining([[org.byRole.admin.member.id, "owner"], [org.byRole.owner.member.id, "admin"]]),
    );
    const mail = await t.db.select().from(emailOutbox).where(eq(emailOutbox.organizationId, org.organization.id));
    expect(mail.find((m) => m.to === org.byRole.admin.member.email)).toMatchObject({ template: "ownership-transferred-new-owner", subject: `You are now the Owner of ${org.organization.name}` });
    expect(mail.find((m) => m.to === org.byRole.owner.member.email)?.template).toBe("ownership-transferred-former-owner");
  });

  it("the former Owner, now Admin, can't transfer it back or ask for a code", async () => {
    await fresh();
    const owner = await withSession(t, org.byRole.owner.identity, 1);
    expect((await transfer(owner)).ok).toBe(true);
    const back = await transferOwnership.run(t.db, owner, org.slug, { memberId: org.byRole.owner.member.id, confirmSlug: org.slug });
    expect(back).toMatchObject({ ok: false, code: "forbidden" });
    expect(await sendReauthCode.run(t.db, owner, org.slug, { purpose: "transfer_ownership" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await roleOf(org.byRole.owner.member.id)).toBe("admin");
  });

  it("refuses a sign-in older than 10 minutes without a code, a missing session, and another user's session", async () => {
    await fresh();
    const stale = await withSession(t, org.byRole.owner.identity, 11);
    expect(await transfer(stale)).toMatchObject({ ok: false, code: "forbidden", fieldErrors: { code: [expect.stringContaining("confirm it's you")] } });
    expect(await transfer(org.byRole.owner.identity)).toMatchObject({ ok: false, code: "forbidden" });
    const someoneElses = await withSession(t, org.byRole.viewer.identity, 1);
    expect(await transfer({ ...org.byRole.owner.identity, sessionToken: someoneElses.sessionToken })).toMatchObject({ ok: false, code: "forbidden" });
    await unchanged();
  });

  it("with an emailed code and a stale sign-in: the code is stored hashed and works once", async () => {
    await fresh();
    const owner = await withSession(t, org.byRole.owner.identity, 60);
    const code = await emailedCode(t, org, owner);
    const [stored] = await codesOf(owner.user!.id);
    expect(stored).toMatchObject({ purpose: "transfer_ownership", organizationId: org.organization.id, attempts: 0, consumedAt: null });
    expect(stored!.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored!.codeHash).not.toContain(code);
    expect(await transfer(owner, { code })).toMatchObject({ ok: true });
    expect((await codesOf(owner.user!.id))[0]!.consumedAt).not.toBeNull();
    // Made Owner again behind the scenes, the same code does not work a second time.
    await t.db.update(members).set({ role: "owner" }).where(eq(members.id, org.byRole.owner.member.id));
    await t.db.update(members).set({ role: "admin" }).where(eq(members.id, org.byRole.admin.member.id));
    expect(await transfer(owner, { code })).toMatchObject({ ok: false, code: "forbidden", error: expect.stringContaining("already been used") });
    await unchanged();
  });

  it("a wrong code counts an attempt (audited); five lock the code, even against the right one", async () => {
    await fresh();
    const owner = await withSession(t, org.byRole.owner.identity, 60);
    const code = await emailedCode(t, org, owner);
    const wrong = code === "000000" ? "000001" : "000000";
    expect(await transfer(owner, { code: wrong })).toMatchObject({ ok: false, code: "forbidden", error: "That code is incorrect. 4 attempts left." });
    expect((await codesOf(owner.user!.id))[0]!.attempts).toBe(1);
    const failed = await t.db.select().from(auditEvents).where(and(eq(auditEvents.organizationId, org.organization.id), eq(auditEvents.action, "organization.reauth_failed")));
    expect(failed).toHaveLength(1);
    for (let i = 0; i < 4; i++) await transfer(owner, { code: wrong });
    expect(await transfer(owner, { code })).toMatchObject({ ok: false, error: "Too many incorrect attempts. Request a new code." });
    await unchanged();
  });

  it("refuses an expired code, and one voided by a newer code", async () => {
    await fresh();
    const owner = await withSession(t, org.byRole.owner.identity, 60);
    const first = await emailedCode(t, org, owner);
    const second = await emailedCode(t, org, owner);
    if (first !== second) expect(await transfer(owner, { code: first })).toMatchObject({ ok: false, code: "forbidden" });
    await t.db.update(reauthCodes).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(reauthCodes.userId, owner.user!.id));
    expect(await transfer(owner, { code: second })).toMatchObject({ ok: false, error: expect.stringContaining("expired") });
    await unchanged();
  });

  it("binds a code to its purpose, its organization and its user", async () => {
    await fresh();
    const owner = await withSession(t, org.byRole.owner.identity, 60);
    const deleteCode = await emailedCode(t, org, owner, "delete_organization");
    expect(await transfer(owner, { code: deleteCode })).toMatchObject({ ok: false, code: "forbidden" });
    const coOwner = await addMember(t.db, org.organization, { role: "owner", name: "Co Owner" });
    const theirs = await emailedCode(t, org, coOwner.identity);
    expect(await transfer(owner, { code: theirs })).toMatchObject({ ok: false, code: "forbidden" });
    const otherOrg = await createOrgFixture(t.db, { base: "transfer-other" });
    const elsewhere = await emailedCode(t, otherOrg, otherOrg.byRole.owner.identity);
    expect(await transfer(owner, { code: elsewhere })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await deleteOrganization.run(t.db, owner, org.slug, { confirmSlug: org.slug, code: deleteCode })).toMatchObject({ ok: true });
  });

  it("refuses a wrong typed slug without touching the code", async () => {
    await fresh();
    const owner = await withSession(t, org.byRole.owner.identity, 60);
    const code = await emailedCode(t, org, owner);
    expect(await transfer(owner, { code, confirmSlug: "not-it" })).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { confirmSlug: expect.any(Array) } });
    expect((await codesOf(owner.user!.id))[0]).toMatchObject({ attempts: 0, consumedAt: null });
    await unchanged();
  });

  it("only an active Admin of this organization can become Owner; another organization's id is not found", async () => {
    await fresh();
    const owner = await withSession(t, org.byRole.owner.identity, 1);
    const inactiveAdmin = await addMember(t.db, org.organization, { role: "admin", status: "inactive", name: "Sleeping Admin" });
    for (const memberId of [org.byRole.manager.member.id, org.byRole.developer.member.id, inactiveAdmin.member.id, org.byRole.owner.member.id]) {
      expect(await transfer(owner, { memberId })).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { memberId: expect.any(Array) } });
    }
    const other = await createOrgFixture(t.db, { base: "transfer-foreign" });
    expect(await transfer(owner, { memberId: other.byRole.admin.member.id })).toMatchObject({ ok: false, code: "not_found" });
    expect(await transfer(owner, { memberId: "not-a-uuid" })).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await roleOf(other.byRole.admin.member.id)).toBe("admin");
    expect(await roleOf(org.byRole.manager.member.id)).toBe("manager");
    await unchanged();
  });

  it.each([
    ["admin", "forbidden"],
    ["manager", "forbidden"],
    ["developer", "forbidden"],
    ["analyst", "forbidden"],
    ["viewer", "forbidden"],
  ] as const)("refuses a %s with a fresh sign-in, and sends them no code", async (role, code) => {
    await fresh();
    const caller = await withSession(t, org.byRole[role].identity, 1);
    expect(await transferOwnership.run(t.db, caller, org.slug, { memberId: org.byRole.admin.member.id, confirmSlug: org.slug })).toMatchObject({ ok: false, code });
    expect(await sendReauthCode.run(t.db, caller, org.slug, { purpose: "transfer_ownership" })).toMatchObject({ ok: false, code });
    expect(await codesOf(caller.user!.id)).toHaveLength(0);
    await unchanged();
  });

  it("refuses a disabled member, an outsider and a signed-out caller as not found / unauthenticated", async () => {
    await fresh();
    expect(await transfer(await withSession(t, org.inactive.identity, 1))).toMatchObject({ ok: false, code: "not_found" });
    expect(await transfer(await withSession(t, org.outsider, 1))).toMatchObject({ ok: false, code: "not_found" });
    expect(await transfer(org.signedOut)).toMatchObject({ ok: false, code: "unauthenticated" });
    await unchanged();
  });

  it("limits how many codes an Owner can ask for in an hour", async () => {
    await fresh();
    for (let i = 0; i < 5; i++) await emailedCode(t, org, org.byRole.owner.identity);
    expect(await sendReauthCode.run(t.db, org.byRole.owner.identity, org.slug, { purpose: "transfer_ownership" })).toMatchObject({ ok: false, code: "rate_limited" });
  });
});

describe.skipIf(!postgresUrl)("ownership transfer under concurrency (postgres)", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase("postgres");
  });
  afterAll(async () => {
    await t.close();
  });

  const activeOwners = async (organizationId: string) =>
    (await t.db.select().from(members).where(and(eq(members.organizationId, organizationId), eq(members.role, "owner"), eq(members.status, "active")))).map((m) => m.id);

  it("two transfers by one Owner at once: exactly one succeeds and exactly one Owner remains", async () => {
    for (let round = 0; round < 5; round++) {
      const org = await createOrgFixture(t.db, { base: "race-transfer" });
      const second = await addMember(t.db, org.organization, { role: "admin", name: "Second Admin" });
      const owner = await withSession(t, org.byRole.owner.identity, 1);
      const results = await Promise.all(
        [org.byRole.admin.member.id, second.member.id].map((memberId) => transferOwnership.run(t.db, owner, org.slug, { memberId, confirmSlug: org.slug })),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      const owners = await activeOwners(org.organization.id);
      expect(owners).toHaveLength(1);
      expect([org.byRole.admin.member.id, second.member.id]).toContain(owners[0]);
    }
  });

  it("a transfer racing with another Owner demoting the transferring Owner or the target never leaves no Owner", async () => {
    for (let round = 0; round < 6; round++) {
      const org = await createOrgFixture(t.db, { base: "race-demote" });
      const coOwner = await addMember(t.db, org.organization, { role: "owner", name: "Co Owner" });
      const owner = await withSession(t, org.byRole.owner.identity, 1);
      const demoted = round % 2 === 0 ? org.byRole.owner.member.id : org.byRole.admin.member.id;
      const [transferred] = await Promise.all([
        transferOwnership.run(t.db, owner, org.slug, { memberId: org.byRole.admin.member.id, confirmSlug: org.slug }),
        changeRole.run(t.db, coOwner.identity, org.slug, { memberId: demoted, role: "developer" }),
      ]);
      const owners = await activeOwners(org.organization.id);
      expect(owners).toContain(coOwner.member.id);
      // The outcome is one of the two serial orders.
      const a = org.byRole.owner.member.id;
      const b = org.byRole.admin.member.id;
      if (demoted === a) expect(owners.sort()).toEqual((transferred.ok ? [b, coOwner.member.id] : [coOwner.member.id]).sort());
      else expect(owners.sort()).toEqual((transferred.ok ? [coOwner.member.id] : [a, coOwner.member.id]).sort());
    }
  });
});
