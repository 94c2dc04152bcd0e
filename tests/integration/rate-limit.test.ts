// Database rate limits: counted atomically (no overshoot under concurrency, shared by every
// connection — i.e. every app instance), refused calls not charged, and the limits on sending
// invitations and sign-in emails refuse clearly and write nothing.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { emailOutbox, members, rateLimitBuckets } from "@/db/schema";
import { createMember } from "@/lib/actions/members/create-member";
import { SignInRateLimitedError, consumeSignInAllowance, peekSignInAllowance } from "@/lib/auth/sign-in-rate-limit";
import { RATE_LIMITS, consumeRateLimit, peekRateLimit, pruneRateLimits } from "@/lib/rate-limit";
import { createOrgFixture } from "../helpers/org-fixture";
import { createScratchPostgresDatabase, createTestDatabase, drivers, postgresUrl, type TestDatabase } from "../helpers/test-db";

const rule = { limit: 3, windowMs: 60_000, noun: "things" };

describe.each(drivers)("rate limits (%s)", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t.close();
  });

  it("allows up to the limit per window, refuses beyond it without charging, and starts over in the next window", async () => {
    const now = 1_700_000_000_000;
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await consumeRateLimit(t.db, "k:basic", rule, { now }));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, false, false]);
    expect(results[3]).toMatchObject({ ok: false, message: "Too many things sent recently (limit 3). Try again in 1 minute." });
    const [bucket] = await t.db.select().from(rateLimitBuckets).where(eq(rateLimitBuckets.key, "k:basic"));
    expect(bucket?.count).toBe(3);
    expect(await consumeRateLimit(t.db, "k:basic", rule, { now: now + 60_000 })).toMatchObject({ ok: true, count: 1 });
    expect(await peekRateLimit(t.db, "k:basic", rule, { now, cost: 1 })).toMatchObject({ ok: false });
    expect(await consumeRateLimit(t.db, "k:cost", rule, { now, cost: 4 })).toMatchObject({ ok: false });
    await pruneRateLimits(t.db, new Date(now + 1));
    expect(await t.db.select().from(rateLimitBuckets).where(eq(rateLimitBuckets.key, "k:basic"))).toHaveLength(1);
  });

  it("sign-in emails: the address limit refuses the next one, and peeking counts nothing", async () => {
    const email = `Limit.${driver}@Example.com`;
    for (let i = 0; i < RATE_LIMITS.signInPerEmail.limit; i++) {
      expect(await peekSignInAllowance(t.db, { email, ip: null })).toMatchObject({ ok: true });
      await consumeSignInAllowance(t.db, { email, ip: null });
    }
    expect(await peekSignInAllowance(t.db, { email: email.toLowerCase(), ip: null })).toMatchObject({ ok: false });
    await expect(consumeSignInAllowance(t.db, { email, ip: "203.0.113.5" })).rejects.toBeInstanceOf(SignInRateLimitedError);
  });

  it("an organization that has reached its invitation limit gets a clear error and nothing is written", async () => {
    const org = await createOrgFixture(t.db);
    const windowStart = new Date(Math.floor(Date.now() / RATE_LIMITS.invitationsPerOrganization.windowMs) * RATE_LIMITS.invitationsPerOrganization.windowMs);
    await t.db.insert(rateLimitBuckets).values({
      key: `invitations:org:${org.organization.id}`,
      windowStart,
      count: RATE_LIMITS.invitationsPerOrganization.limit,
    });
    const result = await createMember.run(t.db, org.byRole.admin.identity, org.slug, {
      name: "Too Many",
      email: "too.many@example.com",
      department: "Ops",
      role: "viewer",
      status: "active",
    });
    expect(result).toMatchObject({ ok: false, code: "rate_limited", error: expect.stringContaining("Too many invitations sent recently") });
    expect(await t.db.select().from(members).where(and(eq(members.organizationId, org.organization.id), eq(members.email, "too.many@example.com")))).toHaveLength(0);
    expect(await t.db.select().from(emailOutbox).where(eq(emailOutbox.to, "too.many@example.com"))).toHaveLength(0);
  });
});

describe.skipIf(!postgresUrl)("rate limits under concurrency (postgres, two connection pools = two app instances)", () => {
  it("50 concurrent requests against a limit of 10 let exactly 10 through", async () => {
    const { url, drop } = await createScratchPostgresDatabase(postgresUrl!);
    const a = await openDatabase({ url, max: 10 });
    const b = await openDatabase({ url, max: 10, migrate: false });
    try {
      const limit = { limit: 10, windowMs: 60_000, noun: "things" };
      const results = await Promise.all(Array.from({ length: 50 }, (_, i) => consumeRateLimit(i % 2 ? a.db : b.db, "k:race", limit)));
      expect(results.filter((r) => r.ok)).toHaveLength(10);
      const [bucket] = await a.db.select().from(rateLimitBuckets).where(eq(rateLimitBuckets.key, "k:race"));
      expect(bucket?.count).toBe(10);
    } finally {
      await a.close();
      await b.close();
      await drop();
    }
  });
});
