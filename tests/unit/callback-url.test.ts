// After sign-in, only same-site relative paths are followed (no open redirect).
import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

describe("safeCallbackUrl", () => {
  it("keeps a relative path with its query and hash", () => {
    expect(safeCallbackUrl("/orgs/acme/members?page=2#top")).toBe("/orgs/acme/members?page=2#top");
    expect(safeCallbackUrl("/invite/abc123")).toBe("/invite/abc123");
  });

  it.each([
    ["an absolute URL", "https://evil.example/"],
    ["a protocol-relative URL", "//evil.example/path"],
    ["a backslash trick", "/\\evil.example"],
    ["a backslash later in the path", "/a\\b"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a path with a control character", "/\t/evil.example"],
    ["a relative path without a leading slash", "orgs/acme"],
    ["an empty string", ""],
    ["a non-string", ["/orgs"]],
    ["undefined", undefined],
  ])("falls back for %s", (_label, value) => {
    expect(safeCallbackUrl(value)).toBe("/");
  });

  it("does not send a signed-in user back to the sign-in pages", () => {
    expect(safeCallbackUrl("/sign-in?callbackUrl=/x")).toBe("/");
    expect(safeCallbackUrl("/sign-in/check-email")).toBe("/");
  });

  it("uses the given fallback", () => {
    expect(safeCallbackUrl("https://evil.example", "/orgs")).toBe("/orgs");
  });
});
