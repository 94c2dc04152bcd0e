// The members table's URL params: anything a user can type into the address bar parses to a
// usable view (bad values become defaults), and serializing then parsing gives the view back.
import { describe, expect, it } from "vitest";
import {
  DEFAULT_MEMBERS_SEARCH,
  hasActiveFilters,
  parseMembersSearch,
  serializeMembersSearch,
  type MembersSearch,
} from "@/lib/validation/members-search";

const TEAM_A = "3f0b6c1e-8d2a-4c47-9a51-2b7e9d0c4f11";
const TEAM_B = "00000000-0000-0000-0000-000000000001";

describe("parseMembersSearch", () => {
  it("no params give the default view: page 1 of 25 sorted by name", () => {
    expect(parseMembersSearch({})).toEqual({
      page: 1,
      pageSize: 25,
      sort: "name",
      dir: "asc",
      q: "",
      role: [],
      status: [],
      team: [],
      department: [],
      joined: undefined,
      activity: undefined,
      member: undefined,
    });
  });

  it("reads every valid param", () => {
    const parsed = parseMembersSearch({
      page: "3",
      pageSize: "50",
      sort: "lastActive",
      dir: "desc",
      q: "  alice  ",
      role: "admin,viewer",
      status: ["active", "pending"],
      team: `${TEAM_A},${TEAM_B}`,
      department: ["Engineering", "Data Science"],
      joined: "30",
      activity: "low",
      member: TEAM_A,
    });
    expect(parsed).toEqual({
      page: 3,
      pageSize: 50,
      sort: "lastActive",
      dir: "desc",
      q: "alice",
      role: ["admin", "viewer"],
      status: ["active", "pending"],
      team: [TEAM_A, TEAM_B],
      department: ["Engineering", "Data Science"],
      joined: 30,
      activity: "low",
      member: TEAM_A,
    });
  });

  it("bad scalar values fall back to their defaults", () => {
    const parsed = parseMembersSearch({
      page: "-4",
      pageSize: "33",
      sort: "password",
      dir: "sideways",
      joined: "14",
      activity: "busy",
    });
    expect(parsed).toMatchObject({ page: 1, pageSize: 25, sort: "name", dir: "asc", joined: undefined, activity: undefined });
    expect(parseMembersSearch({ page: "abc" }).page).toBe(1);
    expect(parseMembersSearch({ page: "2.5" }).page).toBe(1);
    expect(parseMembersSearch({ page: "" }).page).toBe(1);
    expect(parseMembersSearch({ pageSize: "1000000" }).pageSize).toBe(25);
  });

  it("bad list values are dropped one by one, duplicates once", () => {
    const parsed = parseMembersSearch({
      role: "admin,superuser,admin,,OWNER",
      status: "active,deleted",
      team: `${TEAM_A},not-a-uuid,1;drop table members`,
    });
    expect(parsed.role).toEqual(["admin"]);
    expect(parsed.status).toEqual(["active"]);
    expect(parsed.team).toEqual([TEAM_A]);
  });

  it("a repeated scalar param uses its first value", () => {
    expect(parseMembersSearch({ page: ["2", "9"], sort: ["email", "role"] })).toMatchObject({ page: 2, sort: "email" });
  });

  it("a very long query is cut to 100 characters; an over-long member id is ignored", () => {
    expect(parseMembersSearch({ q: "x".repeat(500) }).q).toHaveLength(100);
    expect(parseMembersSearch({ member: "y".repeat(65) }).member).toBeUndefined();
  });

  it("accepts URLSearchParams with repeated keys", () => {
    const params = new URLSearchParams("role=admin&role=manager&department=Sales&page=2");
    expect(parseMembersSearch(params)).toMatchObject({ role: ["admin", "manager"], department: ["Sales"], page: 2 });
  });
});

describe("serializeMembersSearch", () => {
  it("the default view is the bare URL", () => {
    expect(serializeMembersSearch(DEFAULT_MEMBERS_SEARCH)).toBe("");
  });

  it("round-trips through parse", () => {
    const search: MembersSearch = {
      ...DEFAULT_MEMBERS_SEARCH,
      page: 4,
      pageSize: 100,
      sort: "role",
      dir: "desc",
      q: "ann lee",
      role: ["manager", "developer"],
      status: ["inactive"],
      team: [TEAM_A],
      department: ["Data Science"],
      joined: 7,
      activity: "inactive",
      member: TEAM_B,
    };
    const query = serializeMembersSearch(search);
    expect(query.startsWith("?")).toBe(true);
    expect(parseMembersSearch(new URLSearchParams(query.slice(1)))).toEqual(search);
  });

  it("leaves out defaults and empty lists", () => {
    expect(serializeMembersSearch({ ...DEFAULT_MEMBERS_SEARCH, status: ["pending"] })).toBe("?status=pending");
  });
});

describe("hasActiveFilters", () => {
  it("is true for a query or any filter, false for sorting and paging only", () => {
    expect(hasActiveFilters(DEFAULT_MEMBERS_SEARCH)).toBe(false);
    expect(hasActiveFilters({ ...DEFAULT_MEMBERS_SEARCH, page: 3, sort: "email", dir: "desc" })).toBe(false);
    expect(hasActiveFilters({ ...DEFAULT_MEMBERS_SEARCH, q: "a" })).toBe(true);
    expect(hasActiveFilters({ ...DEFAULT_MEMBERS_SEARCH, joined: 90 })).toBe(true);
    expect(hasActiveFilters({ ...DEFAULT_MEMBERS_SEARCH, team: [TEAM_A] })).toBe(true);
  });
});
