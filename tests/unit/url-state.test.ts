// The list pages' URL state (lib/url-state): whatever is in the address bar parses to a usable
// view — bad values become defaults, bad list items drop out one by one — and writing a state
// then reading it back gives the same state, with the default view as the bare URL.
import { describe, expect, it } from "vitest";
import { defineListState } from "@/lib/url-state/define-list-state";
import {
  oneOf,
  parseAsChoice,
  parseAsFlag,
  parseAsId,
  parseAsList,
  parseAsNumberChoice,
  parseAsPage,
  parseAsText,
  textUpTo,
  uuid,
} from "@/lib/url-state/parsers";

const ROLES = ["owner", "admin", "manager", "developer", "analyst", "viewer"] as const;
const TEAM_A = "3f0b6c1e-8d2a-4c47-9a51-2b7e9d0c4f11";
const TEAM_B = "00000000-0000-0000-0000-000000000001";

const list = defineListState(
  {
    q: parseAsText(100),
    role: parseAsList(oneOf(ROLES)),
    team: parseAsList(uuid),
    department: parseAsList(textUpTo(100)),
    joined: parseAsNumberChoice([7, 30, 90]),
    sort: parseAsChoice(["name", "email", "lastActive"]).withDefault("name"),
    dir: parseAsChoice(["asc", "desc"]).withDefault("asc"),
    page: parseAsPage,
    pageSize: parseAsNumberChoice([10, 25, 50, 100]).withDefault(25),
    member: parseAsId(64),
    create: parseAsFlag,
  },
  { filters: ["q", "role", "team", "department", "joined"] },
);

describe("parsing a list page's URL", () => {
  it("no params give the default view, optional params undefined", () => {
    expect(list.parse({})).toEqual({
      q: "",
      role: [],
      team: [],
      department: [],
      joined: undefined,
      sort: "name",
      dir: "asc",
      page: 1,
      pageSize: 25,
      member: undefined,
      create: undefined,
    });
    expect(list.defaults).toEqual(list.parse({}));
  });

  it("reads every valid param, from Next's searchParams record", () => {
    expect(
      list.parse({
        q: "  ann lee  ",
        role: "admin,viewer",
        team: [TEAM_A, TEAM_B],
        department: ["Engineering", "Data Science"],
        joined: "30",
        sort: "lastActive",
        dir: "desc",
        page: "3",
        pageSize: "50",
        member: TEAM_A,
        create: "1",
      }),
    ).toEqual({
      q: "ann lee",
      role: ["admin", "viewer"],
      team: [TEAM_A, TEAM_B],
      department: ["Engineering", "Data Science"],
      joined: 30,
      sort: "lastActive",
      dir: "desc",
      page: 3,
      pageSize: 50,
      member: TEAM_A,
      create: true,
    });
  });

  it("bad scalar values fall back to their defaults", () => {
    expect(list.parse({ page: "-4", pageSize: "33", sort: "password", dir: "sideways", joined: "14", create: "yes" })).toMatchObject({
      page: 1,
      pageSize: 25,
      sort: "name",
      dir: "asc",
      joined: undefined,
      create: undefined,
    });
    for (const page of ["abc", "2.5", "", "1e3", "0", "99999999999"]) expect(list.parse({ page }).page).toBe(1);
    expect(list.parse({ pageSize: "1000000" }).pageSize).toBe(25);
    expect(list.parse({ pageSize: "1e2" }).pageSize).toBe(25);
  });

  it("bad list values are dropped one by one, duplicates kept once", () => {
    const parsed = list.parse({
      role: "admin,superuser,admin,,OWNER",
      team: `${TEAM_A},not-a-uuid,1;drop table members`,
      department: ["Sales", "x".repeat(101)],
    });
    expect(parsed.role).toEqual(["admin"]);
    expect(parsed.team).toEqual([TEAM_A]);
    expect(parsed.department).toEqual(["Sales"]);
  });

  it("a list reads at most 50 values", () => {
    const many = Array.from({ length: 80 }, (_, i) => `Dept ${i}`).join(",");
    expect(list.parse({ department: many }).department).toHaveLength(50);
  });

  it("a repeated scalar param uses its first value; repeated list params add up", () => {
    expect(list.parse({ page: ["2", "9"], sort: ["email", "name"] })).toMatchObject({ page: 2, sort: "email" });
    expect(list.parse(new URLSearchParams("role=admin&role=manager,viewer&page=2"))).toMatchObject({
      role: ["admin", "manager", "viewer"],
      page: 2,
    });
  });

  it("a very long query is cut to 100 characters; an over-long or blank id is ignored", () => {
    expect(list.parse({ q: "x".repeat(500) }).q).toHaveLength(100);
    expect(list.parse({ member: "y".repeat(65) }).member).toBeUndefined();
    expect(list.parse({ member: "   " }).member).toBeUndefined();
  });

  it("reads a query string too", () => {
    expect(list.parse("?q=kumar&role=developer&page=4")).toMatchObject({ q: "kumar", role: ["developer"], page: 4 });
  });
});

describe("writing a list page's URL", () => {
  it("the default view is the bare URL", () => {
    expect(list.serialize(list.defaults)).toBe("");
    expect(list.serialize({})).toBe("");
  });

  it("leaves out defaults and empty lists, and writes lists with commas", () => {
    expect(list.serialize({ ...list.defaults, role: ["manager", "developer"], page: 1 })).toBe("?role=manager,developer");
    expect(list.serialize({ ...list.defaults, q: "ann lee", create: true })).toBe("?q=ann+lee&create=1");
  });

  it("round-trips through parse", () => {
    const state = {
      ...list.defaults,
      q: "o'brien & co",
      role: ["manager" as const],
      team: [TEAM_A],
      department: ["Data Science"],
      joined: 7 as const,
      sort: "email" as const,
      dir: "desc" as const,
      page: 4,
      pageSize: 100 as const,
      member: TEAM_B,
    };
    const query = list.serialize(state);
    expect(query.startsWith("?")).toBe(true);
    expect(list.parse(new URLSearchParams(query.slice(1)))).toEqual(state);
  });
});

describe("filters", () => {
  it("a query or any filter narrows the list; sorting, paging and dialogs do not", () => {
    expect(list.hasFilters(list.defaults)).toBe(false);
    expect(list.hasFilters({ ...list.defaults, page: 3, sort: "email", dir: "desc", member: TEAM_A })).toBe(false);
    expect(list.hasFilters({ ...list.defaults, q: "a" })).toBe(true);
    expect(list.hasFilters({ ...list.defaults, joined: 90 })).toBe(true);
    expect(list.hasFilters({ ...list.defaults, team: [TEAM_A] })).toBe(true);
  });

  it("clearing filters keeps the sort", () => {
    const state = { ...list.defaults, q: "a", role: ["admin" as const], joined: 7 as const, sort: "email" as const };
    expect({ ...state, ...list.clearedFilters() }).toEqual({ ...list.defaults, sort: "email" });
  });
});
