// Email delivery through the real Resend SDK against a local fake Resend API: what the outbox
// records for a success, a refusal (4xx), a server error (5xx) and a send that never answers.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { emailOutbox } from "@/db/schema";
import { deliverDueEmails, deliverOutboxEmail } from "@/lib/email/deliver";
import { enqueueEmail } from "@/lib/email/outbox";
import { MAX_ATTEMPTS, retryDelayMs } from "@/lib/email/retry-policy";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

interface ReceivedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown>;
}

type Reply = { status: number; body: unknown } | "hang";

/** A stand-in for api.resend.com: records requests and answers with the queued replies. */
class FakeResend {
  readonly requests: ReceivedRequest[] = [];
  private replies: Reply[] = [];
  private server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    req.on("end", () => {
      this.requests.push({
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: raw ? (JSON.parse(raw) as Record<string, unknown>) : {},
      });
      const reply = this.replies.shift() ?? { status: 200, body: { id: `re_${this.requests.length}` } };
      if (reply === "hang") return; // never answers
      res.writeHead(reply.status, { "content-type": "application/json" });
      res.end(JSON.stringify(reply.body));
    });
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  replyWith(...replies: Reply[]) {
    this.replies.push(...replies);
  }

  reset() {
    this.requests.length = 0;
    this.replies = [];
  }

  async stop() {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const fake = new FakeResend();
const API_KEY = "re_test_key_123";

beforeAll(async () => {
  // The SDK reads RESEND_BASE_URL when a client is constructed; the sender builds one per call.
  process.env.RESEND_BASE_URL = await fake.start();
  process.env.RESEND_API_KEY = API_KEY;
});

afterAll(async () => {
  delete process.env.RESEND_BASE_URL;
  delete process.env.RESEND_API_KEY;
  await fake.stop();
});

afterEach(() => fake.reset());

describe.each(drivers)("email delivery (%s)", (driver) => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await t.db.delete(emailOutbox).where(sql`true`);
  });

  const enqueue = (to = "Ada@Example.com ") =>
    enqueueEmail(t.db, { to, template: "sign-in", subject: "Sign in to Roster", html: "<p>Hi</p>", text: "Hi" });

  const load = async (id: string) => {
    const [row] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    if (!row) throw new Error("outbox row missing");
    return row;
  };

  /** Makes a scheduled retry due now, as if its backoff had passed. */
  const makeDue = (id: string) =>
    t.db.update(emailOutbox).set({ nextAttemptAt: sql`now() - interval '1 second'` }).where(eq(emailOutbox.id, id));

