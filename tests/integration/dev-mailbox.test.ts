// The dev mailbox: newest-first messages with their links, filtered by recipient; secrets shown only
// while the outbox still holds them; "Open link" is the app's own link; absent in production unless
// explicitly enabled, and never beside a real email provider.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { emailOutbox } from "@/db/schema";
import { eraseSpentSecrets } from "@/db/queries/email-outbox";
import { devMailboxPolicy } from "@/lib/env";
import { enqueueEmail } from "@/lib/email/outbox";
import { primaryAppLink, readMailbox } from "@/lib/email/mailbox";
import { SECRET_PLACEHOLDER } from "@/lib/email/secret";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

const APP = "http://localhost:3000";

describe.each(drivers)("dev mailbox (%s)", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t.close();
  });

  it("lists messages newest first, with the links of text and HTML, filtered by normalised recipient", async () => {
    const link = `${APP}/api/auth/callback/resend?token=${SECRET_PLACEHOLDER}&email=bob%40x.com`;
    const token = "a".repeat(64);
    await enqueueEmail(t.db, { to: "bob@x.com", template: "role-changed", subject: "First", html: "", text: "one" });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await enqueueEmail(t.db, {
      to: "Bob@X.com",
      template: "sign-in",
      subject: "Second",
      html: `<a href="${link.replace(/&/g, "&amp;")}">Sign in</a>`,
      text: `Sign in: ${link}`,
      secret: { value: token, expiresAt: new Date(Date.now() + 15 * 60_000) },
    });
    await enqueueEmail(t.db, { to: "carol@x.com", template: "sign-in", subject: "Other", html: "", text: "x" });

    const messages = await readMailbox(t.db, { to: " BOB@x.com " });

    expect(messages.map((m) => m.subject)).toEqual(["Second", "First"]);
    const filled = link.replace(SECRET_PLACEHOLDER, token);
    expect(messages[0]).toMatchObject({ to: "bob@x.com", links: [filled], appLink: filled, status: "queued" });
    expect(new Date(messages[0]!.createdAt).getTime()).toBeGreaterThan(new Date(messages[1]!.createdAt).getTime());
    expect((await readMailbox(t.db)).length).toBe(3);
  });

  it("shows a link as removed once its secret has expired and been erased", async () => {
    const { id } = await enqueueEmail(t.db, {
      to: "erased@x.com",
      template: "invitation",
      subject: "Invite",
      html: `<a href="${APP}/invite/${SECRET_PLACEHOLDER}">Open</a>`,
      text: `Open ${APP}/invite/${SECRET_PLACEHOLDER}`,
      secret: { value: "b".repeat(43), expiresAt: new Date(Date.now() + 60_000) },
    });
    await t.db.update(emailOutbox).set({ secretExpiresAt: new Date(Date.now() - 1000) }).where(eq(emailOutbox.id, id));
    expect(await eraseSpentSecrets(t.db)).toBeGreaterThanOrEqual(1);

    const [message] = await readMailbox(t.db, { to: "erased@x.com" });
    expect(message!.text).toBe(`Open ${APP}/invite/removed`);
    expect(message!.text).not.toContain("b".repeat(43));
  });

  it("opens the app's own link, not the first URL someone typed into a message", async () => {
    const token = "c".repeat(43);
    await enqueueEmail(t.db, {
      to: "phish@x.com",
      template: "invitation",
      subject: "Invite",
      html: `<p>See https://evil.example/login</p><a href="${APP}/invite/${SECRET_PLACEHOLDER}">Open</a>`,
      text: `Message: https://evil.example/login\nOpen ${APP}/invite/${SECRET_PLACEHOLDER}`,
      secret: { value: token, expiresAt: new Date(Date.now() + 60_000) },
    });
    const [message] = await readMailbox(t.db, { to: "phish@x.com" });
    expect(message!.links[0]).toBe("https://evil.example/login");
    expect(message!.appLink).toBe(`${APP}/invite/${token}`);
  });
});

describe("primaryAppLink", () => {
  it("prefers the link carrying the secret, then any link on the app's origin, else none", () => {
    expect(primaryAppLink(["https://evil.example/x", `${APP}/orgs/acme`, `${APP}/invite/tok`], "tok", APP)).toBe(`${APP}/invite/tok`);
    expect(primaryAppLink(["https://evil.example/x", `${APP}/orgs/acme`], null, APP)).toBe(`${APP}/orgs/acme`);
    expect(primaryAppLink(["https://evil.example/x", "http://localhost:3000.evil.example/"], null, APP)).toBeNull();
  });
});

describe("dev mailbox flag", () => {
  const cases: [string, Parameters<typeof devMailboxPolicy>[0], { enabled: boolean; error?: boolean; warning?: boolean }][] = [
    ["development, no flag", { production: false }, { enabled: true }],
    ["development, flag 0", { production: false, flag: "0" }, { enabled: false }],
    ["development with a Resend key", { production: false, resendApiKey: "re_x" }, { enabled: false }],
    ["production, no flag", { production: true }, { enabled: false }],
    ["production, flag 0", { production: true, flag: "0" }, { enabled: false }],
    ["production, flag 1", { production: true, flag: "1" }, { enabled: true, warning: true }],
    ["production, flag 1 and a Resend key", { production: true, flag: "1", resendApiKey: "re_x" }, { enabled: false, error: true }],
    ["development, flag 1 and a Resend key", { production: false, flag: "1", resendApiKey: "re_x" }, { enabled: false, error: true }],
    ["production, a Resend key", { production: true, resendApiKey: "re_x" }, { enabled: false }],
  ];

  it.each(cases)("%s", (_label, input, expected) => {
    const policy = devMailboxPolicy(input);
    expect(policy.enabled).toBe(expected.enabled);
    expect(Boolean(policy.error)).toBe(Boolean(expected.error));
    expect(Boolean(policy.warning)).toBe(Boolean(expected.warning));
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

  it("is enabled in production with ROSTER_DEV_MAILBOX=1, and reported as a startup error beside RESEND_API_KEY", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("ROSTER_DEV_MAILBOX", "1");
    vi.stubEnv("APP_URL", "https://roster.example");
    vi.stubEnv("AUTH_SECRET", "a-production-secret-of-enough-length");
    vi.resetModules();
    const enabled = await import("@/lib/env");
    expect(enabled.devMailboxEnabled()).toBe(true);
    expect(enabled.checkProductionConfig()).toMatchObject({ errors: [], warnings: [expect.stringContaining("ROSTER_DEV_MAILBOX=1")] });

    vi.stubEnv("RESEND_API_KEY", "re_live_key");
    vi.resetModules();
    const refused = await import("@/lib/env");
    expect(refused.devMailboxEnabled()).toBe(false);
    expect(refused.checkProductionConfig().errors).toEqual([expect.stringContaining("cannot be combined with RESEND_API_KEY")]);
  });

  it("refuses to start in production without APP_URL, naming it", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("APP_URL", "");
    vi.stubEnv("AUTH_URL", "");
    vi.stubEnv("AUTH_SECRET", "a-production-secret-of-enough-length");
    vi.resetModules();
    const { checkProductionConfig } = await import("@/lib/env");
    expect(checkProductionConfig().errors).toEqual([expect.stringContaining("APP_URL must be set in production")]);
  });
});
