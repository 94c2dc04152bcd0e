// The dev mailbox: newest-first messages with their links, filtered by recipient; absent in production.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { enqueueEmail } from "@/lib/email/outbox";
import { readMailbox } from "@/lib/email/mailbox";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

describe.each(drivers)("dev mailbox (%s)", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t.close();
  });

  it("lists messages newest first, with the links of text and HTML, filtered by normalised recipient", async () => {
    const link = "http://localhost:3000/api/auth/callback/resend?token=abc&email=bob%40x.com";
    await enqueueEmail(t.db, { to: "bob@x.com", template: "sign-in", subject: "First", html: "", text: "one" });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await enqueueEmail(t.db, {
      to: "Bob@X.com",
      template: "sign-in",
      subject: "Second",
      html: `<a href="${link.replace(/&/g, "&amp;")}">Sign in</a>`,
      text: `Sign in: ${link}`,
    });
    await enqueueEmail(t.db, { to: "carol@x.com", template: "sign-in", subject: "Other", html: "", text: "x" });

    const messages = await readMailbox(t.db, { to: " BOB@x.com " });

    expect(messages.map((m) => m.subject)).toEqual(["Second", "First"]);
    expect(messages[0]).toMatchObject({ to: "bob@x.com", links: [link], status: "queued" });
    expect(new Date(messages[0]!.createdAt).getTime()).toBeGreaterThan(new Date(messages[1]!.createdAt).getTime());
    expect((await readMailbox(t.db)).length).toBe(3);
  });
});

describe("dev mailbox in production", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("answers 404 unless ROSTER_DEV_MAILBOX=1", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("ROSTER_DEV_MAILBOX", "");
    vi.resetModules();
    const { GET } = await import("@/app/api/dev/mailbox/route");
    const response = await GET(new Request("http://localhost/api/dev/mailbox?to=bob@x.com"));
    expect(response.status).toBe(404);
  });

  it("is enabled in production with ROSTER_DEV_MAILBOX=1", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("ROSTER_DEV_MAILBOX", "1");
    vi.resetModules();
    const { devMailboxEnabled } = await import("@/lib/env");
    expect(devMailboxEnabled).toBe(true);
  });
});
