// Event webhooks end to end in-process: registering an endpoint (refused for loopback, private,
// link-local and metadata targets), events queued in the change's own transaction for subscribed
// endpoints only, deliveries signed per Standard Webhooks and verified with the same library's
// verifier, retries through an outage that lose nothing, dead deliveries and manual resend, and the
// connection-time SSRF guard that holds even when a name resolves to a private address later.
import crypto from "node:crypto";
import { and, eq, isNotNull } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { createWebhookEndpoint } from "@/lib/actions/webhooks/create-webhook-endpoint";
import { resendWebhookDelivery } from "@/lib/actions/webhooks/resend-webhook-delivery";
import { rollWebhookSecret } from "@/lib/actions/webhooks/roll-webhook-secret";
import { updateWebhookEndpoint } from "@/lib/actions/webhooks/update-webhook-endpoint";
import { createTeam } from "@/lib/actions/teams/create-team";
import { changeRole } from "@/lib/actions/members/change-role";
import { removeMember } from "@/lib/actions/members/remove-member";
import { bulkInvite } from "@/lib/actions/invitations/bulk-invite";
import { anyAddress, publicAddressesOnly } from "@/lib/event-webhooks/address-policy";
import { deliverDueWebhooks } from "@/lib/event-webhooks/deliver";
import { whyEndpointUrlRefused } from "@/lib/event-webhooks/endpoint-url";
import { MAX_ATTEMPTS } from "@/lib/event-webhooks/retry-policy";
import { safePost } from "@/lib/event-webhooks/safe-post";
import { openSecret } from "@/lib/security/secret-box";
import { callApi, mintKey } from "../helpers/api-client";
import { addMember, createOrgFixture, type OrgFixture } from "../helpers/org-fixture";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";
import { startWebhookReceiver, type WebhookReceiver } from "../helpers/webhook-receiver";

const ALLOW = "ROSTER_WEBHOOK_ALLOW_PRIVATE_FOR_TESTS";

