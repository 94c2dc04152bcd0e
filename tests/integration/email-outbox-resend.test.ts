// An invitation's email through the real Resend SDK against a local fake Resend API: what the
// outbox and the admin's delivery state show for a success, a refusal (4xx), a server error
// (5xx), a timeout and an outage that outlasts the retries — and that the invitation survives
// every one of them and goes out with a later sweep once Resend answers again.
import { desc, eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { emailOutbox, invitations } from "@/db/schema";
import { getInvitationDeliveryState, listInvitations } from "@/db/queries/invitations";
import { resendInvitation } from "@/lib/actions/invitations/resend-invitation";
import { createMember } from "@/lib/actions/members/create-member";
import { MAX_ATTEMPTS, retryDelayMs } from "@/lib/email/retry-policy";
import { runBackgroundSweep } from "@/lib/email/worker";
import { hashInvitationToken } from "@/lib/invitations/tokens";
import { describeDelivery } from "@/components/invitations/list/invitation-display";
import { createOrgFixture, type OrgFixture } from "../helpers/org-fixture";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";
import { sentText } from "@/tests/helpers/outbox";
import { startFakeResend, type FakeResend } from "@/tests/helpers/fake-resend";
import { SECRET_PLACEHOLDER } from "@/lib/email/secret";

let fake: FakeResend;
const serverError = (status: number) => ({ status, body: { statusCode: status, name: "internal_server_error", message: "Resend is down" } });

beforeAll(async () => {
  fake = await startFakeResend();
  fake.install();
});
afterAll(async () => {
  await fake.close();
});
afterEach(() => {
  fake.requests.length = 0;
  fake.replies.length = 0;
});

describe.each(drivers)("invitation email through Resend (%s)", (driver) => {
  let t: TestDatabase;
  let org: OrgFixture;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    // Each test sweeps only its own mail.
    await t.db.delete(emailOutbox).where(sql`true`);
    org = await createOrgFixture(t.db);
  });

  /** Creates a member through the Create Member action: the invitation email is sent after commit. */
  async function invite() {
    const email = `guest.${crypto.randomUUID().slice(0, 8)}@example.com`;
    const result = await createMember.run(t.db, org.byRole.admin.identity, org.slug, {
      name: "Guest Person", email, department: "Research", role: "developer", status: "active", permissions: [], teamIds: [],
    });
    expect(result.ok).toBe(true);
    const [invitation] = await t.db.select().from(invitations).where(eq(invitations.email, email));
    return invitation!;
  }
  const messagesOf = (invitationId: string) =>
    t.db.select().from(emailOutbox).where(eq(emailOutbox.invitationId, invitationId)).orderBy(desc(emailOutbox.createdAt));
  const stateOf = (invitationId: string) => getInvitationDeliveryState(t.db, { organizationId: org.organization.id, invitationId });
  const shown = async (invitationId: string) => describeDelivery(await stateOf(invitationId), { now: Date.now(), deliveryEnabled: true }).label;
  const makeDue = () => t.db.update(emailOutbox).set({ nextAttemptAt: sql`now() - interval '1 second'` }).where(eq(emailOutbox.status, "failed"));

  /**
   * Still pending, unexpired, and the link in its latest email (as stored while it can still be
   * sent, else as Resend last received it) still opens it; a sent or dead message keeps no secret.
   */
  async function expectStillAcceptable(invitationId: string) {
    const [row] = await t.db.select().from(invitations).where(eq(invitations.id, invitationId));
    expect(row!.status).toBe("pending");
    expect(row!.expiresAt.getTime()).toBeGreaterThan(Date.now());
    const [latest] = await messagesOf(invitationId);
    const spent = latest!.status === "sent" || latest!.status === "dead";
    expect(latest!.secret === null).toBe(spent);
    const text = spent ? fake.requests.filter((r) => JSON.stringify(r.to).includes(row!.email)).at(-1)!.text : sentText(latest!);
    const token = /\/invite\/([A-Za-z0-9_-]+)/.exec(text)![1]!;
    expect(hashInvitationToken(token)).toBe(row!.tokenHash);
  }

  it("sends the invitation and stores Resend's id; the admin sees it sent", async () => {
    fake.replies.push({ status: 200, body: { id: "re_invite_1" } });
    const invitation = await invite();
    expect(fake.requests).toHaveLength(1);
    const [message] = await messagesOf(invitation.id);
    expect(fake.requests[0]).toMatchObject({ key: message!.id, to: [invitation.email] });
    // What Resend received carries the live link; what the outbox kept after sending does not.
    expect(fake.requests[0]!.text).toMatch(/\/invite\/[A-Za-z0-9_-]{43}/);
    expect(fake.requests[0]!.text).not.toContain(SECRET_PLACEHOLDER);
    expect(message!.secret).toBeNull();
    expect(message!.text).toContain(SECRET_PLACEHOLDER);
    expect(message).toMatchObject({ status: "sent", providerMessageId: "re_invite_1", attempts: 1, lastError: null });
    expect(await stateOf(invitation.id)).toMatchObject({ status: "sent", attempts: 1, deliveryEvent: null });
    expect(await shown(invitation.id)).toBe("Sent");
    const page = await listInvitations(t.db, { organizationId: org.organization.id });
    expect(page.rows.find((r) => r.id === invitation.id)?.delivery).toMatchObject({ status: "sent" });

    // Resend's webhook later reports delivery (recorded on the message by the webhook handler).
    await t.db.update(emailOutbox).set({ deliveryEvent: "delivered", deliveryEventAt: new Date() }).where(eq(emailOutbox.id, message!.id));
    expect(await shown(invitation.id)).toBe("Delivered");
  });

  it("a 4xx refusal is dead at once, with its reason; the invitation survives and a Resend goes out", async () => {
    fake.replies.push({ status: 422, body: { statusCode: 422, name: "validation_error", message: "Invalid `to` field." } });
    const invitation = await invite();
    expect(await stateOf(invitation.id)).toMatchObject({ status: "dead", attempts: 1, lastError: expect.stringContaining("422") });
    expect(await shown(invitation.id)).toBe("Not delivered");
    await expectStillAcceptable(invitation.id);

    expect(await resendInvitation.run(t.db, org.byRole.admin.identity, org.slug, { invitationId: invitation.id })).toMatchObject({ ok: true });
    const [latest, first] = await messagesOf(invitation.id);
    expect(first!.status).toBe("dead");
    expect(latest).toMatchObject({ status: "sent", template: "invitation-reminder", providerMessageId: "re_ok_2" });
    await expectStillAcceptable(invitation.id);
  });

  it("a 5xx is recorded with its reason and next attempt, and a later sweep delivers it", async () => {
    fake.replies.push(serverError(503));
    const before = Date.now();
    const invitation = await invite();
    const failed = await stateOf(invitation.id);
    expect(failed).toMatchObject({ status: "failed", attempts: 1, lastError: expect.stringContaining("503") });
    expect(failed!.nextAttemptAt.getTime() - before).toBeGreaterThanOrEqual(retryDelayMs(1) - 1000);
    expect(await shown(invitation.id)).toMatch(/^Sending failed — retrying at /);
    await expectStillAcceptable(invitation.id);

    expect((await runBackgroundSweep(t.db)).delivery.sent).toBe(0); // not due yet
    await makeDue();
    expect((await runBackgroundSweep(t.db)).delivery).toMatchObject({ sent: 1, failed: 0 });
    expect(await stateOf(invitation.id)).toMatchObject({ status: "sent", attempts: 2, lastError: null });
    expect(new Set(fake.requests.map((r) => r.key)).size).toBe(1); // one Idempotency-Key for both tries
  });

  it("a send that times out is retried by a later sweep", async () => {
    fake.replies.push("hang");
    delete process.env.RESEND_API_KEY; // stored only: the sweep makes the first attempt
    const invitation = await invite().finally(() => fake.install());
    expect(await stateOf(invitation.id)).toMatchObject({ status: "queued", attempts: 0 });

    expect((await runBackgroundSweep(t.db, { timeoutMs: 300 })).delivery.failed).toBe(1);
    expect(await stateOf(invitation.id)).toMatchObject({ status: "failed", lastError: expect.stringMatching(/within 300 ms/) });
    await expectStillAcceptable(invitation.id);
    await makeDue();
    await runBackgroundSweep(t.db);
    expect(await stateOf(invitation.id)).toMatchObject({ status: "sent", attempts: 2 });
  });

  it(`an outage through all ${MAX_ATTEMPTS} attempts leaves the message dead and the invitation pending`, async () => {
    fake.replies.push(...Array.from({ length: MAX_ATTEMPTS }, () => serverError(500)));
    const invitation = await invite();
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      await makeDue();
      await runBackgroundSweep(t.db);
    }
    expect(await stateOf(invitation.id)).toMatchObject({ status: "dead", attempts: MAX_ATTEMPTS, lastError: expect.stringContaining("500") });
    expect(await shown(invitation.id)).toBe("Not delivered");
    await makeDue();
    await runBackgroundSweep(t.db);
    expect(fake.requests).toHaveLength(MAX_ATTEMPTS); // dead is never retried
    await expectStillAcceptable(invitation.id);

    // Resend is back: the admin's Resend delivers a fresh link.
    expect(await resendInvitation.run(t.db, org.byRole.admin.identity, org.slug, { invitationId: invitation.id })).toMatchObject({ ok: true });
    expect(await stateOf(invitation.id)).toMatchObject({ status: "sent", attempts: 1 });
    await expectStillAcceptable(invitation.id);
  });
});
