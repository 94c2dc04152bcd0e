// proxy.ts: which requests it runs on — every page and route, so each gets the security headers,
// but not static files, so icons and robots.txt never bounce to sign-in — and what it answers.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";

// Next.js compiles the matcher with path-to-regexp; for this one-group pattern that is this regex.
const matcher = new RegExp(`^${config.matcher[0]}$`);

describe("proxy matcher", () => {
  it.each([
    "/",
    "/sign-in",
    "/sign-in/check-email",
    "/orgs",
    "/orgs/acme/members",
    "/orgs/acme/settings/danger-zone",
    "/invite/abc",
    "/dev/mailbox",
    "/api/health",
    "/api/auth/callback/resend",
  ])("runs on %s", (path) => expect(matcher.test(path)).toBe(true));

  it.each([
    "/favicon.ico",
    "/robots.txt",
    "/site.webmanifest",
    "/icon.svg",
    "/icon-192.png",
    "/icon-512.png",
    "/apple-touch-icon.png",
    "/_next/static/chunks/app.js",
    "/_next/static/css/app.css",
  ])("skips the static file %s", (path) => expect(matcher.test(path)).toBe(false));
});

describe("proxy", () => {
  const request = (path: string, cookie?: string) =>
    new NextRequest(`http://localhost:3000${path}`, cookie ? { headers: { cookie } } : undefined);

  it("hands Next.js the nonce on the request and sends the same policy back", () => {
    const response = proxy(request("/sign-in"));
    const csp = response.headers.get("content-security-policy")!;
    const nonce = response.headers.get("x-middleware-request-x-nonce")!;
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(csp).toContain(`'nonce-${nonce}'`);
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    // The nonce itself is not echoed to the browser outside the policy.
    expect(response.headers.get("x-nonce")).toBeNull();
  });

  it("uses a fresh nonce on every request", () => {
    const nonces = new Set(Array.from({ length: 20 }, () => proxy(request("/api/health")).headers.get("x-middleware-request-x-nonce")));
    expect(nonces.size).toBe(20);
  });

  it("sends a signed-out visitor to sign-in with the headers on the redirect", () => {
    const response = proxy(request("/orgs/acme/members?page=2"));
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get("location")!).search).toBe(`?callbackUrl=${encodeURIComponent("/orgs/acme/members?page=2")}`);
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });

  it("lets a visitor with a session cookie through, with the headers", () => {
    const response = proxy(request("/orgs/acme/members", "authjs.session-token=abc"));
    expect(response.headers.get("location")).toBeNull();
    expect(response.headers.get("x-middleware-next")).toBe("1");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });

  it("withholds the Referer on an invitation link", () => {
    expect(proxy(request("/invite/some-token")).headers.get("referrer-policy")).toBe("no-referrer");
  });
});