describe.each(drivers)("event webhooks (%s)", (driver) => {
  let t: TestDatabase;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t.close();
  });
  afterEach(async () => {
    delete process.env[ALLOW];
    await receiver?.close();
  });

  /** An organization with an endpoint at a fresh local receiver (the test override allows 127.0.0.1). */
  async function withEndpoint(eventTypes: string[] = []): Promise<{ org: OrgFixture; endpointId: string; secret: string }> {
    // The worker serves every organization: earlier tests' leftovers would be claimed too.
    await t.db.delete(webhookDeliveries).where(isNotNull(webhookDeliveries.id));
    receiver = await startWebhookReceiver();
    const org = await createOrgFixture(t.db, { base: "hooks" });
    process.env[ALLOW] = "1";
    const created = await createWebhookEndpoint.run(t.db, org.byRole.admin.identity, org.slug, { url: `${receiver.url}/hooks`, eventTypes });
    delete process.env[ALLOW];
    if (!created.ok) throw new Error(created.error);
    return { org, endpointId: created.data.id, secret: created.data.secret };
  }

  const deliver = (now = new Date()) => deliverDueWebhooks(t.db, { now, addressPolicy: anyAddress, timeoutMs: 2_000 });
  const deliveriesOf = (endpointId: string) => t.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId));

  it("refuses loopback, private, link-local, metadata and non-https endpoints when they are saved", async () => {
    const org = await createOrgFixture(t.db, { base: "hooks" });
    for (const url of [
      "http://example.com/hook",
      "https://127.0.0.1/hook",
      "https://[::1]/hook",
      "https://10.1.2.3/hook",
      "https://192.168.0.10/hook",
      "https://169.254.169.254/latest/meta-data",
      "https://100.64.1.1/hook",
      "https://[fd00:ec2::254]/hook",
      "https://[::ffff:127.0.0.1]/hook",
      "https://localhost/hook",
      "https://metadata.google.internal/computeMetadata/v1",
      "https://user:pass@example.com/hook",
      "not a url",
    ]) {
      const result = await createWebhookEndpoint.run(t.db, org.byRole.owner.identity, org.slug, { url });
      expect(result, url).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { url: [expect.any(String)] } });
    }
    // A public name that resolves to a private address is refused too.
    expect(await whyEndpointUrlRefused("https://rebind.example/hook", async () => ["93.184.216.34", "10.0.0.7"])).toMatch(/public addresses/);
    expect(await whyEndpointUrlRefused("https://fine.example/hook", async () => ["93.184.216.34"])).toBeNull();
    expect(await t.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.organizationId, org.organization.id))).toHaveLength(0);
    // Only Owners and Admins manage endpoints.
    expect(await createWebhookEndpoint.run(t.db, org.byRole.manager.identity, org.slug, { url: "https://example.com/hook" })).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("stores the signing secret encrypted and shows it once", async () => {
    const { endpointId, secret } = await withEndpoint();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const [row] = await t.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpointId));
    expect(row!.secretEncrypted).not.toContain(secret.slice(6));
    expect(openSecret(row!.secretEncrypted)).toBe(secret);
    expect(openSecret(row!.secretEncrypted.replace(/.$/, (c) => (c === "A" ? "B" : "A")))).toBeNull();
  });

  it("delivers each change's event, signed so that the Standard Webhooks verifier accepts it", async () => {
    const { org, secret } = await withEndpoint();
    await createTeam.run(t.db, org.byRole.admin.identity, org.slug, { name: "Platform" });
    await changeRole.run(t.db, org.byRole.admin.identity, org.slug, { memberId: org.byRole.viewer.member.id, role: "analyst" });
    const { key, id: keyId } = await mintKey(t.db, org.byRole.admin.member);
    expect((await callApi(t.db, "POST", `/organizations/${org.organization.id}/members/bulk-invite`, { key, body: { emails: ["one@example.com", "two@example.com"], role: "viewer" } })).status).toBe(200);

    const report = await deliver();
    expect(report).toEqual({ delivered: 4, failed: 0, dead: 0 });
    const verifier = new Webhook(secret);
    const events = receiver.received.map((r) => verifier.verify(r.body, r.headers as Record<string, string>) as { type: string; data: Record<string, unknown> });
    expect(events.map((e) => e.type).sort()).toEqual(["invitation.created", "invitation.created", "member.role_changed", "team.created"]);
    const viaApi = events.find((e) => e.type === "invitation.created")!;
    expect(viaApi.data).toMatchObject({ organizationId: org.organization.id, channel: "api", actor: { type: "api_key", apiKeyId: keyId } });
    for (const r of receiver.received) {
      expect(r.headers["webhook-id"]).toMatch(/^[0-9a-f-]{36}$/);
      expect(r.headers["content-type"]).toBe("application/json");
    }
    // A tampered body or a wrong secret does not verify.
    const first = receiver.received[0]!;
    expect(() => verifier.verify(first.body.replace("}", ',"x":1}'), first.headers as Record<string, string>)).toThrow();
    expect(() => new Webhook(`whsec_${crypto.randomBytes(32).toString("base64")}`).verify(first.body, first.headers as Record<string, string>)).toThrow();
  });

  it("an endpoint hears only the event types it subscribes to, and nothing once disabled", async () => {
    const { org, endpointId } = await withEndpoint(["team.created"]);
    await changeRole.run(t.db, org.byRole.admin.identity, org.slug, { memberId: org.byRole.viewer.member.id, role: "analyst" });
    await createTeam.run(t.db, org.byRole.admin.identity, org.slug, { name: "Only this" });
    expect((await deliveriesOf(endpointId)).map((d) => d.eventType)).toEqual(["team.created"]);
    await updateWebhookEndpoint.run(t.db, org.byRole.admin.identity, org.slug, { endpointId, url: `${receiver.url}/hooks`, eventTypes: ["team.created"], enabled: false });
    await createTeam.run(t.db, org.byRole.admin.identity, org.slug, { name: "Not this" });
    expect(await deliveriesOf(endpointId)).toHaveLength(1);
  });

  it("a change that rolls back sends nothing", async () => {
    const { org, endpointId } = await withEndpoint();
    // Removing the last Owner is refused inside the transaction, after nothing was written.
    const refused = await removeMember.run(t.db, org.byRole.admin.identity, org.slug, { memberId: org.byRole.owner.member.id });
    expect(refused.ok).toBe(false);
    const dupe = await bulkInvite.run(t.db, org.byRole.admin.identity, org.slug, { emails: "x@example.com", role: "owner" });
    expect(dupe.ok).toBe(false);
    expect(await deliveriesOf(endpointId)).toHaveLength(0);
  });

  it("retries through an outage with backoff and loses nothing", async () => {
    const { org, endpointId } = await withEndpoint();
    const names = Array.from({ length: 6 }, (_, i) => `Team ${i}`);
    for (const name of names) await createTeam.run(t.db, org.byRole.admin.identity, org.slug, { name });
    const queued = (await deliveriesOf(endpointId)).map((d) => d.eventId).sort();
    expect(queued).toHaveLength(6);

    receiver.down = true;
    let now = new Date();
    expect(await deliver(now)).toEqual({ delivered: 0, failed: 6, dead: 0 });
    // Not due again yet: nothing is sent.
    expect(await deliver(new Date(now.getTime() + 1_000))).toEqual({ delivered: 0, failed: 0, dead: 0 });
    now = new Date(now.getTime() + 60_000);
    expect(await deliver(now)).toEqual({ delivered: 0, failed: 6, dead: 0 });
    const failing = await deliveriesOf(endpointId);
    expect(failing.every((d) => d.status === "failed" && d.attempts === 2 && d.lastStatusCode === 503 && d.nextAttemptAt > now)).toBe(true);

    receiver.down = false;
    // A connection dropped mid-way is a failure too.
    receiver.replies.push("drop");
    now = new Date(now.getTime() + 60 * 60_000);
    const report = await deliver(now);
    expect(report.delivered + report.failed).toBe(6);
    for (let i = 0; i < 5 && (await deliveriesOf(endpointId)).some((d) => d.status !== "succeeded"); i++) {
      now = new Date(now.getTime() + 4 * 3_600_000);
      await deliver(now);
    }
    const done = await deliveriesOf(endpointId);
    expect(done.every((d) => d.status === "succeeded" && d.deliveredAt !== null)).toBe(true);
    const received = receiver.received.map((r) => String(r.headers["webhook-id"])).sort();
    expect(received).toEqual(queued);
  });

  it("gives up after the last attempt (dead), and Resend sends the same event again", async () => {
    const { org, endpointId } = await withEndpoint();
    await createTeam.run(t.db, org.byRole.admin.identity, org.slug, { name: "Doomed" });
    receiver.down = true;
    let now = new Date();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await deliver(now);
      now = new Date(now.getTime() + 2 * 86_400_000);
    }
    const [dead] = await deliveriesOf(endpointId);
    expect(dead).toMatchObject({ status: "dead", attempts: MAX_ATTEMPTS, lastStatusCode: 503, lastResponse: "maintenance" });
    expect(await deliver(now)).toEqual({ delivered: 0, failed: 0, dead: 0 });

    receiver.down = false;
    expect(await resendWebhookDelivery.run(t.db, org.byRole.manager.identity, org.slug, { deliveryId: dead!.id })).toMatchObject({ ok: false, code: "forbidden" });
    const resent = await resendWebhookDelivery.run(t.db, org.byRole.admin.identity, org.slug, { deliveryId: dead!.id });
    expect(resent).toMatchObject({ ok: true });
    // Twice is refused while the first is waiting.
    expect(await resendWebhookDelivery.run(t.db, org.byRole.admin.identity, org.slug, { deliveryId: dead!.id })).toMatchObject({ ok: false, code: "conflict" });
    expect(await deliver(now)).toEqual({ delivered: 1, failed: 0, dead: 0 });
    expect(receiver.received.map((r) => r.headers["webhook-id"])).toEqual([dead!.eventId]);
    const audit = await t.db.select().from(auditEvents).where(and(eq(auditEvents.organizationId, org.organization.id), eq(auditEvents.action, "webhook_delivery.resent")));
    expect(audit).toHaveLength(1);
  });

  it("does not follow redirects, and keeps only the start of a long answer", async () => {
    const { org, endpointId } = await withEndpoint();
    await createTeam.run(t.db, org.byRole.admin.identity, org.slug, { name: "Redirected" });
    receiver.replies.push({ status: 302, headers: { location: "http://169.254.169.254/latest/meta-data" } });
    await deliver();
    const [redirected] = await deliveriesOf(endpointId);
    expect(redirected).toMatchObject({ status: "failed", lastStatusCode: 302, lastError: expect.stringMatching(/Redirects are not followed/) });
    expect(receiver.received).toHaveLength(1);

    receiver.replies.push({ status: 500, body: "x".repeat(50_000) });
    await deliver(new Date(Date.now() + 3_600_000));
    const [long] = await deliveriesOf(endpointId);
    expect(long!.lastResponse!.length).toBeLessThanOrEqual(1_000);
  });

  it("refuses private targets at connection time, whatever the URL said when it was saved (DNS rebinding)", async () => {
    receiver = await startWebhookReceiver();
    const port = new URL(receiver.url).port;
    // "localhost" resolves to loopback now; so would a public name whose DNS answer changed.
    const byName = await safePost(new URL(`http://localhost:${port}/hooks`), { body: "{}", headers: {}, policy: publicAddressesOnly, timeoutMs: 2_000 });
    expect(byName).toMatchObject({ ok: false, error: expect.stringMatching(/Refused/) });
    const byLiteral = await safePost(new URL(`http://127.0.0.1:${port}/hooks`), { body: "{}", headers: {}, policy: publicAddressesOnly, timeoutMs: 2_000 });
    expect(byLiteral).toMatchObject({ ok: false, error: expect.stringMatching(/Refused/) });
    const mapped = await safePost(new URL(`http://[::ffff:127.0.0.1]:${port}/hooks`), { body: "{}", headers: {}, policy: publicAddressesOnly, timeoutMs: 2_000 });
    expect(mapped).toMatchObject({ ok: false, error: expect.stringMatching(/Refused/) });
    expect(receiver.received).toHaveLength(0);

    // The worker uses the public-only policy unless a test overrides it: an endpoint row pointing
    // at loopback (as if its name had been rebound) is never reached.
    await t.db.delete(webhookDeliveries).where(isNotNull(webhookDeliveries.id));
    const org = await createOrgFixture(t.db, { base: "hooks" });
    process.env[ALLOW] = "1";
    const created = await createWebhookEndpoint.run(t.db, org.byRole.owner.identity, org.slug, { url: `http://localhost:${port}/hooks` });
    delete process.env[ALLOW];
    expect(created.ok).toBe(true);
    await createTeam.run(t.db, org.byRole.owner.identity, org.slug, { name: "Rebound" });
    const report = await deliverDueWebhooks(t.db, { limit: 100 });
    expect(report.delivered).toBe(0);
    const [refused] = await deliveriesOf((created as { data: { id: string } }).data.id);
    expect(refused).toMatchObject({ status: "failed", lastError: expect.stringMatching(/Refused/) });
    expect(receiver.received).toHaveLength(0);
  });

  it("rolling the secret signs later deliveries with the new one", async () => {
    const { org, endpointId, secret } = await withEndpoint();
    const rolled = await rollWebhookSecret.run(t.db, org.byRole.admin.identity, org.slug, { endpointId });
    expect(rolled.ok).toBe(true);
    const fresh = (rolled as { data: { secret: string } }).data.secret;
    expect(fresh).not.toBe(secret);
    await createTeam.run(t.db, org.byRole.admin.identity, org.slug, { name: "After roll" });
    await deliver();
    const [got] = receiver.received;
    expect(() => new Webhook(fresh).verify(got!.body, got!.headers as Record<string, string>)).not.toThrow();
    expect(() => new Webhook(secret).verify(got!.body, got!.headers as Record<string, string>)).toThrow();
  });

  it("removing a member and accepting changes raise member events with the member as target", async () => {
    const { org, secret } = await withEndpoint(["member.removed"]);
    const leaving = await addMember(t.db, org.organization, { role: "developer", name: "Leaving" });
    await removeMember.run(t.db, org.byRole.admin.identity, org.slug, { memberId: leaving.member.id });
    await deliver();
    const [event] = receiver.received.map((r) => new Webhook(secret).verify(r.body, r.headers as Record<string, string>) as { type: string; data: { target: { id: string; email: string } } });
    expect(event).toMatchObject({ type: "member.removed", data: { target: { id: leaving.member.id, email: leaving.member.email } } });
  });
});