  it("sends through Resend with the API key and the outbox id as Idempotency-Key, and records Resend's id", async () => {
    fake.replyWith({ status: 200, body: { id: "re_msg_42" } });
    const { id } = await enqueue();

    const outcome = await deliverOutboxEmail(t.db, id, { from: "Roster <roster@example.com>" });

    expect(outcome).toEqual({ status: "sent", providerMessageId: "re_msg_42" });
    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("/emails");
    expect(request?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request?.headers["idempotency-key"]).toBe(id);
    expect(request?.body).toMatchObject({
      from: "Roster <roster@example.com>",
      to: ["ada@example.com"],
      subject: "Sign in to Roster",
      html: "<p>Hi</p>",
      text: "Hi",
    });
    const row = await load(id);
    expect(row.status).toBe("sent");
    expect(row.providerMessageId).toBe("re_msg_42");
    expect(row.attempts).toBe(1);
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row.lastError).toBeNull();
  });

  it("does not send a message twice, even when two workers deliver it at the same time", async () => {
    const { id } = await enqueue();
    const outcomes = await Promise.all([deliverOutboxEmail(t.db, id), deliverOutboxEmail(t.db, id)]);

    expect(outcomes.map((o) => o.status).sort()).toEqual(["sent", "skipped"]);
    expect(fake.requests).toHaveLength(1);
    expect(await deliverOutboxEmail(t.db, id)).toEqual({ status: "skipped", reason: "not_due" });
    expect(fake.requests).toHaveLength(1);
  });

  it("a 4xx refusal is recorded and the message is dead: it is not retried", async () => {
    fake.replyWith({
      status: 422,
      body: { statusCode: 422, name: "validation_error", message: "Invalid `to` field." },
    });
    const { id } = await enqueue();

    const outcome = await deliverOutboxEmail(t.db, id);

    expect(outcome.status).toBe("dead");
    const row = await load(id);
    expect(row.status).toBe("dead");
    expect(row.attempts).toBe(1);
    expect(row.lastError).toContain("422");
    expect(row.lastError).toContain("Invalid `to` field.");
    expect(row.providerMessageId).toBeNull();
    await makeDue(id);
    expect(await deliverDueEmails(t.db)).toEqual({ sent: 0, failed: 0, dead: 0, skipped: 0 });
    expect(fake.requests).toHaveLength(1);
  });

  it("a 5xx is recorded and retried later with exponential backoff, with the same Idempotency-Key", async () => {
    fake.replyWith(
      { status: 500, body: { statusCode: 500, name: "internal_server_error", message: "Something broke" } },
      { status: 503, body: { statusCode: 503, name: "application_error", message: "Unavailable" } },
    );
    const { id } = await enqueue();

    const before = Date.now();
    const first = await deliverOutboxEmail(t.db, id);
    expect(first.status).toBe("failed");
    let row = await load(id);
    expect(row.status).toBe("failed");
    expect(row.attempts).toBe(1);
    expect(row.lastError).toContain("500");
    const firstDelay = row.nextAttemptAt.getTime() - before;
    expect(firstDelay).toBeGreaterThanOrEqual(retryDelayMs(1) - 1000);
    expect(firstDelay).toBeLessThan(retryDelayMs(1) + 5000);

    // Not due yet: nothing happens.
    expect(await deliverOutboxEmail(t.db, id)).toEqual({ status: "skipped", reason: "not_due" });
    expect(fake.requests).toHaveLength(1);

    await makeDue(id);
    const beforeSecond = Date.now();
    expect((await deliverDueEmails(t.db)).failed).toBe(1);
    row = await load(id);
    expect(row.attempts).toBe(2);
    const secondDelay = row.nextAttemptAt.getTime() - beforeSecond;
    expect(secondDelay).toBeGreaterThanOrEqual(retryDelayMs(2) - 1000);
    expect(retryDelayMs(2)).toBe(2 * retryDelayMs(1));

    await makeDue(id);
    expect(await deliverDueEmails(t.db)).toEqual({ sent: 1, failed: 0, dead: 0, skipped: 0 });
    row = await load(id);
    expect(row.status).toBe("sent");
    expect(row.attempts).toBe(3);
    expect(row.providerMessageId).toBe("re_3");
    expect(fake.requests.map((r) => r.headers["idempotency-key"])).toEqual([id, id, id]);
  });

  it(`gives up after ${MAX_ATTEMPTS} failed attempts: the message is dead`, async () => {
    const { id } = await enqueue();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      fake.replyWith({ status: 502, body: { statusCode: 502, name: "application_error", message: "Bad gateway" } });
      const outcome = await deliverOutboxEmail(t.db, id);
      expect(outcome.status).toBe(attempt < MAX_ATTEMPTS ? "failed" : "dead");
      await makeDue(id);
    }
    const row = await load(id);
    expect(row.status).toBe("dead");
    expect(row.attempts).toBe(MAX_ATTEMPTS);
    expect(await deliverOutboxEmail(t.db, id)).toEqual({ status: "skipped", reason: "not_due" });
    expect(fake.requests).toHaveLength(MAX_ATTEMPTS);
  });

  it("a send that never gets an answer times out, is recorded, and is retried later", async () => {
    fake.replyWith("hang");
    const { id } = await enqueue();

    const started = Date.now();
    const outcome = await deliverOutboxEmail(t.db, id, { timeoutMs: 300 });
    const elapsed = Date.now() - started;

    expect(outcome.status).toBe("failed");
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(5000);
    expect(fake.requests).toHaveLength(1);
    const row = await load(id);
    expect(row.status).toBe("failed");
    expect(row.attempts).toBe(1);
    expect(row.lastError).toMatch(/within 300 ms/);
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + retryDelayMs(1) / 2);
  });

  it("without an API key nothing is sent and the message stays queued for the dev mailbox", async () => {
    const { id } = await enqueue();
    expect(await deliverOutboxEmail(t.db, id, { client: null })).toEqual({ status: "skipped", reason: "no_api_key" });
    expect(await deliverDueEmails(t.db, { client: null })).toEqual({ sent: 0, failed: 0, dead: 0, skipped: 0 });
    const row = await load(id);
    expect(row.status).toBe("queued");
    expect(row.attempts).toBe(0);
    expect(fake.requests).toHaveLength(0);
  });

  it("a message older than a day is never sent (e.g. stored before an API key was configured)", async () => {
    const { id } = await enqueue();
    await t.db
      .update(emailOutbox)
      .set({ createdAt: sql`now() - interval '25 hours'` })
      .where(eq(emailOutbox.id, id));
    expect(await deliverOutboxEmail(t.db, id)).toEqual({ status: "skipped", reason: "not_due" });
    expect(fake.requests).toHaveLength(0);
  });

  it("a message claimed by a worker that vanished is sent again once its lease expires", async () => {
    const { id } = await enqueue();
    await t.db
      .update(emailOutbox)
      .set({ status: "sending", attempts: 1, nextAttemptAt: sql`now() + interval '1 minute'` })
      .where(eq(emailOutbox.id, id));
    expect(await deliverOutboxEmail(t.db, id)).toEqual({ status: "skipped", reason: "not_due" });

    await makeDue(id);
    expect((await deliverOutboxEmail(t.db, id)).status).toBe("sent");
    const row = await load(id);
    expect(row.attempts).toBe(2);
    expect(fake.requests[0]?.headers["idempotency-key"]).toBe(id);
  });
});
