// API keys end to end in-process: shown once and stored hashed, created only after a recent
// sign-in (or an emailed code), within the organization's expiry policy; a key acts with its
// member's *current* standing — removed, disabled, demoted or API access lowered takes effect on
// the very next request; ids of another organization are 404; a cookie never authenticates.
import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiKeys, auditEvents, emailOutbox, members, organizations, sessions, teams, type Member } from "@/db/schema";
import type { RequestIdentity } from "@/lib/actions/kernel/request-identity";
import { createApiKey } from "@/lib/actions/api-keys/create-api-key";
import { listMemberApiKeys } from "@/lib/actions/api-keys/list-member-api-keys";
import { revokeApiKey } from "@/lib/actions/api-keys/revoke-api-key";
import { setApiAccess } from "@/lib/actions/api-keys/set-api-access";
import { updateApiKeyPolicy } from "@/lib/actions/api-keys/update-api-key-policy";
import { changeRole } from "@/lib/actions/members/change-role";
import { removeMember } from "@/lib/actions/members/remove-member";
import { setMemberStatus } from "@/lib/actions/members/set-member-status";
import { sendReauthCode } from "@/lib/actions/organizations/send-reauth-code";
import { hashApiKey } from "@/lib/api-keys/key-format";
import { sentText } from "../helpers/outbox";
import { callApi, mintKey } from "../helpers/api-client";
import { addMember, createOrgFixture, type OrgFixture } from "../helpers/org-fixture";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

