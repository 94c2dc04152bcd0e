// The SCIM protocol pieces that need no database: filters narrowed to what Roster answers, PATCH
// operations normalised before scim-patch applies them (op case, path-less values, canonical
// names, members as { value }, read-only id and meta, nothing that reaches a prototype), `active`
// in both clients' spellings, and paging edges.
import { describe, expect, it } from "vitest";
import { ScimError } from "@/lib/scim/errors";
import { parseGroupFilter, parseUserFilter } from "@/lib/scim/filter";
import { readPaging } from "@/lib/scim/list";
import { applyPatch, canonicalOperations, readPatchOperations } from "@/lib/scim/patch";
import { readActive, toScimUser } from "@/lib/scim/user-resource";

const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

function scimError(run: () => unknown): ScimError {
  try {
    run();
  } catch (error) {
    if (error instanceof ScimError) return error;
    throw error;
  }
  throw new Error("expected a ScimError");
}

describe("SCIM filters", () => {
  it("translates eq on the supported attributes, any case of names and operators", () => {
    expect(parseUserFilter('UserName EQ "Ada@X.test"')).toEqual({ kind: "eq", attribute: "email", value: "Ada@X.test" });
    expect(parseUserFilter('urn:ietf:params:scim:schemas:core:2.0:User:userName eq "a@x.test"')).toMatchObject({ attribute: "email" });
    expect(parseUserFilter('externalId eq "e" and active eq false')).toEqual({
      kind: "and",
      nodes: [
        { kind: "eq", attribute: "externalId", value: "e" },
        { kind: "eq", attribute: "active", value: false },
      ],
    });
    expect(parseUserFilter('emails[type eq "work"].value eq "a@x.test"')).toEqual({
      kind: "and",
      nodes: [
        { kind: "const", value: true },
        { kind: "eq", attribute: "email", value: "a@x.test" },
      ],
    });
    expect(parseGroupFilter('id eq "g" and members[value eq "m"]')).toEqual({
      kind: "and",
      nodes: [
        { kind: "eq", attribute: "id", value: "g" },
        { kind: "eq", attribute: "member", value: "m" },
      ],
    });
    expect(parseUserFilter("")).toBeNull();
  });

  it("refuses other operators, attributes, value types and unparsable text as invalidFilter", () => {
    for (const filter of ['userName sw "a"', 'name.familyName eq "x"', "active eq 1", 'userName eq "a" and title pr', "((", `${ENTERPRISE}:department eq "x"`, `userName eq "${"x".repeat(1000)}"`]) {
      expect(scimError(() => parseUserFilter(filter)).scimType, filter).toBe("invalidFilter");
    }
    expect(scimError(() => parseGroupFilter('members[display eq "x"]')).scimType).toBe("invalidFilter");
  });
});

