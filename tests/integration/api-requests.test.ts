// The REST API's HTTP behaviour: bad JSON, wrong types, unknown fields and oversized bodies are
// 400/413/415/422 with a stable code — never a 500 and never a partial write; cursor pages walk the
// whole list exactly once; Idempotency-Key replays a POST's first answer; the per-key rate limit
// answers 429 with RateLimit headers (present on every answer).
import crypto from "node:crypto";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idempotencyKeys, members, rateLimitBuckets, teams } from "@/db/schema";
import { MAX_API_BODY_BYTES } from "@/lib/api/handle-api-request";
import { apiRateLimitRule } from "@/lib/api/api-rate-limit";
import { callApi, mintKey } from "../helpers/api-client";
import { createOrgFixture, type OrgFixture } from "../helpers/org-fixture";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

describe.each(drivers)("REST API requests (%s)", (driver) => {
  let t: TestDatabase;
  let org: OrgFixture;
  let key: string;
  let keyId: string;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
    org = await createOrgFixture(t.db, { base: "apireq" });
    ({ key, id: keyId } = await mintKey(t.db, org.byRole.owner.member));
  });
  afterAll(async () => {
    await t.close();
  });

  const base = () => `/organizations/${org.organization.id}`;
  const teamCount = async () => (await t.db.select().from(teams).where(eq(teams.organizationId, org.organization.id))).length;

  it.each([
    ["not JSON at all", 400, "invalid_json", "{name: team}"],
    ["truncated JSON", 400, "invalid_json", '{"name": "Team'],
    ["an empty body", 400, "invalid_json", ""],
    ["a JSON string", 422, "invalid_input", '"Team"'],
    ["a JSON array", 422, "invalid_input", '[{"name": "Team"}]'],
    ["null", 422, "invalid_input", "null"],
    ["a number for the name", 422, "invalid_input", '{"name": 42}'],
    ["an empty name", 422, "invalid_input", '{"name": "   "}'],
    ["a name with a line break", 422, "invalid_input", '{"name": "a\\nb"}'],
    ["a 10,000-character name", 422, "invalid_input", JSON.stringify({ name: "x".repeat(10_000) })],
  ])("POST teams with %s → %i %s, nothing written", async (_label, status, code, rawBody) => {
    const before = await teamCount();
    const answer = await callApi(t.db, "POST", `${base()}/teams`, { key, rawBody });
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject({ code, message: expect.any(String) });
    expect(await teamCount()).toBe(before);
  });

  it("wrong types name the field", async () => {
    const answer = await callApi(t.db, "POST", `${base()}/members/bulk-invite`, { key, body: { emails: "a@example.com", role: "wizard" } });
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({ code: "invalid_input", fieldErrors: { emails: [expect.any(String)], role: [expect.any(String)] } });
  });

  it("a PATCH with an unknown field, or none, is 422", async () => {
    const path = `${base()}/members/${org.byRole.viewer.member.id}`;
    expect(await callApi(t.db, "PATCH", path, { key, body: { role: "analyst", isAdmin: true } })).toMatchObject({ status: 422 });
    expect(await callApi(t.db, "PATCH", path, { key, body: {} })).toMatchObject({ status: 422 });
    const [viewer] = await t.db.select().from(members).where(eq(members.id, org.byRole.viewer.member.id));
    expect(viewer!.role).toBe("viewer");
  });

  it("a body over the cap is refused before it is read (413), whatever Content-Length says", async () => {
    const huge = JSON.stringify({ name: "x".repeat(MAX_API_BODY_BYTES) });
    expect(await callApi(t.db, "POST", `${base()}/teams`, { key, rawBody: huge })).toMatchObject({ status: 413, body: { code: "payload_too_large" } });
    expect(await callApi(t.db, "POST", `${base()}/teams`, { key, rawBody: huge, headers: { "content-length": "10" } })).toMatchObject({ status: 413 });
  });

  it("a body that isn't sent as JSON is 415", async () => {
    const answer = await callApi(t.db, "POST", `${base()}/teams`, { key, rawBody: '{"name":"Form team"}', headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(answer).toMatchObject({ status: 415, body: { code: "unsupported_media_type" } });
  });

  it.each([
    ["limit=0"],
    ["limit=1000"],
    ["limit=abc"],
    ["role=wizard"],
    ["status=active,gone"],
    ["team=not-a-uuid"],
    ["joined=12"],
    ["sort=password"],
    ["cursor=abc.def"],
  ])("GET members?%s → 422", async (query) => {
    const answer = await callApi(t.db, "GET", `${base()}/members?${query}`, { key });
    expect(answer).toMatchObject({ status: 422, body: { code: "invalid_input" } });
  });

  it("hostile bodies on every writing operation never produce a 500", async () => {
    const hostile = ['{"__proto__": {"admin": true}}', '{"constructor": {"prototype": {}}}', "[]", "{}", "true", '{"emails": [null], "role": null}', '{"memberIds": "x"}', '{"scopes": {}}', "\u0000"];
    const writes: [("POST" | "PATCH"), string][] = [
      ["POST", `${base()}/teams`],
      ["POST", `${base()}/members/bulk-invite`],
      ["PATCH", `${base()}/members/${org.byRole.viewer.member.id}`],
      ["POST", `${base()}/members/${org.byRole.owner.member.id}/keys`],
    ];
    for (const [method, path] of writes) {
      for (const rawBody of hostile) {
        const answer = await callApi(t.db, method, path, { key, rawBody });
        expect(answer.status, `${method} ${path} ${rawBody}`).toBeGreaterThanOrEqual(400);
        expect(answer.status, `${method} ${path} ${rawBody}`).toBeLessThan(500);
      }
    }
  });

  it("cursor pages walk the whole filtered list once, in order, and a cursor works only with its own filters", async () => {
    const big = await createOrgFixture(t.db, { base: "apipage" });
    const rows = Array.from({ length: 120 }, (_, i) => ({
      organizationId: big.organization.id,
      email: `p${String(i).padStart(3, "0")}.${crypto.randomUUID().slice(0, 4)}@example.com`,
      name: `Person ${String(i % 40).padStart(2, "0")}`,
      role: i % 3 === 0 ? ("analyst" as const) : ("viewer" as const),
      status: "active" as const,
      department: "Sales",
    }));
    await t.db.insert(members).values(rows);
    const bigKey = (await mintKey(t.db, big.byRole.viewer.member, { scopes: ["members:read"] })).key;
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `limit=50&department=Sales${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
      const answer = await callApi(t.db, "GET", `/organizations/${big.organization.id}/members?${query}`, { key: bigKey });
      expect(answer.status).toBe(200);
      const page = answer.body as { data: { id: string; name: string }[]; nextCursor: string | null };
      seen.push(...page.data.map((m) => m.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(120);
    const expected = await t.db
      .select({ id: members.id })
      .from(members)
      .where(and(eq(members.organizationId, big.organization.id), eq(members.department, "Sales")))
      .orderBy(asc(members.name), asc(members.id));
    expect(seen).toEqual(expected.map((r) => r.id));

    const first = (await callApi(t.db, "GET", `/organizations/${big.organization.id}/members?limit=50&role=analyst`, { key: bigKey })).body as { data: unknown[]; nextCursor: string };
    // 40 generated Analysts and the fixture's own one.
    expect(first.data.length).toBe(41);
    const page1 = (await callApi(t.db, "GET", `/organizations/${big.organization.id}/members?limit=10&role=analyst`, { key: bigKey })).body as { nextCursor: string };
    const other = await callApi(t.db, "GET", `/organizations/${big.organization.id}/members?limit=10&role=viewer&cursor=${encodeURIComponent(page1.nextCursor)}`, { key: bigKey });
    expect(other).toMatchObject({ status: 422, body: { fieldErrors: { cursor: [expect.any(String)] } } });

    const firstAll = (await callApi(t.db, "GET", `/organizations/${big.organization.id}/members?limit=10`, { key: bigKey })).body as { nextCursor: string };
    const [payload, signature] = firstAll.nextCursor.split(".");
    const forged = `${Buffer.from(JSON.stringify({ v: "A", i: crypto.randomUUID(), s: JSON.parse(Buffer.from(payload!, "base64url").toString()).s })).toString("base64url")}.${signature}`;
    expect((await callApi(t.db, "GET", `/organizations/${big.organization.id}/members?limit=10&cursor=${encodeURIComponent(forged)}`, { key: bigKey })).status).toBe(422);
  });

  it("prepared pages (no filter, or role and status only) walk the same rows as a query would, in each sort and organization", async () => {
    const orgs = [await createOrgFixture(t.db, { base: "apiprep-a" }), await createOrgFixture(t.db, { base: "apiprep-b" })];
    for (const [n, fixture] of orgs.entries()) {
      await t.db.insert(members).values(
        Array.from({ length: 37 + n * 11 }, (_, i) => ({
          organizationId: fixture.organization.id,
          email: `q${String(i).padStart(3, "0")}.${crypto.randomUUID().slice(0, 4)}@example.com`,
          name: `Prep ${String(i % 13).padStart(2, "0")}`,
          role: (["developer", "analyst", "viewer"] as const)[i % 3]!,
          status: i % 4 === 0 ? ("inactive" as const) : ("active" as const),
        })),
      );
    }
    const keys = await Promise.all(orgs.map(async (fixture) => (await mintKey(t.db, fixture.byRole.viewer.member, { scopes: ["members:read"] })).key));
    const cases = [
      { query: "", where: () => undefined },
      { query: "&role=developer,analyst&status=active", where: () => and(inArray(members.role, ["developer", "analyst"]), eq(members.status, "active")) },
      { query: "&status=inactive&sort=email&dir=desc", where: () => eq(members.status, "inactive") },
    ];
    for (const { query, where } of cases) {
      // The two organizations in turn, so one prepared statement serves both.
      for (const [n, fixture] of orgs.entries()) {
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const answer = await callApi(t.db, "GET", `/organizations/${fixture.organization.id}/members?limit=7${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`, { key: keys[n] });
          expect(answer.status).toBe(200);
          const page = answer.body as { data: { id: string }[]; nextCursor: string | null };
          seen.push(...page.data.map((m) => m.id));
          cursor = page.nextCursor;
        } while (cursor);
        const byEmail = query.includes("sort=email");
        const order = query.includes("dir=desc") ? desc : asc;
        const expected = await t.db
          .select({ id: members.id })
          .from(members)
          .where(and(eq(members.organizationId, fixture.organization.id), where()))
          .orderBy(order(byEmail ? members.email : members.name), order(members.id));
        expect(seen).toEqual(expected.map((r) => r.id));
      }
    }
  });

  it("the list writes each time exactly as the single-member answer does (ISO 8601, UTC, milliseconds)", async () => {
    const fixture = await createOrgFixture(t.db, { base: "apitimes" });
    const target = fixture.byRole.developer.member;
    await t.db.update(members).set({ lastActiveAt: new Date("2026-03-04T05:06:07.089Z"), joinedAt: new Date("1999-12-31T23:59:59.999Z") }).where(eq(members.id, target.id));
    const key = (await mintKey(t.db, fixture.byRole.viewer.member, { scopes: ["members:read"] })).key;
    const list = (await callApi(t.db, "GET", `/organizations/${fixture.organization.id}/members?limit=100`, { key })).body as { data: Record<string, unknown>[] };
    const single = (await callApi(t.db, "GET", `/organizations/${fixture.organization.id}/members/${target.id}`, { key })).body as Record<string, unknown>;
    const row = list.data.find((m) => m.id === target.id)!;
    expect(row).toMatchObject({ lastActiveAt: "2026-03-04T05:06:07.089Z", joinedAt: "1999-12-31T23:59:59.999Z" });
    for (const field of ["lastActiveAt", "joinedAt", "createdAt"]) expect(row[field]).toBe(single[field]);
    // Never active: null in both.
    const never = list.data.find((m) => m.id === fixture.byRole.viewer.member.id)!;
    expect(never.lastActiveAt).toBeNull();
  });

  it("Idempotency-Key: the same POST again replays the first answer; another request with the key is 422; one in flight is 409", async () => {
    const headers = { "idempotency-key": `create-${crypto.randomUUID()}` };
    const first = await callApi(t.db, "POST", `${base()}/teams`, { key, body: { name: "Idempotent team" }, headers });
    expect(first.status).toBe(201);
    const again = await callApi(t.db, "POST", `${base()}/teams`, { key, body: { name: "Idempotent team" }, headers });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect((await t.db.select().from(teams).where(eq(teams.name, "Idempotent team"))).length).toBe(1);

    const reused = await callApi(t.db, "POST", `${base()}/teams`, { key, body: { name: "Another team" }, headers });
    expect(reused).toMatchObject({ status: 422, body: { code: "idempotency_key_reused" } });

    await t.db.insert(idempotencyKeys).values({ apiKeyId: keyId, key: "in-flight", requestFingerprint: "x" });
    const racing = await callApi(t.db, "POST", `${base()}/teams`, { key, body: { name: "Racing team" }, headers: { "idempotency-key": "in-flight" } });
    expect(racing.status).toBe(422); // a different fingerprint: reuse wins over in-flight
    const fingerprintOf = crypto.createHash("sha256").update(`POST /api/v1${base()}/teams\n${JSON.stringify({ name: "Racing team" })}`).digest("hex");
    await t.db.insert(idempotencyKeys).values({ apiKeyId: keyId, key: "in-flight-2", requestFingerprint: fingerprintOf });
    const inFlight = await callApi(t.db, "POST", `${base()}/teams`, { key, body: { name: "Racing team" }, headers: { "idempotency-key": "in-flight-2" } });
    expect(inFlight).toMatchObject({ status: 409, body: { code: "idempotency_key_in_use" } });
    expect((await t.db.select().from(teams).where(eq(teams.name, "Racing team"))).length).toBe(0);

    expect(await callApi(t.db, "POST", `${base()}/teams`, { key, body: { name: "x" }, headers: { "idempotency-key": "bad key with spaces" } })).toMatchObject({ status: 400 });
  });

  it("a refused POST is replayed as refused; a conflict stays a conflict", async () => {
    const headers = { "idempotency-key": `dup-${crypto.randomUUID()}` };
    await callApi(t.db, "POST", `${base()}/teams`, { key, body: { name: "Taken name" } });
    const first = await callApi(t.db, "POST", `${base()}/teams`, { key, body: { name: "Taken name" }, headers });
    expect(first.status).toBe(409);
    const again = await callApi(t.db, "POST", `${base()}/teams`, { key, body: { name: "Taken name" }, headers });
    expect(again).toMatchObject({ status: 409, body: first.body });
  });

  it("every answer carries the RateLimit fields; past the limit it is 429 with Retry-After", async () => {
    const { key: limited, id } = await mintKey(t.db, org.byRole.developer.member, { scopes: ["members:read"] });
    const ok = await callApi(t.db, "GET", `${base()}/members?limit=1`, { key: limited });
    const rule = apiRateLimitRule();
    expect(ok.headers.get("ratelimit-policy")).toBe(`"per-key";q=${rule.limit};w=60`);
    expect(ok.headers.get("ratelimit")).toMatch(new RegExp(`^"per-key";r=${rule.limit - 1};t=\\d+$`));
    expect(ok.headers.get("ratelimit-remaining")).toBe(String(rule.limit - 1));
    expect(ok.headers.get("cache-control")).toBe("no-store");
    // Use up the window.
    const windowStart = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    await t.db.update(rateLimitBuckets).set({ count: rule.limit }).where(eq(rateLimitBuckets.key, `api:key:${id}`));
    const refused = await callApi(t.db, "GET", `${base()}/members?limit=1`, { key: limited });
    if (Math.floor(Date.now() / 60_000) * 60_000 === windowStart.getTime()) {
      expect(refused).toMatchObject({ status: 429, body: { code: "rate_limited" } });
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(refused.headers.get("ratelimit-remaining")).toBe("0");
    }
    // A refused request isn't counted: the window stays at the limit.
    const [bucket] = await t.db.select({ count: rateLimitBuckets.count }).from(rateLimitBuckets).where(eq(rateLimitBuckets.key, `api:key:${id}`));
    expect(bucket?.count).toBe(rule.limit);
    // Errors carry them too.
    const forbidden = await callApi(t.db, "POST", `${base()}/teams`, { key: limited, body: { name: "no" } });
    expect(forbidden.headers.get("ratelimit-policy")).not.toBeNull();
    // Another key has its own budget.
    expect((await callApi(t.db, "GET", `${base()}/members?limit=1`, { key })).status).toBe(200);
  });

  it("a revoked or expired key's requests are refused and never counted", async () => {
    const revoked = await mintKey(t.db, org.byRole.developer.member, { scopes: ["members:read"], revokedAt: new Date() });
    const expired = await mintKey(t.db, org.byRole.developer.member, { scopes: ["members:read"], expiresAt: new Date(Date.now() - 1000) });
    for (const { key: presented } of [revoked, expired]) {
      const answer = await callApi(t.db, "GET", `${base()}/members?limit=1`, { key: presented });
      expect(answer.status).toBe(401);
      expect(answer.headers.get("ratelimit")).toBeNull();
    }
    const counted = await t.db
      .select({ key: rateLimitBuckets.key })
      .from(rateLimitBuckets)
      .where(inArray(rateLimitBuckets.key, [`api:key:${revoked.id}`, `api:key:${expired.id}`]));
    expect(counted).toEqual([]);
  });
});
