// API keys as values: the format, the hash stored in place of the key, what scopes survive a
// member's API access level, the organization's expiry rules, and who may manage whose keys.
import { describe, expect, it } from "vitest";
import { allowedExpiryChoices, expiresAtFor, whyExpiryNotAllowed } from "@/lib/api-keys/expiry";
import { generateApiKey, hashApiKey, isApiKeyFormat, VISIBLE_PREFIX_LENGTH } from "@/lib/api-keys/key-format";
import { bearerToken } from "@/lib/api-keys/authenticate-key";
import { whyCannotCreateKeyFor, whyCannotManageKeysOf, whyCannotSetApiAccess, type KeySubject } from "@/lib/api-keys/key-rules";
import { effectiveScopes } from "@/lib/api-keys/scopes";
import type { Role } from "@/lib/permissions";

describe("key format", () => {
  it("a key is rstr_ and 43 base64url characters (256 random bits); its SHA-256 is what gets stored", () => {
    const { key, prefix, keyHash } = generateApiKey();
    expect(key).toMatch(/^rstr_[A-Za-z0-9_-]{43}$/);
    expect(isApiKeyFormat(key)).toBe(true);
    expect(keyHash).toBe(hashApiKey(key));
    expect(keyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(keyHash).not.toContain(key.slice(5));
    expect(prefix).toBe(key.slice(0, VISIBLE_PREFIX_LENGTH));
    expect(prefix).toHaveLength(12);
  });

  it("keys never repeat, and the visible prefix is not enough to recover them", () => {
    const keys = new Set(Array.from({ length: 500 }, () => generateApiKey().key));
    expect(keys.size).toBe(500);
  });

  it("only a Bearer value in the key's exact format is looked up", () => {
    const { key } = generateApiKey();
    expect(bearerToken(`Bearer ${key}`)).toBe(key);
    expect(bearerToken(`bearer   ${key}`)).toBe(key);
    expect(bearerToken(`Basic ${key}`)).toBeNull();
    expect(bearerToken(null)).toBeNull();
    expect(isApiKeyFormat(`${key}x`)).toBe(false);
    expect(isApiKeyFormat(key.replace("rstr_", "sk_"))).toBe(false);
    expect(isApiKeyFormat("rstr_" + "a".repeat(42) + "!")).toBe(false);
  });
});

describe("effective scopes", () => {
  const all = ["members:read", "members:write", "teams:read", "audit:read", "unknown:scope"];
  it("full access keeps the key's known scopes", () => {
    expect(effectiveScopes(all, "full")).toEqual(["members:read", "members:write", "teams:read", "audit:read"]);
  });
  it("read-only access keeps only the read scopes", () => {
    expect(effectiveScopes(all, "read_only")).toEqual(["members:read", "teams:read", "audit:read"]);
  });
  it("no access leaves nothing", () => {
    expect(effectiveScopes(all, "none")).toEqual([]);
  });
});

describe("expiry", () => {
  it("an organization's cap and its no-expiry switch decide the choices", () => {
    expect(allowedExpiryChoices({ apiKeyMaxExpiryDays: 365, apiKeysMayNotExpire: false })).toEqual(["30d", "90d", "365d"]);
    expect(allowedExpiryChoices({ apiKeyMaxExpiryDays: 90, apiKeysMayNotExpire: false })).toEqual(["30d", "90d"]);
    expect(allowedExpiryChoices({ apiKeyMaxExpiryDays: 30, apiKeysMayNotExpire: true })).toEqual(["30d", "never"]);
    expect(whyExpiryNotAllowed("365d", { apiKeyMaxExpiryDays: 90, apiKeysMayNotExpire: true })).toMatch(/at most 90 days/);
    expect(whyExpiryNotAllowed("never", { apiKeyMaxExpiryDays: 365, apiKeysMayNotExpire: false })).toMatch(/must expire/);
  });
  it("expires exactly N days later, or never", () => {
    const now = Date.UTC(2026, 0, 1);
    expect(expiresAtFor("30d", now)?.toISOString()).toBe("2026-01-31T00:00:00.000Z");
    expect(expiresAtFor("never", now)).toBeNull();
  });
});

describe("who may manage whose keys", () => {
  const subject = (id: string, role: Role, extra: Partial<KeySubject> = {}): KeySubject => ({ id, role, status: "active", apiAccess: "full", userId: `u-${id}`, ...extra });
  const owner = subject("o", "owner");
  const admin = subject("a", "admin");
  const manager = subject("m", "manager");
  const dev = subject("d", "developer");
  const viewer = subject("v", "viewer");

  it("members create their own keys, unless their role can't hold keys or their API access is off", () => {
    expect(whyCannotCreateKeyFor(dev, dev)).toBeNull();
    expect(whyCannotCreateKeyFor(viewer, viewer)).toMatch(/Viewers can't have API keys/);
    expect(whyCannotCreateKeyFor(subject("d2", "developer", { apiAccess: "none" }), subject("d2", "developer", { apiAccess: "none" }))).toMatch(/turned off/);
  });
  it("Owners and Admins create keys for members they outrank; nobody else creates keys for others", () => {
    expect(whyCannotCreateKeyFor(admin, dev)).toBeNull();
    expect(whyCannotCreateKeyFor(owner, admin)).toBeNull();
    expect(whyCannotCreateKeyFor(admin, subject("a2", "admin"))).toMatch(/ranked below Admin/);
    expect(whyCannotCreateKeyFor(admin, owner)).toMatch(/Only an Owner/);
    expect(whyCannotCreateKeyFor(manager, dev)).toMatch(/only create keys for yourself/);
    expect(whyCannotCreateKeyFor(admin, subject("p", "developer", { status: "pending", userId: null }))).toMatch(/active members/);
  });
  it("Owners and Admins list and revoke anyone's keys; others only their own", () => {
    expect(whyCannotManageKeysOf(admin, owner)).toBeNull();
    expect(whyCannotManageKeysOf(admin, null)).toBeNull();
    expect(whyCannotManageKeysOf(dev, dev)).toBeNull();
    expect(whyCannotManageKeysOf(manager, dev)).toMatch(/only manage your own/);
  });
  it("API access levels are set by Owners and Admins on members they outrank, never on themselves", () => {
    expect(whyCannotSetApiAccess(admin, dev)).toBeNull();
    expect(whyCannotSetApiAccess(admin, admin)).toMatch(/your own/);
    expect(whyCannotSetApiAccess(admin, owner)).toMatch(/Only an Owner/);
    expect(whyCannotSetApiAccess(manager, dev)).toMatch(/Only Owners and Admins/);
  });
});
