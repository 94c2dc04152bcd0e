// Which paths proxy.ts lets through without a session cookie.
import { describe, expect, it } from "vitest";
import { isPublicPath } from "@/lib/auth/public-paths";

describe("isPublicPath", () => {
  it.each(["/sign-in", "/sign-in/check-email", "/sign-in/error", "/invite/abc", "/api/health", "/api/auth/session", "/dev/mailbox", "/_next/static/x.js", "/favicon.ico"])(
    "%s is public",
    (path) => expect(isPublicPath(path)).toBe(true),
  );

  it.each(["/", "/orgs", "/orgs/new", "/orgs/acme/members", "/sign-inside", "/apis", "/developer"])("%s needs a session", (path) =>
    expect(isPublicPath(path)).toBe(false),
  );
});
