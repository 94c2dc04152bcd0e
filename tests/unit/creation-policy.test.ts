// Who may create an organization: every mode × operator or not × first user of the install or not.
import { describe, expect, it } from "vitest";
import { mayCreateOrganization, resolveOrgCreationMode, type OrgCreationMode } from "@/lib/organizations/creation-policy";

const OPERATOR = "root@ops.example";
const policy = (mode: OrgCreationMode) => ({ mode, domains: ["acme.example", "acme.test"], operators: [OPERATOR] });

describe("mayCreateOrganization", () => {
  // [mode, who, email, any organization exists yet, allowed]
  const table: [OrgCreationMode, string, string, boolean, boolean][] = [
    ["open", "an operator", OPERATOR, true, true],
    ["open", "an operator, first user", OPERATOR, false, true],
    ["open", "anyone", "stranger@elsewhere.example", true, true],
    ["open", "anyone, first user", "stranger@elsewhere.example", false, true],
    ["domains", "an operator", OPERATOR, true, true],
    ["domains", "an operator, first user", OPERATOR, false, true],
    ["domains", "someone on an allowed domain", "ada@acme.example", true, true],
    ["domains", "someone on an allowed domain, first user", "ada@acme.test", false, true],
    ["domains", "someone on another domain", "eve@evil.example", true, false],
    ["domains", "someone on another domain, first user", "eve@evil.example", false, false],
    ["domains", "someone on a subdomain of an allowed one", "eve@mail.acme.example", true, false],
    ["domains", "someone whose address only ends like an allowed domain", "eve@notacme.example", true, false],
    ["operators", "an operator", OPERATOR, true, true],
    ["operators", "an operator, first user", OPERATOR, false, true],
    ["operators", "anyone else", "ada@acme.example", true, false],
    ["operators", "anyone else, first user of a fresh install", "ada@acme.example", false, true],
  ];

  it.each(table)("%s mode, %s (%s, organizations exist: %s) → allowed: %s", (mode, _who, email, anyOrganizationExists, allowed) => {
    const decision = mayCreateOrganization({ ...policy(mode), email, anyOrganizationExists });
    expect(decision.allowed).toBe(allowed);
    if (!decision.allowed) {
      expect(decision.reason).toMatch(/^Creating organizations is limited to /);
      expect(decision.reason).toContain("Ask an operator");
      expect(decision.reason).not.toContain(OPERATOR);
    }
  });

  it("compares addresses without case or surrounding space", () => {
    expect(mayCreateOrganization({ ...policy("operators"), email: "  Root@OPS.example ", anyOrganizationExists: true }).allowed).toBe(true);
    expect(mayCreateOrganization({ ...policy("domains"), email: "Ada@ACME.Example", anyOrganizationExists: true }).allowed).toBe(true);
  });

  it("names the allowed domains in domains mode, and the operators when there are none", () => {
    const refused = mayCreateOrganization({ ...policy("domains"), email: "eve@evil.example", anyOrganizationExists: true });
    expect(refused).toEqual({ allowed: false, reason: expect.stringContaining("people with an email address at acme.example or acme.test") });
    const none = mayCreateOrganization({ mode: "domains", domains: [], operators: [], email: "eve@evil.example", anyOrganizationExists: true });
    expect(none).toEqual({ allowed: false, reason: expect.stringContaining("limited to the operators of this Roster server") });
  });

  it("operators mode explains that only operators may", () => {
    const refused = mayCreateOrganization({ ...policy("operators"), email: "ada@acme.example", anyOrganizationExists: true });
    expect(refused).toEqual({ allowed: false, reason: expect.stringContaining("limited to the operators of this Roster server") });
  });
});

describe("resolveOrgCreationMode", () => {
  it("defaults to operators in production and open elsewhere; a configured mode always wins", () => {
    expect(resolveOrgCreationMode(undefined, true)).toBe("operators");
    expect(resolveOrgCreationMode(undefined, false)).toBe("open");
    for (const mode of ["open", "domains", "operators"] as const) {
      expect(resolveOrgCreationMode(mode, true)).toBe(mode);
      expect(resolveOrgCreationMode(mode, false)).toBe(mode);
    }
  });
});