describe.each(drivers)("API keys (%s)", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t.close();
  });

  /** The identity with a session signed in `minutesAgo` minutes ago. */
  async function signedIn(identity: RequestIdentity, minutesAgo = 0): Promise<RequestIdentity> {
    const sessionToken = `keys-${crypto.randomUUID()}`;
    const createdAt = new Date(Date.now() - minutesAgo * 60_000);
    await t.db.insert(sessions).values({ sessionToken, userId: identity.user!.id, expires: new Date(Date.now() + 3_600_000), createdAt });
    return { ...identity, sessionToken };
  }

  const newKey = (memberId: string, extra: Record<string, unknown> = {}) => ({ memberId, name: "CI/CD Pipeline", scopes: ["members:read", "members:write"], expiresIn: "90d", ...extra });
  const members$ = (org: OrgFixture) => `/organizations/${org.organization.id}/members`;

  it("a key is shown once: the create answer carries it, the database only its SHA-256, lists and the audit log neither", async () => {
    const org = await createOrgFixture(t.db, { base: "keys" });
    const dev = org.byRole.developer;
    const result = await createApiKey.run(t.db, await signedIn(dev.identity), org.slug, newKey(dev.member.id));
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const { key, prefix } = result.data;
    expect(key).toMatch(/^rstr_/);
    expect(key.startsWith(prefix)).toBe(true);

    const [row] = await t.db.select().from(apiKeys).where(eq(apiKeys.id, result.data.id));
    expect(row!.keyHash).toBe(hashApiKey(key));
    expect(JSON.stringify(row)).not.toContain(key);

    const listed = await listMemberApiKeys.run(t.db, dev.identity, org.slug, { memberId: dev.member.id });
    expect(listed.ok && listed.data.map((k) => k.prefix)).toEqual([prefix]);
    expect(JSON.stringify(listed)).not.toContain(key);
    expect(JSON.stringify(listed)).not.toContain(row!.keyHash);

    const viaApi = await callApi(t.db, "GET", `${members$(org)}/${dev.member.id}/keys`, { key: (await mintKey(t.db, dev.member, { scopes: ["keys:read"] })).key });
    expect(viaApi.status).toBe(200);
    expect(JSON.stringify(viaApi.body)).not.toContain(key);
    expect(JSON.stringify(viaApi.body)).not.toContain(row!.keyHash);

    const audit = await t.db.select().from(auditEvents).where(and(eq(auditEvents.organizationId, org.organization.id), eq(auditEvents.action, "api_key.created")));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(key);

    // And the key works.
    expect((await callApi(t.db, "GET", members$(org), { key })).status).toBe(200);
  });

  it("creating a key needs a sign-in younger than 10 minutes, or the emailed code; a wrong code counts an attempt", async () => {
    const org = await createOrgFixture(t.db, { base: "keys" });
    const dev = org.byRole.developer;
    const stale = await signedIn(dev.identity, 30);
    const refused = await createApiKey.run(t.db, stale, org.slug, newKey(dev.member.id));
    expect(refused).toMatchObject({ ok: false, code: "forbidden" });
    expect(await t.db.select().from(apiKeys).where(eq(apiKeys.memberId, dev.member.id))).toHaveLength(0);

    const sent = await sendReauthCode.run(t.db, stale, org.slug, { purpose: "create_api_key" });
    expect(sent).toMatchObject({ ok: true });
    const [mail] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.to, dev.member.email));
    const code = sentText(mail!).match(/\b(\d{6})\b/)![1]!;
    const wrong = await createApiKey.run(t.db, stale, org.slug, newKey(dev.member.id, { code: code === "000000" ? "111111" : "000000" }));
    expect(wrong).toMatchObject({ ok: false, code: "forbidden", error: expect.stringMatching(/incorrect/) });
    const right = await createApiKey.run(t.db, stale, org.slug, newKey(dev.member.id, { code }));
    expect(right).toMatchObject({ ok: true });
    expect(await t.db.select().from(apiKeys).where(eq(apiKeys.memberId, dev.member.id))).toHaveLength(1);
  });

  it("a Viewer can't ask for a key code or hold a key; Owners and Admins create keys for members they outrank", async () => {
    const org = await createOrgFixture(t.db, { base: "keys" });
    const viewer = await signedIn(org.byRole.viewer.identity);
    expect(await sendReauthCode.run(t.db, viewer, org.slug, { purpose: "create_api_key" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await createApiKey.run(t.db, viewer, org.slug, newKey(org.byRole.viewer.member.id))).toMatchObject({ ok: false, code: "forbidden" });
    const admin = await signedIn(org.byRole.admin.identity);
    expect(await createApiKey.run(t.db, admin, org.slug, newKey(org.byRole.developer.member.id))).toMatchObject({ ok: true });
    expect(await createApiKey.run(t.db, admin, org.slug, newKey(org.byRole.owner.member.id))).toMatchObject({ ok: false, code: "forbidden" });
    const manager = await signedIn(org.byRole.manager.identity);
    expect(await createApiKey.run(t.db, manager, org.slug, newKey(org.byRole.developer.member.id))).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("the organization caps the expiry; keys that never expire only where it allows them", async () => {
    const org = await createOrgFixture(t.db, { base: "keys" });
    const owner = await signedIn(org.byRole.owner.identity);
    const id = org.byRole.owner.member.id;
    expect(await createApiKey.run(t.db, owner, org.slug, newKey(id, { expiresIn: "never" }))).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { expiresIn: [expect.any(String)] } });
    expect(await updateApiKeyPolicy.run(t.db, owner, org.slug, { maxExpiryDays: 30, mayNotExpire: true })).toMatchObject({ ok: true });
    expect(await createApiKey.run(t.db, owner, org.slug, newKey(id, { expiresIn: "90d" }))).toMatchObject({ ok: false, fieldErrors: { expiresIn: [expect.stringMatching(/30 days/)] } });
    const never = await createApiKey.run(t.db, owner, org.slug, newKey(id, { expiresIn: "never" }));
    expect(never).toMatchObject({ ok: true, data: { expiresAt: null } });
    // Admins may set it too; Managers may not.
    expect(await updateApiKeyPolicy.run(t.db, org.byRole.manager.identity, org.slug, { maxExpiryDays: 365, mayNotExpire: false })).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("a revoked or expired key is refused (401) on its next request; a cookie never stands in for a key", async () => {
    const org = await createOrgFixture(t.db, { base: "keys" });
    const dev = org.byRole.developer;
    const { id, key } = await mintKey(t.db, dev.member);
    expect((await callApi(t.db, "GET", members$(org), { key })).status).toBe(200);
    expect(await revokeApiKey.run(t.db, dev.identity, org.slug, { keyId: id })).toMatchObject({ ok: true, data: { revoked: true } });
    const revoked = await callApi(t.db, "GET", members$(org), { key });
    expect(revoked.status).toBe(401);
    expect(revoked.headers.get("www-authenticate")).toMatch(/^Bearer/);

    const expired = await mintKey(t.db, dev.member, { expiresAt: new Date(Date.now() - 1000) });
    expect((await callApi(t.db, "GET", members$(org), { key: expired.key })).status).toBe(401);

    const session = await signedIn(dev.identity);
    const cookieOnly = await callApi(t.db, "GET", members$(org), { headers: { cookie: `authjs.session-token=${session.sessionToken}` } });
    expect(cookieOnly.status).toBe(401);
    expect(cookieOnly.body).toMatchObject({ code: "unauthenticated" });
    const wrongScheme = await callApi(t.db, "GET", members$(org), { headers: { authorization: `Basic ${Buffer.from(`x:${key}`).toString("base64")}` } });
    expect(wrongScheme.status).toBe(401);
  });

  it("removing the member revokes their keys in the same transaction: the next request is refused", async () => {
    const org = await createOrgFixture(t.db, { base: "keys" });
    const target = await addMember(t.db, org.organization, { role: "developer", name: "Leaving Dev" });
    const { id, key } = await mintKey(t.db, target.member);
    expect((await callApi(t.db, "GET", members$(org), { key })).status).toBe(200);
    expect(await removeMember.run(t.db, org.byRole.admin.identity, org.slug, { memberId: target.member.id })).toMatchObject({ ok: true });
    const [row] = await t.db.select().from(apiKeys).where(eq(apiKeys.id, id));
    expect(row!.revokedAt).not.toBeNull();
    expect((await callApi(t.db, "GET", members$(org), { key })).status).toBe(401);
    const [removed] = await t.db.select().from(auditEvents).where(and(eq(auditEvents.organizationId, org.organization.id), eq(auditEvents.action, "member.removed")));
    expect(removed!.metadata).toMatchObject({ revokedApiKeys: 1 });
  });

  it("disabling the member stops their keys at once; re-enabling brings them back", async () => {
    const org = await createOrgFixture(t.db, { base: "keys" });
    const target = await addMember(t.db, org.organization, { role: "developer", name: "Paused Dev" });
    const { key } = await mintKey(t.db, target.member);
    await setMemberStatus.run(t.db, org.byRole.admin.identity, org.slug, { memberId: target.member.id, status: "inactive" });
    const refused = await callApi(t.db, "GET", members$(org), { key });
    expect(refused).toMatchObject({ status: 403, body: { code: "member_inactive" } });
    await setMemberStatus.run(t.db, org.byRole.admin.identity, org.slug, { memberId: target.member.id, status: "active" });
    expect((await callApi(t.db, "GET", members$(org), { key })).status).toBe(200);
  });

  it("demoting the member narrows their key at once: it acts with the new role", async () => {
    const org = await createOrgFixture(t.db, { base: "keys" });
    const admin2 = await addMember(t.db, org.organization, { role: "admin", name: "Second Admin" });
    const victim = await addMember(t.db, org.organization, { role: "developer", name: "Some Dev" });
    const { key } = await mintKey(t.db, admin2.member);
    const patch = () => callApi(t.db, "PATCH", `${members$(org)}/${victim.member.id}`, { key, body: { jobTitle: `Title ${crypto.randomUUID().slice(0, 4)}` } });
    expect((await patch()).status).toBe(200);
    expect(await changeRole.run(t.db, org.byRole.owner.identity, org.slug, { memberId: admin2.member.id, role: "developer" })).toMatchObject({ ok: true });
    expect(await patch()).toMatchObject({ status: 403, body: { code: "forbidden" } });
    // Reads still work: a Developer may view members.
    expect((await callApi(t.db, "GET", members$(org), { key })).status).toBe(200);
  });

  it("the member's API access level caps every key at once: read-only drops write scopes, none refuses everything", async () => {
    const org = await createOrgFixture(t.db, { base: "keys" });
    const manager = org.byRole.manager;
    const { key } = await mintKey(t.db, manager.member);
    const post = () => callApi(t.db, "POST", `/organizations/${org.organization.id}/teams`, { key, body: { name: `Team ${crypto.randomUUID().slice(0, 6)}` } });
    expect((await post()).status).toBe(201);
    expect(await setApiAccess.run(t.db, org.byRole.admin.identity, org.slug, { memberId: manager.member.id, apiAccess: "read_only" })).toMatchObject({ ok: true });
    expect(await post()).toMatchObject({ status: 403, body: { code: "insufficient_scope" } });
    expect((await callApi(t.db, "GET", `/organizations/${org.organization.id}/teams`, { key })).status).toBe(200);
    expect(await setApiAccess.run(t.db, org.byRole.admin.identity, org.slug, { memberId: manager.member.id, apiAccess: "none" })).toMatchObject({ ok: true });
    expect(await callApi(t.db, "GET", `/organizations/${org.organization.id}/teams`, { key })).toMatchObject({ status: 403, body: { code: "api_access_denied" } });
    // A member can't lift their own; a Manager can't set anyone's.
    expect(await setApiAccess.run(t.db, manager.identity, org.slug, { memberId: manager.member.id, apiAccess: "full" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await setApiAccess.run(t.db, org.byRole.admin.identity, org.slug, { memberId: org.byRole.admin.member.id, apiAccess: "none" })).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("another organization's ids answer 404 and reveal nothing", async () => {
    const mine = await createOrgFixture(t.db, { base: "keys" });
    const theirs = await createOrgFixture(t.db, { base: "keys" });
    const { key } = await mintKey(t.db, mine.byRole.owner.member);
    const [theirTeam] = await t.db.insert(teams).values({ organizationId: theirs.organization.id, name: "Theirs" }).returning();
    const theirKey = await mintKey(t.db, theirs.byRole.developer.member);
    const otherMember = theirs.byRole.developer.member.id;
    const m = `/organizations/${mine.organization.id}`;
    const cases: [string, "GET" | "PATCH" | "DELETE" | "POST", string, unknown?][] = [
      ["their organization", "GET", `/organizations/${theirs.organization.id}/members`],
      ["an unknown organization", "GET", `/organizations/${crypto.randomUUID()}/members`],
      ["a malformed organization id", "GET", `/organizations/not-a-uuid/members`],
      ["their member", "GET", `${m}/members/${otherMember}`],
      ["their member, patched", "PATCH", `${m}/members/${otherMember}`, { role: "viewer" }],
      ["their member, removed", "DELETE", `${m}/members/${otherMember}`],
      ["their member's keys", "GET", `${m}/members/${otherMember}/keys`],
      ["their key", "DELETE", `${m}/members/${mine.byRole.owner.member.id}/keys/${theirKey.id}`],
      ["their team", "POST", `${m}/teams/${theirTeam!.id}/members`, { memberIds: [mine.byRole.viewer.member.id] }],
      ["their member in a team", "DELETE", `${m}/teams/${theirTeam!.id}/members/${otherMember}`],
      ["an unknown invitation", "DELETE", `${m}/invitations/${crypto.randomUUID()}`],
      ["a malformed member id", "GET", `${m}/members/1234`],
    ];
    for (const [label, method, path, body] of cases) {
      const answer = await callApi(t.db, method, path, { key, body });
      expect(answer.status, label).toBe(404);
      expect(answer.body, label).toMatchObject({ code: "not_found" });
      expect(JSON.stringify(answer.body), label).not.toContain(theirs.organization.name);
    }
    // Nothing of theirs changed.
    const [still] = await t.db.select().from(members).where(eq(members.id, otherMember));
    expect(still!.role).toBe("developer");
    const [org] = await t.db.select().from(organizations).where(eq(organizations.id, theirs.organization.id));
    expect(org).toBeDefined();
  });

  it("changes through the API are audited with the key as the actor and API as the channel", async () => {
    const org = await createOrgFixture(t.db, { base: "keys" });
    const { id, key } = await mintKey(t.db, org.byRole.admin.member);
    const target = org.byRole.viewer.member;
    expect((await callApi(t.db, "PATCH", `${members$(org)}/${target.id}`, { key, body: { role: "analyst" } })).status).toBe(200);
    const [event] = await t.db.select().from(auditEvents).where(and(eq(auditEvents.organizationId, org.organization.id), eq(auditEvents.action, "member.role_changed")));
    expect(event).toMatchObject({ channel: "api", actorType: "api_key", actorCredentialId: id, actorUserId: org.byRole.admin.identity.user!.id, targetId: target.id });
  });

  it("last use (time and address) is recorded at most once a minute", async () => {
    const org = await createOrgFixture(t.db, { base: "keys" });
    const { id, key } = await mintKey(t.db, org.byRole.developer.member);
    await callApi(t.db, "GET", members$(org), { key });
    const [first] = await t.db.select().from(apiKeys).where(eq(apiKeys.id, id));
    expect(first!.lastUsedAt).not.toBeNull();
    await callApi(t.db, "GET", members$(org), { key });
    const [second] = await t.db.select().from(apiKeys).where(eq(apiKeys.id, id));
    expect(second!.lastUsedAt!.getTime()).toBe(first!.lastUsedAt!.getTime());
    // A minute later it is written again.
    await t.db.update(apiKeys).set({ lastUsedAt: new Date(Date.now() - 61_000) }).where(eq(apiKeys.id, id));
    await callApi(t.db, "GET", members$(org), { key });
    const [third] = await t.db.select().from(apiKeys).where(eq(apiKeys.id, id));
    expect(third!.lastUsedAt!.getTime()).toBeGreaterThan(Date.now() - 10_000);
  });

  it("a key creating a key can't give it a scope it lacks or let it outlive itself", async () => {
    const org = await createOrgFixture(t.db, { base: "keys" });
    const dev: Member = org.byRole.developer.member;
    const presenting = await mintKey(t.db, dev, { scopes: ["keys:write", "members:read"], expiresAt: new Date(Date.now() + 40 * 86_400_000) });
    const post = (body: unknown) => callApi(t.db, "POST", `${members$(org)}/${dev.id}/keys`, { key: presenting.key, body });
    expect(await post({ name: "broader", scopes: ["members:write"], expiresIn: "30d" })).toMatchObject({ status: 403, body: { fieldErrors: { scopes: [expect.any(String)] } } });
    expect(await post({ name: "longer", scopes: ["members:read"], expiresIn: "90d" })).toMatchObject({ status: 403, body: { fieldErrors: { expiresIn: [expect.any(String)] } } });
    const made = await post({ name: "narrower", scopes: ["members:read"], expiresIn: "30d" });
    expect(made.status).toBe(201);
    const created = made.body as { key: string; scopes: string[] };
    expect(created.scopes).toEqual(["members:read"]);
    expect((await callApi(t.db, "GET", members$(org), { key: created.key })).status).toBe(200);
  });
});
