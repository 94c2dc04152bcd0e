// After a full invite, sign-in and ownership-transfer flow, delivered through the real resend SDK
// (against a local fake), no live token or code is readable anywhere in the database: every text
// column of every table is scanned for every secret that was emailed. And every link in every
// email, on every sending path, is on the configured public URL — also when the sign-in request
// arrived with a forged host.
import crypto from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invitations, sessions } from "@/db/schema";
import type { RequestIdentity } from "@/lib/actions/kernel/request-identity";
import { bulkInvite } from "@/lib/actions/invitations/bulk-invite";
import { importInvitations } from "@/lib/actions/invitations/import-invitations";
import { resendInvitation } from "@/lib/actions/invitations/resend-invitation";
import { changeRole } from "@/lib/actions/members/change-role";
import { createMember } from "@/lib/actions/members/create-member";
import { removeMember } from "@/lib/actions/members/remove-member";
import { sendReauthCode } from "@/lib/actions/organizations/send-reauth-code";
import { transferOwnership } from "@/lib/actions/organizations/transfer-ownership";
import { appUrl } from "@/lib/env";
import { extractLinks } from "@/lib/email/links";
import { sendSignInLink } from "@/lib/email/sign-in-link";
import { runBackgroundSweep } from "@/lib/email/worker";
import { startFakeResend, type FakeResend } from "../helpers/fake-resend";
import { createOrgFixture } from "../helpers/org-fixture";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

let fake: FakeResend;
beforeAll(async () => {
  fake = await startFakeResend();
  fake.install();
});
afterAll(async () => {
  await fake.close();
});

async function recentSession(t: TestDatabase, identity: RequestIdentity): Promise<RequestIdentity> {
  const sessionToken = crypto.randomBytes(16).toString("hex");
  await t.db.insert(sessions).values({ sessionToken, userId: identity.user!.id, expires: new Date(Date.now() + 86_400_000) });
  return { ...identity, sessionToken };
}

/** Every value of every text-like column in the public schema that contains `needle`. */
async function findInDatabase(t: TestDatabase, needle: string): Promise<string[]> {
  const columns = (await t.db.execute(sql`
    select table_name, column_name from information_schema.columns
    where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`)) as unknown as
    | { table_name: string; column_name: string }[]
    | { rows: { table_name: string; column_name: string }[] };
  const list = Array.isArray(columns) ? columns : columns.rows;
  const hits: string[] = [];
  for (const { table_name, column_name } of list) {
    const found = (await t.db.execute(
      sql`select count(*)::int as n from ${sql.identifier(table_name)} where ${sql.identifier(column_name)}::text like ${`%${needle}%`}`,
    )) as unknown as { n: number }[] | { rows: { n: number }[] };
    const n = (Array.isArray(found) ? found : found.rows)[0]!.n;
    if (n > 0) hits.push(`${table_name}.${column_name}`);
  }
  return hits;
}

describe.each(drivers)("no live secret at rest (%s)", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t.close();
  });

  it("every emailed token and code is gone from the database once delivered, and every link is on APP_URL", async () => {
    fake.requests.length = 0;
    const org = await createOrgFixture(t.db);
    const admin = org.byRole.admin.identity;
    const ok = (result: { ok: boolean }) => expect(result, JSON.stringify(result)).toMatchObject({ ok: true });

    // Invitations: Create Member, Invite Members, Bulk Import, Resend (reminder).
    const created = await createMember.run(t.db, admin, org.slug, { name: "Ivy Invitee", email: "ivy@example.com", department: "Ops", role: "developer", status: "active" });
    ok(created);
    ok(await bulkInvite.run(t.db, admin, org.slug, { emails: "bo@example.com, cy@example.com", role: "viewer" }));
    ok(await importInvitations.run(t.db, admin, org.slug, { file: { encoding: "text", data: "email,role,teams\ndee@example.com,viewer,\n" } }));
    const [ivy] = await t.db.select().from(invitations).where(eq(invitations.email, "ivy@example.com"));
    ok(await resendInvitation.run(t.db, admin, org.slug, { invitationId: ivy!.id }));
    // Notices: role changed, removed.
    ok(await changeRole.run(t.db, admin, org.slug, { memberId: org.byRole.analyst.member.id, role: "viewer" }));
    ok(await removeMember.run(t.db, admin, org.slug, { memberId: org.byRole.viewer.member.id }));
    // Sign-in, as Auth.js would hand it over after a request with a forged host.
    const signInToken = crypto.randomBytes(32).toString("hex");
    const ownerEmail = org.byRole.owner.identity.user!.email;
    await sendSignInLink(t.db, {
      to: ownerEmail,
      url: `https://evil.example/api/auth/callback/resend?callbackUrl=https%3A%2F%2Fevil.example%2F&token=${signInToken}&email=${encodeURIComponent(ownerEmail)}`,
      expires: new Date(Date.now() + 15 * 60_000),
    });
    // Ownership transfer confirmed with the emailed code.
    const owner = await recentSession(t, org.byRole.owner.identity);
    ok(await sendReauthCode.run(t.db, owner, org.slug, { purpose: "transfer_ownership" }));
    const codeMail = fake.requests.find((r) => r.subject === "Your Roster verification code")!;
    const code = /^\s*(\d{6})\s*$/m.exec(codeMail.text)![1]!;
    ok(await transferOwnership.run(t.db, { ...owner, sessionToken: null }, org.slug, { memberId: org.byRole.admin.member.id, confirmSlug: org.slug, code }));
    // Whatever was left for the worker goes out now.
    await runBackgroundSweep(t.db);

    const received = fake.requests.filter((r) => JSON.stringify(r.to).match(/example\.com|\.test/));
    const templates = new Set(received.map((r) => r.subject.replace(/ .*/, "")));
    expect(received.length).toBeGreaterThanOrEqual(10);
    expect(templates.size).toBeGreaterThanOrEqual(4);

    // Every link in every email is on the configured public URL.
    const origin = new URL(appUrl()).origin;
    for (const request of received) {
      for (const link of extractLinks(request.text, request.html)) expect(new URL(link).origin, `${request.subject}: ${link}`).toBe(origin);
    }
    const signInMail = received.find((r) => r.subject === "Sign in to Roster")!;
    expect(signInMail.text).toContain(`${origin}/api/auth/callback/resend?`);
    expect(signInMail.text).toContain(signInToken);

    // The secrets that left in those emails...
    const invitationTokens = received.flatMap((r) => [...r.text.matchAll(/\/invite\/([A-Za-z0-9_-]{43})/g)].map((m) => m[1]!));
    expect(new Set(invitationTokens).size).toBeGreaterThanOrEqual(5);
    const secrets = [...new Set([...invitationTokens, signInToken, code])];
    // ...are nowhere in the database.
    for (const secret of secrets) expect(await findInDatabase(t, secret), secret).toEqual([]);
  });
});
