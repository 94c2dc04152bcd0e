// The security headers: what each response carries, where Referer is withheld, and what changes
// between development, plain-http production and https production.
import { describe, expect, it } from "vitest";
import { carriesToken, contentSecurityPolicy, isHttpsUrl, securityHeaders, staticAssetHeaders } from "@/lib/security/headers";

const base = { nonce: "bm9uY2UtZm9yLXRlc3Rz", pathname: "/orgs/acme/members", production: true, https: true };

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
}

describe("securityHeaders", () => {
  it("puts this request's nonce in script-src with 'strict-dynamic', and nothing inline or eval in production", () => {
    const script = directives(securityHeaders(base)["Content-Security-Policy"]).get("script-src");
    expect(script).toEqual(["'self'", "'nonce-bm9uY2UtZm9yLXRlc3Rz'", "'strict-dynamic'"]);
  });

  it("locks down plugins, <base>, form targets, framing and connections", () => {
    const csp = directives(securityHeaders(base)["Content-Security-Policy"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'none'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect(csp.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
  });

  it("allows inline styles without a nonce (a nonce would switch 'unsafe-inline' off)", () => {
    const style = directives(securityHeaders(base)["Content-Security-Policy"]).get("style-src");
    expect(style).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("sends the fixed headers on every path", () => {
    for (const pathname of ["/", "/orgs/acme/settings/general", "/api/health", "/invite/abc"]) {
      const headers = securityHeaders({ ...base, pathname });
      expect(headers["X-Frame-Options"]).toBe("DENY");
      expect(headers["X-Content-Type-Options"]).toBe("nosniff");
      expect(headers["Cross-Origin-Opener-Policy"]).toBe("same-origin");
      for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
        expect(headers["Permissions-Policy"]).toContain(`${feature}=()`);
      }
    }
  });

  it.each(["/invite/abc123", "/api/auth/callback/resend", "/api/auth/signin/resend", "/sign-in", "/sign-in/check-email"])(
    "withholds the Referer on %s, whose URL can carry a token",
    (pathname) => expect(securityHeaders({ ...base, pathname })["Referrer-Policy"]).toBe("no-referrer"),
  );

  it.each(["/", "/orgs/acme/members", "/invitations", "/api/health", "/sign-inside", "/inviteX"])(
    "sends only the origin cross-origin from %s",
    (pathname) => expect(securityHeaders({ ...base, pathname })["Referrer-Policy"]).toBe("strict-origin-when-cross-origin"),
  );

  it("sends HSTS and upgrades requests only in production behind an https public URL", () => {
    const cases = [
      { production: true, https: true, hsts: true },
      { production: true, https: false, hsts: false },
      { production: false, https: true, hsts: false },
      { production: false, https: false, hsts: false },
    ];
    for (const { production, https, hsts } of cases) {
      const headers = securityHeaders({ ...base, production, https });
      expect(headers["Strict-Transport-Security"]).toBe(hsts ? "max-age=63072000; includeSubDomains" : undefined);
      expect(directives(headers["Content-Security-Policy"]).has("upgrade-insecure-requests")).toBe(hsts);
    }
  });

  it("allows eval in development only, where React needs it for its error stacks", () => {
    const dev = directives(contentSecurityPolicy({ ...base, production: false })).get("script-src");
    expect(dev).toContain("'unsafe-eval'");
    expect(dev).toContain(`'nonce-${base.nonce}'`);
    expect(directives(contentSecurityPolicy(base)).get("script-src")).not.toContain("'unsafe-eval'");
  });

  it("gives each nonce its own policy", () => {
    const a = securityHeaders({ ...base, nonce: "YWFhYQ==" })["Content-Security-Policy"];
    const b = securityHeaders({ ...base, nonce: "YmJiYg==" })["Content-Security-Policy"];
    expect(a).toContain("'nonce-YWFhYQ=='");
    expect(b).toContain("'nonce-YmJiYg=='");
    expect(a).not.toBe(b);
  });
});

describe("staticAssetHeaders", () => {
  it("lets nothing run in a static file opened on its own, and keeps the fixed headers", () => {
    const headers = staticAssetHeaders();
    const csp = directives(headers["Content-Security-Policy"]);
    expect(csp.get("default-src")).toEqual(["'none'"]);
    expect(csp.has("script-src")).toBe(false);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["Strict-Transport-Security"]).toBeUndefined();
  });
});

describe("carriesToken", () => {
  it("matches path prefixes, not look-alikes", () => {
    expect(carriesToken("/invite/t")).toBe(true);
    expect(carriesToken("/invite")).toBe(false);
    expect(carriesToken("/sign-in")).toBe(true);
    expect(carriesToken("/sign-in/error")).toBe(true);
    expect(carriesToken("/sign-inside")).toBe(false);
    expect(carriesToken("/api/authors")).toBe(false);
  });
});

describe("isHttpsUrl", () => {
  it.each([
    ["https://roster.example.com", true],
    ["http://localhost:3000", false],
    ["", false],
    [undefined, false],
    ["not a url", false],
  ])("%s → %s", (url, expected) => expect(isHttpsUrl(url)).toBe(expected));
});