describe("SCIM PATCH", () => {
  const user = toScimUser(
    {
      id: "6f1c1d2e-0000-4000-8000-000000000001",
      email: "ada@x.test",
      name: "Ada Lovelace",
      phone: null,
      department: "R&D",
      jobTitle: null,
      status: "active",
      externalId: null,
      createdAt: new Date(0),
      updatedAt: new Date(0),
      role: "developer",
      userId: "u1",
    },
    null,
    "",
  );
  const ops = (body: unknown) => readPatchOperations({ schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations: body });

  it("lowercases op names and splits path-less values, dotted keys and the extension into canonical paths", () => {
    const canonical = canonicalOperations(ops([{ op: "Replace", value: { "Name.GivenName": "Grace", [`${ENTERPRISE}:department`]: "Navy", ACTIVE: "False", nickName: "x" } }]), "User", user.id);
    expect(canonical).toEqual([
      { op: "replace", path: "name.givenName", value: "Grace" },
      { op: "replace", path: `${ENTERPRISE}:department`, value: "Navy" },
      { op: "replace", path: "active", value: "False" },
    ]);
    const nested = canonicalOperations(ops([{ op: "add", value: { [ENTERPRISE]: { department: "Ops", manager: { value: "m" } } } }]), "User", user.id);
    expect(nested).toEqual([{ op: "add", path: `${ENTERPRISE}:department`, value: "Ops" }]);
  });

  it("applies filtered paths and leaves attributes Roster doesn't keep out", () => {
    const after = applyPatch(user, ops([{ op: "Add", path: 'emails[type eq "work"].value', value: "grace@x.test" }, { op: "add", path: "addresses", value: [{ street: "x" }] }]), "User");
    expect(after.emails).toEqual([{ value: "grace@x.test", type: "work", primary: true }]);
    expect((after as unknown as Record<string, unknown>).addresses).toBeUndefined();
  });

  it("reduces group members to { value } so Entra's \"$ref\": null and Okta's display still match", () => {
    expect(canonicalOperations(ops([{ op: "Remove", path: "members", value: [{ $ref: null, value: "m1" }] }]), "Group", "g")).toEqual([
      { op: "remove", path: "members", value: [{ value: "m1" }] },
    ]);
    expect(scimError(() => canonicalOperations(ops([{ op: "add", path: "members", value: [{ display: "x" }] }]), "Group", "g")).scimType).toBe("invalidValue");
  });

  it("removing a member from a group emptied earlier in the same request is a no-op, not an error", () => {
    const group = { schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], id: "g", displayName: "G", members: [{ value: "m1" }], meta: { created: new Date(0), lastModified: new Date(0) } };
    const after = applyPatch(group, ops([{ op: "remove", path: "members" }, { op: "remove", path: 'members[value eq "m1"]' }, { op: "add", path: "members", value: [{ value: "m2" }] }]), "Group");
    expect(after.members).toEqual([{ value: "m2" }]);
  });

  it("refuses changing id or meta, accepts the current id, and never walks to a prototype", () => {
    expect(scimError(() => canonicalOperations(ops([{ op: "replace", path: "id", value: "other" }]), "User", user.id)).scimType).toBe("mutability");
    expect(scimError(() => canonicalOperations(ops([{ op: "replace", value: { id: "other" } }]), "Group", "g")).scimType).toBe("mutability");
    expect(scimError(() => canonicalOperations(ops([{ op: "remove", path: "meta" }]), "User", user.id)).scimType).toBe("mutability");
    expect(canonicalOperations(ops([{ op: "replace", value: { id: user.id, displayName: "X" } }]), "Group", user.id)).toEqual([{ op: "replace", path: "displayName", value: "X" }]);
    expect(canonicalOperations(ops([{ op: "add", path: "constructor.prototype", value: 1 }, { op: "add", value: { "constructor.polluted": 1 } }]), "User", user.id)).toEqual([]);
    expect(scimError(() => canonicalOperations(ops([{ op: "add", path: "constructor.prototype.polluted", value: 1 }]), "User", user.id)).scimType).toBe("invalidPath");
    expect(scimError(() => canonicalOperations(ops([{ op: "add", path: "__proto__.polluted", value: 1 }]), "User", user.id)).scimType).toBe("invalidPath");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses bodies that are not PATCH requests", () => {
    expect(scimError(() => readPatchOperations([])).scimType).toBe("invalidSyntax");
    expect(scimError(() => readPatchOperations({ schemas: ["urn:x"], Operations: [{ op: "add", path: "title", value: "x" }] })).scimType).toBe("invalidSyntax");
    expect(scimError(() => readPatchOperations({ Operations: [{ op: "add", path: "title" }] })).scimType).toBe("invalidSyntax");
    expect(scimError(() => readPatchOperations({ Operations: Array.from({ length: 1001 }, () => ({ op: "remove", path: "title" })) })).scimType).toBe("tooMany");
    expect(readPatchOperations({ operations: [{ op: "REMOVE", path: "title" }] })).toEqual([{ op: "remove", path: "title" }]);
  });
});

describe("SCIM values and paging", () => {
  it("reads active as a boolean or the strings True/False in any case", () => {
    expect([true, false, "True", "false", " TRUE "].map(readActive)).toEqual([true, false, true, false, true]);
    expect(readActive(undefined)).toBeNull();
    expect(scimError(() => readActive("yes")).scimType).toBe("invalidValue");
    expect(scimError(() => readActive(1)).scimType).toBe("invalidValue");
  });

  it("clamps startIndex and count", () => {
    const page = (query: string) => readPaging(new URL(`http://x/Users?${query}`));
    expect(page("")).toEqual({ startIndex: 1, count: 100 });
    expect(page("startIndex=0&count=0")).toEqual({ startIndex: 1, count: 0 });
    expect(page("startIndex=-2&count=-1")).toEqual({ startIndex: 1, count: 0 });
    expect(page("startIndex=7&count=500")).toEqual({ startIndex: 7, count: 100 });
    expect(page("startIndex=abc&count=1.5")).toEqual({ startIndex: 1, count: 100 });
  });
});
