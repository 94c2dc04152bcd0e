// Security headers end to end: every page and route answers with a nonce-based CSP (fresh per
// request, on every script the page carries), no framing, nosniff, a Referrer-Policy that withholds
// token URLs, and a Permissions-Policy; static files get nosniff and reach signed-out visitors;
// another site cannot frame the app. The shared `test` fails any of these pages on a CSP violation.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { signInAs } from "./helpers/auth";
import { expect, test, type APIRequestContext, type Page } from "./helpers/test";
import { E2E_BASE_URL } from "./server-env";

type HeaderMap = Record<string, string>;

const nonceOf = (headers: HeaderMap) => /'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1];

function expectDocumentHeaders(headers: HeaderMap, path: string, { tokenUrl = false } = {}) {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, `${path}: CSP`).toMatch(/(^|; )script-src 'self' 'nonce-[A-Za-z0-9+/]+=*' 'strict-dynamic'(;|$)/);
  for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'self'"]) {
    expect(csp, `${path}: CSP`).toContain(directive);
  }
  expect(headers["x-frame-options"], path).toBe("DENY");
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  expect(headers["referrer-policy"], path).toBe(tokenUrl ? "no-referrer" : "strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], path).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\).*payment=\(\).*usb=\(\)/);
  expect(headers["cross-origin-opener-policy"], path).toBe("same-origin");
  // The e2e server's public URL is plain http: no HSTS.
  expect(headers["strict-transport-security"], path).toBeUndefined();
}

