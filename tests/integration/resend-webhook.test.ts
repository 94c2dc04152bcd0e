// Resend's webhook: the svix signature is checked over the raw body (signed here independently,
// as Svix does), stale or tampered deliveries are refused, a replay is processed once, and
// email.bounced marks the invitation Bounced.
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, invitations, webhookEvents } from "@/db/schema";
import { createMember } from "@/lib/actions/members/create-member";
import { handleResendWebhook } from "@/lib/webhooks/resend-webhook";
import { createOrgFixture, type OrgFixture } from "../helpers/org-fixture";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

const SECRET = `whsec_${crypto.randomBytes(24).toString("base64")}`;

function sign(body: string, { id = `msg_${crypto.randomUUID()}`, timestamp = Math.floor(Date.now() / 1000), secret = SECRET } = {}) {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const signature = crypto.createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64");
  // Svix may send several signatures (key rotation); any one valid is enough.
  return new Headers({ "svix-id": id, "svix-timestamp": String(timestamp), "svix-signature": `v1,${Buffer.from("old-key").toString("base64")} v1,${signature}` });
}

const event = (type: string, emailId: string) => JSON.stringify({ type, created_at: new Date().toISOString(), data: { email_id: emailId, to: ["x@example.com"] } });

describe.each(drivers)("Resend webhook (%s)", (driver) => {
  let t: TestDatabase;
  let org: OrgFixture;

  beforeAll(async () => {
    t = await createTestDatabase(driver);
    org = await createOrgFixture(t.db);
  });
  afterAll(async () => {
    await t.close();
  });

  /** An invitation whose email Resend accepted with id `providerId`. */
  async function sentInvitation(providerId: string) {
    const created = await createMember.run(t.db, org.byRole.admin.identity, org.slug, {
      name: "Bounce Target",
      email: `${providerId}@example.com`,
      department: "Ops",
      role: "viewer",
      status: "active",
    });
    if (!created.ok) throw new Error(created.error);
    const [invitation] = await t.db.select().from(invitations).where(eq(invitations.memberId, created.data.id));
    await t.db.update(emailOutbox).set({ status: "sent", providerMessageId: providerId }).where(eq(emailOutbox.invitationId, invitation!.id));
    return invitation!;
  }
  const handle = (rawBody: string, headers: Headers, secret: string | undefined = SECRET) => handleResendWebhook(t.db, { rawBody, headers, secret });
  const invitationStatus = async (id: string) => (await t.db.select().from(invitations).where(eq(invitations.id, id)))[0]?.status;
  const outboxOf = async (id: string) => (await t.db.select().from(emailOutbox).where(eq(emailOutbox.invitationId, id)))[0];

  it("a valid email.bounced marks the invitation Bounced and records the event on the email", async () => {
    const invitation = await sentInvitation("re_bounce_1");
    const body = event("email.bounced", "re_bounce_1");
    expect(await handle(body, sign(body))).toEqual({ status: 200, body: { ok: true } });
    expect(await invitationStatus(invitation.id)).toBe("bounced");
    expect(await outboxOf(invitation.id)).toMatchObject({ deliveryEvent: "bounced" });
  });

  it("records delivered and complained, and never moves backwards", async () => {
    const invitation = await sentInvitation("re_delivered_1");
    let body = event("email.delivered", "re_delivered_1");
    await handle(body, sign(body));
    expect(await outboxOf(invitation.id)).toMatchObject({ deliveryEvent: "delivered" });
    body = event("email.complained", "re_delivered_1");
    await handle(body, sign(body));
    expect(await outboxOf(invitation.id)).toMatchObject({ deliveryEvent: "complained" });
    body = event("email.delivered", "re_delivered_1");
    await handle(body, sign(body));
    expect(await outboxOf(invitation.id)).toMatchObject({ deliveryEvent: "complained" });
    expect(await invitationStatus(invitation.id)).toBe("pending");
  });

  it("processes a replayed delivery (same svix-id) once", async () => {
    const invitation = await sentInvitation("re_replay_1");
    const body = event("email.bounced", "re_replay_1");
    const headers = sign(body);
    expect(await handle(body, headers)).toEqual({ status: 200, body: { ok: true } });
    // Someone re-opens the invitation; the replay must not bounce it again.
    await t.db.update(invitations).set({ status: "pending" }).where(eq(invitations.id, invitation.id));
    expect(await handle(body, headers)).toEqual({ status: 200, body: { ok: true, duplicate: true } });
    expect(await invitationStatus(invitation.id)).toBe("pending");
    expect(await t.db.select().from(webhookEvents).where(eq(webhookEvents.id, headers.get("svix-id")!))).toHaveLength(1);
  });

  it("refuses a tampered body, a wrong secret and a stale or future timestamp, changing nothing", async () => {
    const invitation = await sentInvitation("re_forged_1");
    const body = event("email.bounced", "re_forged_1");
    const tampered = body.replace("re_forged_1", "re_forged_2");
    expect((await handle(tampered, sign(body))).status).toBe(401);
    expect((await handle(body, sign(body, { secret: `whsec_${crypto.randomBytes(24).toString("base64")}` }))).status).toBe(401);
    expect((await handle(body, sign(body, { timestamp: Math.floor(Date.now() / 1000) - 10 * 60 }))).status).toBe(401);
    expect((await handle(body, sign(body, { timestamp: Math.floor(Date.now() / 1000) + 10 * 60 }))).status).toBe(401);
    expect((await handle(body, new Headers({ "svix-id": "x" }))).status).toBe(400);
    expect(await invitationStatus(invitation.id)).toBe("pending");
    expect(await t.db.select().from(webhookEvents).where(eq(webhookEvents.type, "email.bounced"))).toHaveLength(2); // only the earlier tests' valid ones
  });

  it("answers 503 when no secret is configured, without trusting anything", async () => {
    const body = event("email.bounced", "re_none");
    expect((await handle(body, sign(body), "")).status).toBe(503);
  });

  it("acknowledges events about unknown emails and other event types", async () => {
    for (const body of [event("email.bounced", "re_unknown"), event("email.opened", "re_bounce_1"), JSON.stringify({ type: "domain.created", data: {} })]) {
      expect(await handle(body, sign(body))).toEqual({ status: 200, body: { ok: true } });
    }
  });
});
