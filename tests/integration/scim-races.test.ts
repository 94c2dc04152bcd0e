// SCIM provisioning under truly concurrent requests on real PostgreSQL (separate connections, each
// request its own transaction): the seat limit holds as it does for the UI. PGlite runs one
// transaction at a time, so this only means something on a server.
import crypto from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, members } from "@/db/schema";
import { okta } from "../fixtures/scim-requests";
import { scim, useAppDatabase } from "../helpers/scim-client";
import { createScimOrg } from "../helpers/scim-org";
import { createTestDatabase, postgresUrl, type TestDatabase } from "../helpers/test-db";

describe.skipIf(!postgresUrl)("SCIM under concurrency (postgres)", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase("postgres");
    useAppDatabase(t.db);
  });
  afterAll(async () => {
    await t.close();
  });

  it("20 simultaneous creates with 3 free seats create exactly 3; the rest are 403 with the seat detail", async () => {
    const org = await createScimOrg(t.db, { seatLimit: 9 }); // 6 active members: 3 free
    const emails = Array.from({ length: 20 }, (_, i) => `racer${i}.${crypto.randomUUID().slice(0, 6)}@idp.test`);
    const replies = await Promise.all(emails.map((email) => scim("POST", "/Users", { token: org.token, body: okta.createUser(email, `ext-${email}`) })));
    expect(replies.filter((r) => r.status === 201)).toHaveLength(3);
    const refused = replies.filter((r) => r.status !== 201);
    expect(refused.every((r) => r.status === 403 && /All seats are in use/.test(r.json.detail))).toBe(true);
    const created = await t.db.select().from(members).where(and(eq(members.organizationId, org.organization.id), inArray(members.email, emails)));
    expect(created).toHaveLength(3);
    const audited = await t.db.select().from(auditEvents).where(and(eq(auditEvents.organizationId, org.organization.id), eq(auditEvents.action, "member.provisioned")));
    expect(audited).toHaveLength(3);
  });

  it("the same person created twice at once yields one member and one 409", async () => {
    const org = await createScimOrg(t.db);
    const email = `twice.${crypto.randomUUID().slice(0, 6)}@idp.test`;
    const replies = await Promise.all([0, 1].map((i) => scim("POST", "/Users", { token: org.token, body: okta.createUser(email, `ext-${i}`) })));
    expect(replies.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await t.db.select().from(members).where(and(eq(members.organizationId, org.organization.id), eq(members.email, email)))).toHaveLength(1);
  });
});
