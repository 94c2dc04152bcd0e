// Deployment safety on a production build with an explicit public URL (APP_URL): links in emails
// never follow forged Host / X-Forwarded-Host headers, post-sign-in redirects stay on this site
// after normalisation, and Auth.js's own endpoint refuses hostile addresses without sending mail.
import { spawnSync } from "node:child_process";
import { expect, test } from "./helpers/test";
import { readMailbox, signInAs, waitForEmail } from "./helpers/auth";
import { SECURITY_E2E_SLUG } from "./fixtures/security";
import { E2E_PORT, e2eServerEnv } from "./server-env";

const FORGED = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", "x-forwarded-port": "443" };

async function requestSignInLink(request: import("@playwright/test").APIRequestContext, email: string, callbackUrl = "/") {
  const csrf = await request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  return request.post("/api/auth/signin/resend", { form: { email, csrfToken, callbackUrl }, maxRedirects: 0 });
}

test("a forged X-Forwarded-Host never chooses the host of a sign-in or invitation link", async ({ page, baseURL }) => {
  const since = new Date();
  const response = await page.request.fetch("/api/auth/csrf").then(async (csrf) => {
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    return page.request.post("/api/auth/signin/resend", {
      form: { email: "owner@security-e2e.test", csrfToken, callbackUrl: "/" },
      headers: FORGED,
      maxRedirects: 0,
    });
  });
  expect(response.status()).toBeLessThan(400);
  const signIn = await waitForEmail(page.request, "owner@security-e2e.test", { since, subject: /sign in/i });
  expect(signIn.appLink).toMatch(new RegExp(`^${baseURL}/api/auth/callback/resend\\?`));
  for (const link of signIn.links) expect(new URL(link).host).not.toBe("evil.example");

  // Invitations carry links built from the same setting (server actions themselves refuse a
  // request whose X-Forwarded-Host differs from its Origin: Next.js's own CSRF check).
  await signInAs(page, "owner@security-e2e.test", `/orgs/${SECURITY_E2E_SLUG}/members`);
  await page.getByRole("button", { name: "Create" }).click();
  const dialog = page.getByRole("dialog", { name: "Create Member" });
  await dialog.getByLabel("Full Name").fill("Hugo Host");
  await dialog.getByLabel("Email Address").fill("hugo.host@example.com");
  await dialog.getByLabel("Department").fill("Ops");
  const invitedAt = new Date();
  await dialog.getByRole("button", { name: "Create Member" }).click();
  await expect(dialog).toBeHidden();
  const invitation = await waitForEmail(page.request, "hugo.host@example.com", { since: invitedAt, subject: /invited you/ });
  expect(invitation.appLink).toMatch(new RegExp(`^${baseURL}/invite/[A-Za-z0-9_-]{43}$`));
  for (const link of invitation.links) expect(new URL(link).host).not.toBe("evil.example");
});

test("redirects after sign-in stay on this site, whatever the callbackUrl", async ({ page, baseURL }) => {
  await signInAs(page, "owner@security-e2e.test", "/");
  for (const hostile of ["/.//evil.example", "/..//evil.example", "/%2e//evil.example/x", "//evil.example", "/\\evil.example", "https://evil.example/"]) {
    const response = await page.request.get(`/sign-in?callbackUrl=${encodeURIComponent(hostile)}`, { maxRedirects: 0 });
    const location = response.headers()["location"];
    if (location) {
      const target = new URL(location, baseURL);
      expect(target.origin, `${hostile} → ${location}`).toBe(new URL(baseURL!).origin);
      expect(location.startsWith("//"), `${hostile} → ${location}`).toBe(false);
    }
  }

  // Through Auth.js itself: the link's callback redirects home, not to the hostile target.
  const since = new Date();
  await requestSignInLink(page.request, "owner@security-e2e.test", "/.//evil.example");
  const message = await waitForEmail(page.request, "owner@security-e2e.test", { since, subject: /sign in/i });
  const callback = await page.request.get(message.appLink!, { maxRedirects: 0 });
  const location = callback.headers()["location"] ?? "";
  expect(new URL(location, baseURL).origin).toBe(new URL(baseURL!).origin);
  expect(location).not.toContain("evil.example");
});

test("Auth.js's endpoint refuses hostile addresses and sends nothing", async ({ request }) => {
  for (const email of ["Name <victim@x.test>", "victim@x.test,other@y.test", '"victim@evil.example"@x.test', "victim＠x.test"]) {
    const response = await requestSignInLink(request, email);
    expect(response.status(), email).toBe(302);
    expect(response.headers()["location"], email).toContain("/sign-in/error?error=AccessDenied");
  }
  for (const to of ["victim@x.test", "other@y.test", "x.test"]) expect(await readMailbox(request, to)).toEqual([]);
});

test.describe("an unsafe production configuration does not start", () => {
  const start = (overrides: Record<string, string>) =>
    spawnSync("node", ["server.mjs", "-p", String(E2E_PORT + 50)], {
      env: { ...process.env, ...e2eServerEnv, PGLITE_DIR: "memory://", NODE_ENV: "production", ...overrides },
      encoding: "utf8",
      timeout: 60_000,
    });

  test("without APP_URL, naming it", () => {
    const run = start({ APP_URL: "", AUTH_URL: "" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("APP_URL must be set in production");
  });

  test("with the dev mailbox beside a real email provider", () => {
    const run = start({ ROSTER_DEV_MAILBOX: "1", RESEND_API_KEY: "re_live_key" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("ROSTER_DEV_MAILBOX=1 cannot be combined with RESEND_API_KEY");
  });
});
