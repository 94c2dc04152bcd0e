// The Invitations, Teams and team-members pages' URL states: what a person may type in the address
// bar still gives a usable view (bad values become the defaults), and the default view is the bare URL.
import { describe, expect, it } from "vitest";
import { invitationsSearch } from "@/lib/validation/invitations-search";
import { teamMembersSearch, teamsListSearch } from "@/lib/validation/teams";

describe("the Invitations view's URL", () => {
  it("reads status, query, page and page size", () => {
    expect(invitationsSearch.parse("?status=bounced&q=%20ada%20&page=3&pageSize=50")).toEqual({ status: "bounced", q: "ada", page: 3, pageSize: 50 });
  });
  it("turns unknown statuses, page sizes and pages into the defaults", () => {
    expect(invitationsSearch.parse({ status: "deleted", pageSize: "7", page: "-1", q: "x".repeat(300) })).toEqual({
      status: "all",
      q: "x".repeat(100),
      page: 1,
      pageSize: 25,
    });
  });
  it("writes the default view as no query at all, and a filter back to page 1 by clearing", () => {
    expect(invitationsSearch.serialize(invitationsSearch.defaults)).toBe("");
    expect(invitationsSearch.hasFilters({ ...invitationsSearch.defaults, status: "pending" })).toBe(true);
    expect(invitationsSearch.clearedFilters()).toEqual({ status: "all", q: "" });
  });
});

describe("the Teams page's URL", () => {
  it("sorts by name unless it says members or created", () => {
    expect(teamsListSearch.parse("?sort=members&dir=desc")).toMatchObject({ sort: "members", dir: "desc", q: "" });
    expect(teamsListSearch.parse("?sort=secret&dir=sideways")).toMatchObject({ sort: "name", dir: "asc" });
  });
  it("a team page reads its filter and page, forgiving garbage", () => {
    expect(teamMembersSearch.parse("?q=dana&page=2")).toEqual({ q: "dana", page: 2 });
    expect(teamMembersSearch.parse("?page=2.5&page=9")).toEqual({ q: "", page: 1 });
    expect(teamMembersSearch.serialize({ q: "", page: 1 })).toBe("");
  });
});
