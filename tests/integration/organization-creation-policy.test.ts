// Creating an organization through the real action under each operator rule: who is refused, that
// a refusal writes nothing, and that two "first users" of a fresh install racing in operators mode
// get exactly one organization (real PostgreSQL: concurrent transactions on a pool).
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditEvents, members, organizations } from "@/db/schema";
import { createOrganization } from "@/lib/actions/organizations/create-organization";
import { env } from "@/lib/env";
import { configuredOrgCreationPolicy } from "@/lib/organizations/creation-access";
import type { OrgCreationMode, OrgCreationPolicy } from "@/lib/organizations/creation-policy";
import { createUser } from "../helpers/org-fixture";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

const OPERATOR = "operator@ops.example";
const policy = (mode: OrgCreationMode): OrgCreationPolicy => ({ mode, domains: ["acme.example"], operators: [OPERATOR] });

const person = (db: Database, email = `someone.${crypto.randomUUID().slice(0, 8)}@elsewhere.example`) => createUser(db, { email, name: "Some One" });
const input = (base = "org") => {
  const slug = `${base}-${crypto.randomUUID().slice(0, 8)}`;
  return { name: `Org ${slug}`, slug };
};

async function counts(db: Database) {
  return { organizations: await db.$count(organizations), members: await db.$count(members), audit: await db.$count(auditEvents) };
}

describe.each(drivers)("creating organizations under the operator's rule (%s)", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t.close();
  });

  it("operators mode: the first user of a fresh install may create one; after that only operators may", async () => {
    expect(await t.db.$count(organizations)).toBe(0);
    const first = await createOrganization(t.db, await person(t.db), input("first"), policy("operators"));
    expect(first).toMatchObject({ ok: true, data: { slug: expect.stringMatching(/^first-/) } });

    const before = await counts(t.db);
    const second = await createOrganization(t.db, await person(t.db, "ada@acme.example"), input("second"), policy("operators"));
    expect(second).toEqual({
      ok: false,
      code: "forbidden",
      error: "Creating organizations is limited to the operators of this Roster server. Ask an operator to create one for you, or ask an admin of an existing organization to invite you.",
    });
    expect(await counts(t.db)).toEqual(before);

    const operator = await createOrganization(t.db, await person(t.db, "Operator@OPS.example"), input("ops"), policy("operators"));
    expect(operator.ok).toBe(true);
  });

  it("open mode: anyone signed in may create one", async () => {
    expect(await createOrganization(t.db, await person(t.db), input("open"), policy("open"))).toMatchObject({ ok: true });
  });

  it("domains mode: people on an allowed domain and operators may; anyone else is refused and nothing is written", async () => {
    expect(await createOrganization(t.db, await person(t.db, "grace@acme.example"), input("dom"), policy("domains"))).toMatchObject({ ok: true });
    expect(await createOrganization(t.db, await person(t.db, "root@ops.example"), input("dom"), { ...policy("domains"), operators: ["root@ops.example"] })).toMatchObject({ ok: true });

    const before = await counts(t.db);
    const refused = await createOrganization(t.db, await person(t.db, "eve@evil.example"), input("dom"), policy("domains"));
    expect(refused).toMatchObject({ ok: false, code: "forbidden", error: expect.stringContaining("limited to people with an email address at acme.example") });
    expect(await counts(t.db)).toEqual(before);
  });

  it("the signed-out are refused before anything else", async () => {
    expect(await createOrganization(t.db, { user: null }, input(), policy("open"))).toMatchObject({ ok: false, code: "unauthenticated" });
  });

  it("without a policy passed in, the action reads the configured one (open outside production when unset)", async () => {
    expect(configuredOrgCreationPolicy()).toEqual({
      mode: env.ROSTER_ORG_CREATION ?? "open",
      domains: env.ROSTER_ORG_CREATION_DOMAINS,
      operators: env.ROSTER_OPERATORS,
    });
  });

  it("operators mode: of several first users racing on a fresh install, exactly one gets an organization", async () => {
    const fresh = await createTestDatabase(driver);
    try {
      const racers = await Promise.all(Array.from({ length: 6 }, () => person(fresh.db)));
      const results = await Promise.all(racers.map((racer, i) => createOrganization(fresh.db, racer, input(`race${i}`), policy("operators"))));
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok)).toEqual(Array.from({ length: 5 }, () => expect.objectContaining({ code: "forbidden" })));
      expect(await counts(fresh.db)).toEqual({ organizations: 1, members: 1, audit: 1 });
    } finally {
      await fresh.close();
    }
  });
});
