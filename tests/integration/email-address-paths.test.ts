// Every path that takes an address goes through the one email schema: Create Member, Invite Members
// and Bulk Import refuse each hostile form with a clear error, and nothing is written or emailed.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { emailOutbox, invitations, members } from "@/db/schema";
import { bulkInvite } from "@/lib/actions/invitations/bulk-invite";
import { importInvitations } from "@/lib/actions/invitations/import-invitations";
import { reviewImportFile } from "@/lib/actions/invitations/review-import";
import { createMember } from "@/lib/actions/members/create-member";
import { emailAddressSchema } from "@/lib/validation/email";
import { HOSTILE_ADDRESSES } from "../fixtures/hostile-addresses";
import { createOrgFixture, type OrgFixture } from "../helpers/org-fixture";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

const STRINGS = HOSTILE_ADDRESSES.filter(([, value]) => typeof value === "string" && value.trim() !== "") as [string, string][];

async function footprint(db: Database, organizationId: string) {
  const count = async (table: typeof members | typeof invitations | typeof emailOutbox) =>
    (await db.select({ n: sql<number>`count(*)::int` }).from(table).where(eq(table.organizationId, organizationId)))[0]!.n;
  return { members: await count(members), invitations: await count(invitations), outbox: await count(emailOutbox) };
}

const csvCell = (value: string) => `"${value.replace(/"/g, '""')}"`;

describe.each(drivers)("hostile addresses on every path (%s)", (driver) => {
  let t: TestDatabase;
  let org: OrgFixture;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
    org = await createOrgFixture(t.db);
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(STRINGS)("Create Member refuses %s with a field error and writes nothing", async (_label, email) => {
    const before = await footprint(t.db, org.organization.id);
    const result = await createMember.run(t.db, org.byRole.admin.identity, org.slug, {
      name: "Someone",
      email,
      department: "Ops",
      role: "viewer",
      status: "active",
    });
    expect(result).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { email: [expect.any(String)] } });
    expect(await footprint(t.db, org.organization.id)).toEqual(before);
  });

  it("Invite Members invites only the plain valid addresses in a list, never a hostile form", async () => {
    const before = await footprint(t.db, org.organization.id);
    const invited: string[] = [];
    for (const [, email] of STRINGS) {
      const result = await bulkInvite.run(t.db, org.byRole.admin.identity, org.slug, { emails: email, role: "viewer" });
      if (!result.ok) {
        expect(result.code, email).toBe("invalid_input");
        continue;
      }
      // The field takes lists ("a@x, b@y" is two addresses, split on spaces, commas, semicolons
      // and lines): each piece stands or falls on its own, and only a piece that is itself a
      // plain valid address is ever invited — never a display name, quoted or look-alike form.
      const pieces = email.split(/[\s,;]+/).filter(Boolean);
      for (const address of result.data.invited) {
        expect(pieces, email).toContain(address);
        expect(emailAddressSchema.parse(address)).toBe(address);
      }
      if (pieces.length === 1) expect(result.data.invited, email).toEqual([]);
      invited.push(...result.data.invited);
    }
    expect(new Set(invited)).toEqual(new Set(["a@x.test", "b@y.test", "victim@y.test"]));
    const after = await footprint(t.db, org.organization.id);
    expect(after.members - before.members).toBe(new Set(invited).size);
  });

  it("Bulk Import marks every one of them as an invalid email and invites nobody", async () => {
    const before = await footprint(t.db, org.organization.id);
    const rows = STRINGS.filter(([, email]) => !/[\r\n\u0000]/.test(email));
    const csv = ["email,role,teams", ...rows.map(([, email]) => `${csvCell(email)},viewer,`)].join("\n");
    const file = { encoding: "text" as const, data: csv };
    const review = await reviewImportFile.run(t.db, org.byRole.admin.identity, org.slug, { file });
    expect(review).toMatchObject({ ok: true, data: { valid: 0, counts: { invalid_email: rows.length } } });
    const imported = await importInvitations.run(t.db, org.byRole.admin.identity, org.slug, { file });
    expect(imported).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await footprint(t.db, org.organization.id)).toEqual(before);
  });
});
