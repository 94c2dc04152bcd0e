// After sign-in, only same-site paths are followed (no open redirect), checked after normalisation.
import { describe, expect, it } from "vitest";
import { authRedirect, safeCallbackUrl } from "@/lib/auth/callback-url";

const HOSTILE: [string, unknown][] = [
  ["an absolute URL on another host", "https://evil.example/"],
  ["an absolute http URL", "http://evil.example"],
  ["a protocol-relative URL", "//evil.example/path"],
  ["a dot segment before a double slash", "/.//evil.example"],
  ["a dot-dot segment before a double slash", "/..//evil.example"],
  ["an encoded dot before a double slash", "/%2e//evil.example/x"],
  ["an encoded dot-dot before a double slash", "/%2e%2e//evil.example"],
  ["upper-case encoded dots", "/%2E%2E//evil.example"],
  ["an encoded slash", "/%2f%2fevil.example"],
  ["an encoded slash after a segment", "/orgs/..%2f..%2f/evil.example"],
  ["an encoded backslash", "/%5cevil.example"],
  ["a backslash trick", "/\\evil.example"],
  ["a backslash later in the path", "/a\\b"],
  ["two backslashes", "\\\\evil.example"],
  ["a tab inside the slashes", "/\t/evil.example"],
  ["a newline inside the slashes", "/\n/evil.example"],
  ["a carriage return", "/\r/evil.example"],
  ["a leading space", " /orgs"],
  ["a NUL byte", "/orgs\u0000"],
  ["userinfo with another host", "//user:pass@evil.example"],
  ["userinfo in an absolute URL", "https://roster.example@evil.example/"],
  ["a javascript: URL", "javascript:alert(1)"],
  ["a javascript: URL behind a slash", "/javascript:alert(1)//%0a"],
  ["a data: URL", "data:text/html,<script>alert(1)</script>"],
  ["a scheme without slashes", "https:evil.example"],
  ["a relative path without a leading slash", "orgs/acme"],
  ["triple slashes", "///evil.example"],
  ["a dot segment and a backslash", "/./\\evil.example"],
  ["an empty string", ""],
  ["a non-string", ["/orgs"]],
  ["undefined", undefined],
  ["a huge value", `/${"a".repeat(3000)}`],
];

describe("safeCallbackUrl", () => {
  it("keeps a relative path with its query and hash", () => {
    expect(safeCallbackUrl("/orgs/acme/members?page=2#top")).toBe("/orgs/acme/members?page=2#top");
    expect(safeCallbackUrl("/invite/abc123")).toBe("/invite/abc123");
    expect(safeCallbackUrl("/orgs/acme/members?q=a%2Fb")).toBe("/orgs/acme/members?q=a%2Fb");
  });

  it("normalises harmless dot segments", () => {
    expect(safeCallbackUrl("/orgs/./acme/../acme/members")).toBe("/orgs/acme/members");
  });

  it.each(HOSTILE)("falls back for %s", (_label, value) => {
    expect(safeCallbackUrl(value)).toBe("/");
  });

  it("never returns anything a browser resolves to another host", () => {
    for (const [, value] of HOSTILE) {
      const result = safeCallbackUrl(value, "/fallback");
      expect(new URL(result, "https://roster.example").origin).toBe("https://roster.example");
      expect(result.startsWith("//")).toBe(false);
    }
  });

  it("does not send a signed-in user back to the sign-in pages", () => {
    expect(safeCallbackUrl("/sign-in?callbackUrl=/x")).toBe("/");
    expect(safeCallbackUrl("/sign-in/check-email")).toBe("/");
    expect(safeCallbackUrl("/orgs/../sign-in")).toBe("/");
  });

  it("uses the given fallback", () => {
    expect(safeCallbackUrl("https://evil.example", "/orgs")).toBe("/orgs");
  });
});

describe("authRedirect (Auth.js redirect callback)", () => {
  const baseUrl = "https://roster.example";

  it("follows a same-site path or absolute URL on this origin", () => {
    expect(authRedirect({ url: "/orgs/acme/members", baseUrl })).toBe("https://roster.example/orgs/acme/members");
    expect(authRedirect({ url: "https://roster.example/invite/abc", baseUrl })).toBe("https://roster.example/invite/abc");
  });

  it.each(HOSTILE.filter(([, value]) => typeof value === "string") as [string, string][])("goes home for %s", (_label, url) => {
    expect(authRedirect({ url, baseUrl })).toBe("https://roster.example/");
  });

  it("may go to the sign-in page (signing out does)", () => {
    expect(authRedirect({ url: "/sign-in?callbackUrl=%2Finvite%2Fabc", baseUrl })).toBe("https://roster.example/sign-in?callbackUrl=%2Finvite%2Fabc");
  });

  it("goes home for an absolute URL on this origin whose path is a network path", () => {
    expect(authRedirect({ url: "https://roster.example//evil.example", baseUrl })).toBe("https://roster.example/");
    expect(authRedirect({ url: "https://roster.example/.//evil.example", baseUrl })).toBe("https://roster.example/");
  });
});