/** Opens a page, checks its headers and that each of its scripts carries this response's nonce. */
async function visit(page: Page, path: string, { status = 200, tokenUrl = false } = {}): Promise<string> {
  const response = await page.goto(path);
  expect(response, path).not.toBeNull();
  expect(response!.status(), path).toBe(status);
  const headers = response!.headers();
  expectDocumentHeaders(headers, path, { tokenUrl });
  const nonce = nonceOf(headers)!;
  const scripts = (await response!.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length, `${path}: scripts`).toBeGreaterThan(0);
  expect(
    scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`)),
    `${path}: scripts without the nonce`,
  ).toEqual([]);
  return nonce;
}

// Chromium logs Permissions-Policy features it does not know on every page; there should be none.
function collectPolicyWarnings(page: Page): string[] {
  const warnings: string[] = [];
  page.on("console", (message) => {
    if (/Permissions-Policy|Unrecognized feature/i.test(message.text())) warnings.push(message.text());
  });
  return warnings;
}

test("pages open to signed-out visitors carry the headers, a fresh nonce each time", async ({ page, request }) => {
  const warnings = collectPolicyWarnings(page);
  const first = await visit(page, "/sign-in", { tokenUrl: true });
  const second = await visit(page, "/sign-in", { tokenUrl: true });
  expect(second).not.toBe(first);

  await visit(page, "/sign-in/check-email", { tokenUrl: true });
  await visit(page, "/sign-in/error?error=Verification", { tokenUrl: true });
  // An unknown token still renders the invitation page (saying the link doesn't work).
  await visit(page, "/invite/not-a-real-token-0123456789abcdef", { tokenUrl: true });
  await expect(page.getByRole("main")).toBeVisible();
  await visit(page, "/dev/mailbox");

  // A route handler and a signed-out redirect carry them too.
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expectDocumentHeaders(health.headers(), "/api/health");
  const redirect = await request.get("/orgs/acme/members", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers()["location"]).toContain("/sign-in?callbackUrl=");
  expectDocumentHeaders(redirect.headers(), "redirect to /sign-in");

  // The sign-in form still works under the policy.
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill("csp-check@example.com");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page).toHaveURL(/\/sign-in\/check-email/);
  expect(warnings).toEqual([]);
});

test("every page of the app carries the headers and runs under the CSP", async ({ page }) => {
  test.slow(); // a dozen server-rendered pages
  const warnings = collectPolicyWarnings(page);
  await signInAs(page, "owner@acme.test", "/orgs");

  await visit(page, "/orgs");
  await visit(page, "/orgs/new");
  const first = await visit(page, "/orgs/acme/members");
  // The app is interactive under the CSP: a Radix dialog opens and closes.
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect(page.getByRole("dialog", { name: "Create Member" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  expect(await visit(page, "/orgs/acme/members")).not.toBe(first);

  await visit(page, "/orgs/acme/invitations");
  await visit(page, "/orgs/acme/teams");
  const teamHref = await page.locator('a[href^="/orgs/acme/teams/"]').first().getAttribute("href");
  expect(teamHref, "a team to open").toBeTruthy();
  await visit(page, teamHref!);
  await visit(page, "/orgs/acme/roles");
  for (const section of ["general", "seats", "ownership", "danger-zone"]) {
    await visit(page, `/orgs/acme/settings/${section}`);
  }
  // The 404 page renders per request too, so its scripts get the nonce.
  await visit(page, "/orgs/acme/no-such-page", { status: 404 });
  expect(warnings).toEqual([]);
});

const STATIC_FILES: Record<string, RegExp> = {
  "/favicon.ico": /^image\/(x-icon|vnd\.microsoft\.icon)/,
  "/icon.svg": /^image\/svg\+xml/,
  "/icon-192.png": /^image\/png/,
  "/icon-512.png": /^image\/png/,
  "/apple-touch-icon.png": /^image\/png/,
  "/site.webmanifest": /^application\/manifest\+json/,
  "/robots.txt": /^text\/plain/,
};

async function expectStaticFile(request: APIRequestContext, path: string, contentType: RegExp) {
  const response = await request.get(path, { maxRedirects: 0 });
  expect(response.status(), `${path}: served, not redirected to sign-in`).toBe(200);
  const headers = response.headers();
  expect(headers["content-type"], path).toMatch(contentType);
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  expect(headers["x-frame-options"], path).toBe("DENY");
  expect(headers["content-security-policy"], path).toContain("default-src 'none'");
  return response;
}

test("static files reach signed-out visitors with nosniff; the page links the icons and manifest", async ({ page, request }) => {
  for (const [path, contentType] of Object.entries(STATIC_FILES)) {
    const response = await expectStaticFile(request, path, contentType);
    // Chromium asks for the icon again on every same-document navigation: a day's cache answers it.
    if (/icon/.test(path)) expect(response.headers()["cache-control"], path).toBe("public, max-age=86400");
  }

  const robots = await (await request.get("/robots.txt")).text();
  for (const path of ["/invite/", "/api/", "/orgs/", "/dev/"]) expect(robots).toContain(`Disallow: ${path}`);
  const manifest = (await (await request.get("/site.webmanifest")).json()) as { name: string; theme_color: string; icons: { src: string }[] };
  expect(manifest).toMatchObject({ name: "Roster", theme_color: "#4f46e5" });
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);

  await page.goto("/sign-in");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/site.webmanifest");
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", "/apple-touch-icon.png");
  await expect(page.locator('link[rel="icon"][href^="/favicon.ico"]')).toHaveCount(1);
  await expect(page.locator('link[rel="icon"][href="/icon.svg"]')).toHaveCount(1);
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute("content", "#4f46e5");

  // The build's own scripts and styles are static files too.
  const chunk = await page.locator('script[src^="/_next/static/"]').first().getAttribute("src");
  const script = await request.get(chunk!);
  expect(script.status()).toBe(200);
  expect(script.headers()["x-content-type-options"]).toBe("nosniff");
});

test.describe("framing", () => {
  // The refusal below is itself a CSP violation report, the one this test wants to see.
  test.use({ allowedCspViolations: [/frame-ancestors/] });

  // Another origin on this machine (a different port): Chromium blocks public pages from framing
  // local servers on its own, which would prove nothing about the app's headers.
  let attacker: Server;
  let attackerUrl = "";
  test.beforeAll(async () => {
    attacker = createServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      response.end(`<h1>Win a prize</h1><iframe name="roster" src="${E2E_BASE_URL}/sign-in"></iframe>`);
    });
    await new Promise<void>((resolve) => attacker.listen(0, "localhost", resolve));
    attackerUrl = `http://localhost:${(attacker.address() as AddressInfo).port}/`;
  });
  test.afterAll(async () => {
    await new Promise((resolve) => attacker.close(resolve));
  });

  test("another site cannot show the app in a frame", async ({ page, cspViolations }) => {
    const framed = page.waitForResponse(`${E2E_BASE_URL}/sign-in`);
    await page.goto(attackerUrl);
    // The server answered the frame's request; the browser refused to show the answer.
    expect((await framed).status()).toBe(200);
    await expect.poll(() => cspViolations.filter((v) => /frame-ancestors/.test(v)).length).toBeGreaterThan(0);
    const frame = page.frame({ name: "roster" });
    expect(frame, "the iframe exists").not.toBeNull();
    await expect(frame!.getByRole("heading", { name: "Sign in to Roster" })).toHaveCount(0);
    expect(frame!.url()).not.toBe(`${E2E_BASE_URL}/sign-in`);
  });
});
