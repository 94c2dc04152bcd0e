// Organization slugs: derived from the name, validated, some reserved.
import { describe, expect, it } from "vitest";
import { slugify, SLUG_MAX_LENGTH } from "@/lib/slugify";
import { createOrganizationSchema } from "@/lib/validation/organizations";

describe("slugify", () => {
  it("lowercases, strips accents and joins words with single hyphens", () => {
    expect(slugify("Acme Inc.")).toBe("acme-inc");
    expect(slugify("  Café   Crème — Paris ")).toBe("cafe-creme-paris");
    expect(slugify("R&D / Ops")).toBe("r-d-ops");
  });

  it("returns an empty string when nothing usable is left", () => {
    expect(slugify("!!!")).toBe("");
  });

  it("is at most the maximum length and never ends with a hyphen", () => {
    const slug = slugify(`${"a".repeat(SLUG_MAX_LENGTH - 1)} b`);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("createOrganizationSchema", () => {
  it("accepts a name and a valid slug, trimming and lowercasing", () => {
    expect(createOrganizationSchema.parse({ name: "  Acme  ", slug: " Acme-Inc " })).toEqual({ name: "Acme", slug: "acme-inc" });
  });

  it.each([
    ["a one-character name", { name: "A", slug: "acme" }, "name"],
    ["a missing name", { slug: "acme" }, "name"],
    ["a slug with spaces", { name: "Acme", slug: "acme inc" }, "slug"],
    ["a slug with a leading hyphen", { name: "Acme", slug: "-acme" }, "slug"],
    ["a slug with double hyphens", { name: "Acme", slug: "acme--inc" }, "slug"],
    ["a reserved slug", { name: "New", slug: "new" }, "slug"],
    ["a too long slug", { name: "Acme", slug: "a".repeat(SLUG_MAX_LENGTH + 1) }, "slug"],
  ])("refuses %s", (_label, input, field) => {
    const result = createOrganizationSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toContain(field);
  });
});
