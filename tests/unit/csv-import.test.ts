// Bulk Import parsing and review: the 10,000-row fixture yields exactly the review its
// generator describes, and malformed files are refused before any row is looked at.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_IMPORT_ROWS, looksLikeCsvFile, parseInviteCsv, splitTeams } from "@/lib/invitations/csv-import";
import { parseRole, reviewImport, type ReviewContext } from "@/lib/invitations/import-review";
import { FIXTURE_ROWS } from "../fixtures/make-import-fixture";

const fixture = fs.readFileSync(path.join(import.meta.dirname, "../fixtures/import-10k.csv"), "utf8");

function context(overrides: Partial<ReviewContext> = {}): ReviewContext {
  const existing = new Map<string, "active" | "inactive" | "pending">();
  for (let n = 1; n <= FIXTURE_ROWS; n++) {
    if (n % 50 === 5) existing.set(`member${n}@existing.test`, n % 2 ? "active" : "inactive");
    if (n % 50 === 6) existing.set(`invited${n}@existing.test`, "pending");
  }
  return {
    existing,
    teamsByName: new Map(["engineering", "backend", "data", "design"].map((t, i) => [t, `team-${i}`])),
    createTeams: new Set(),
    assignableRoles: ["manager", "developer", "analyst", "viewer"], // an Admin's
    seatsAvailable: 8_000,
    ...overrides,
  };
}

describe("the 10,000-row fixture", () => {
  const parsed = parseInviteCsv(fixture);
  if (!parsed.ok) throw new Error(parsed.error);

  it("parses every row, with case-insensitive headers, a BOM, quoted team lists and trimmed cells", () => {
    expect(parsed.rows).toHaveLength(10_000);
    expect(parsed.rows[3]).toEqual({
      line: 5,
      email: "PERSON.3@IMPORT.EXAMPLE.COM",
      role: "member",
      teams: ["Engineering", "Backend"],
      name: "Name 4",
      department: null,
      jobTitle: "Engineer",
    });
    expect(parsed.rows[4]?.teams).toEqual(["Data", "Design"]);
  });

  it("reviews to exactly the expected mix", () => {
    const review = reviewImport(parsed.rows, context());
    expect(review.counts).toEqual({
      invalid_email: 200,
      unknown_role: 200,
      unknown_team: 200,
      duplicate_in_file: 200,
      already_member: 200,
      already_invited: 200,
      role_not_allowed: 200,
      over_seat_limit: 600,
    });
    expect(review.valid).toBe(8_000);
    expect(review.invalid).toBe(2_000);
    expect(review.unknownTeams).toEqual(["Ghost Team"]);

    const byLine = new Map(review.rows.map((r) => [r.line, r]));
    expect(byLine.get(2)?.issues.map((i) => i.code)).toEqual(["invalid_email"]); // row 1
    expect(byLine.get(5)?.issues.map((i) => i.code)).toEqual(["duplicate_in_file"]); // row 4 repeats row 3
    expect(byLine.get(8)?.issues).toEqual([{ code: "role_not_allowed", message: "You can't invite people as Owner" }]);
    expect(byLine.get(5)?.role).toBe("developer"); // "member" is the seeds' name for Developer
    // The seats run out at the 8,001st valid row; every valid row after it is over the limit.
    const overLimit = review.rows.filter((r) => r.issues.some((i) => i.code === "over_seat_limit"));
    expect(overLimit).toHaveLength(600);
    expect(overLimit.every((r) => r.issues.length === 1)).toBe(true);
    expect(Math.min(...overLimit.map((r) => r.line))).toBeGreaterThan(Math.max(...review.rows.filter((r) => r.issues.length === 0).map((r) => r.line)));
  });

  it("stops flagging a team once the admin chooses to create it", () => {
    const review = reviewImport(parsed.rows, context({ createTeams: new Set(["ghost team"]), seatsAvailable: 100_000 }));
    expect(review.counts.unknown_team).toBeUndefined();
    expect(review.valid).toBe(8_800);
  });
});

describe("refused files", () => {
  it("refuses a header without the required columns, naming them", () => {
    expect(parseInviteCsv("name,email\nA,a@example.com\n")).toEqual({ ok: false, error: "The header row must include email, role, teams; missing: role, teams." });
  });

  it("refuses more rows than the limit", () => {
    const text = ["email,role,teams", ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `p${i}@x.com,viewer,`)].join("\n");
    const result = parseInviteCsv(text);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.error).toContain("10,001 rows; the limit is 10,000");
  });

  it("refuses binary content and files that aren't named .csv", () => {
    expect(parseInviteCsv("PK\u0003\u0004\u0000\u0000xl/workbook.xml")).toMatchObject({ ok: false, error: expect.stringContaining("doesn't look like a CSV") });
    expect(looksLikeCsvFile({ name: "people.xlsx", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })).toBe(false);
    expect(looksLikeCsvFile({ name: "people.CSV", type: "text/csv" })).toBe(true);
    expect(parseInviteCsv("")).toEqual({ ok: false, error: "The file is empty." });
  });
});

describe("cells", () => {
  it("splits team lists on commas and semicolons, dropping blanks and repeats", () => {
    expect(splitTeams(" Engineering , backend;;Backend ; ")).toEqual(["Engineering", "backend"]);
  });
  it("reads roles case-insensitively, with the seeds' names", () => {
    expect(parseRole("ADMIN")).toBe("admin");
    expect(parseRole("Super Admin")).toBe("owner");
    expect(parseRole("Member")).toBe("developer");
    expect(parseRole("root")).toBeNull();
  });
});

describe("small reviews", () => {
  const row = (line: number, email: string, teams: string[] = []) => ({ line, email, role: "viewer", teams, name: null, department: null, jobTitle: null });

  it("counts rows per kind of problem, and lists every missing team whether or not it is being created", () => {
    const review = reviewImport([row(2, "a@x.com", ["Ghost", "Phantom"]), row(3, "b@x.com", ["phantom"])], context({ createTeams: new Set(["ghost"]) }));
    expect(review.counts).toEqual({ unknown_team: 2 });
    expect(review.rows[0]?.issues.map((i) => i.message)).toEqual(["Unknown team “Phantom”"]);
    expect(review.unknownTeams).toEqual(["Phantom"]);
    expect(review.missingTeams).toEqual(["Ghost", "Phantom"]);
  });
});
