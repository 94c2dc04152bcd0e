// Settings → SCIM's actions on both databases: only Owners and Admins turn SCIM on or off, issue,
// rotate and revoke tokens; a token is returned once and stored only as its hash; rotation gives
// the old tokens an end date; another organization's token can't be revoked; each change is
// audited once; the worker prunes the request log after 30 days.
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, organizations, scimRequests, scimTokens } from "@/db/schema";
import { issueScimToken } from "@/lib/actions/scim/issue-scim-token";
import { revokeScimToken } from "@/lib/actions/scim/revoke-scim-token";
import { setScimEnabled } from "@/lib/actions/scim/set-scim-enabled";
import { runBackgroundSweep } from "@/lib/email/worker";
import { hashScimToken } from "@/lib/scim/tokens";
import { ROLES } from "@/lib/permissions";
import { createOrgFixture } from "../helpers/org-fixture";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

describe.each(drivers)("SCIM settings actions (%s)", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t.close();
  });

  it("only Owners and Admins may turn SCIM on and issue tokens; refused calls change nothing", async () => {
    for (const role of ROLES) {
      const org = await createOrgFixture(t.db, { base: "scim-set" });
      const caller = org.byRole[role].identity;
      const allowed = role === "owner" || role === "admin";
      const on = await setScimEnabled.run(t.db, caller, org.slug, { enabled: true });
      const issued = await issueScimToken.run(t.db, caller, org.slug, { graceHours: 0 });
      expect(on.ok, role).toBe(allowed);
      expect(issued.ok, role).toBe(allowed);
      const [row] = await t.db.select().from(organizations).where(eq(organizations.id, org.organization.id));
      expect(row!.scimEnabled, role).toBe(allowed);
      expect(await t.db.select().from(scimTokens).where(eq(scimTokens.organizationId, org.organization.id)), role).toHaveLength(allowed ? 1 : 0);
    }
    const org = await createOrgFixture(t.db, { base: "scim-set" });
    for (const caller of [org.inactive.identity, org.outsider, org.signedOut]) {
      expect((await issueScimToken.run(t.db, caller, org.slug, { graceHours: 0 })).ok).toBe(false);
    }
  });

  it("returns the token once and stores only its hash; rotation ends the old token after the grace period; revocation is per organization", async () => {
    const org = await createOrgFixture(t.db, { base: "scim-tok" });
    const owner = org.byRole.owner.identity;
    const first = await issueScimToken.run(t.db, owner, org.slug, { graceHours: 0 });
    if (!first.ok) throw new Error(first.error);
    expect(first.data.token).toMatch(/^scim_[A-Za-z0-9_-]{43}$/);
    const rows = await t.db.select().from(scimTokens).where(eq(scimTokens.organizationId, org.organization.id));
    expect(rows[0]!.tokenHash).toBe(hashScimToken(first.data.token));
    expect(JSON.stringify(rows)).not.toContain(first.data.token);
    expect(rows[0]!.prefix).toBe(first.data.token.slice(0, 12));

    const before = Date.now();
    const second = await issueScimToken.run(t.db, owner, org.slug, { graceHours: 24 });
    expect(second.ok).toBe(true);
    const [old] = await t.db.select().from(scimTokens).where(eq(scimTokens.id, first.data.id));
    expect(old!.expiresAt!.getTime()).toBeGreaterThanOrEqual(before + 24 * 3_600_000 - 1000);
    expect(old!.expiresAt!.getTime()).toBeLessThanOrEqual(Date.now() + 24 * 3_600_000 + 1000);

    const other = await createOrgFixture(t.db, { base: "scim-tok" });
    expect(await revokeScimToken.run(t.db, other.byRole.owner.identity, other.slug, { tokenId: first.data.id })).toMatchObject({ ok: false, code: "not_found" });
    expect(await revokeScimToken.run(t.db, owner, org.slug, { tokenId: first.data.id })).toMatchObject({ ok: true });
    expect(await revokeScimToken.run(t.db, owner, org.slug, { tokenId: first.data.id })).toMatchObject({ ok: false, code: "not_found" });
    expect(await issueScimToken.run(t.db, owner, org.slug, { graceHours: 5 })).toMatchObject({ ok: false, code: "invalid_input" });

    const actions = (await t.db.select().from(auditEvents).where(eq(auditEvents.organizationId, org.organization.id))).map((e) => e.action).sort();
    expect(actions).toEqual(["scim.token_created", "scim.token_revoked", "scim.token_rotated"]);
    const events = await t.db.select().from(auditEvents).where(eq(auditEvents.organizationId, org.organization.id));
    expect(JSON.stringify(events)).not.toContain(first.data.token);
  });

  it("the background sweep deletes request log rows older than 30 days", async () => {
    const org = await createOrgFixture(t.db, { base: "scim-log" });
    const old = new Date(Date.now() - 31 * 24 * 3_600_000);
    await t.db.insert(scimRequests).values([
      { organizationId: org.organization.id, method: "GET", path: "/Users", status: 200, outcome: "old", createdAt: old },
      { organizationId: org.organization.id, method: "GET", path: "/Users", status: 200, outcome: `new ${crypto.randomUUID()}` },
    ]);
    await runBackgroundSweep(t.db, { limit: 0 });
    const left = await t.db.select().from(scimRequests).where(eq(scimRequests.organizationId, org.organization.id));
    expect(left.map((r) => r.outcome)).toEqual([expect.stringMatching(/^new /)]);
  });
});
