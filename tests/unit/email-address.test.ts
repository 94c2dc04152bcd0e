// One email schema for every address Roster accepts: plain addr-specs pass (normalised); display
// names, lists, quoted local parts, look-alike characters and other tricks are refused.
import { describe, expect, it } from "vitest";
import { emailAddressSchema, normalizeEmailAddress } from "@/lib/validation/email";
import { HOSTILE_ADDRESSES } from "../fixtures/hostile-addresses";


describe("the email address schema", () => {
  it.each([
    ["a@x.test", "a@x.test"],
    ["  Ada.Lovelace@Example.COM ", "ada.lovelace@example.com"],
    ["o'brien+tag@sub.example.co.uk", "o'brien+tag@sub.example.co.uk"],
    ["user@xn--bcher-kva.de", "user@xn--bcher-kva.de"],
  ])("accepts %s", (input, normalised) => {
    expect(emailAddressSchema.parse(input)).toBe(normalised);
    expect(normalizeEmailAddress(input)).toBe(normalised);
  });

  it.each(HOSTILE_ADDRESSES)("refuses %s", (_label, input) => {
    expect(emailAddressSchema.safeParse(input).success).toBe(false);
    expect(() => normalizeEmailAddress(input)).toThrow();
  });

  it("says what is wrong in words a person understands", () => {
    const result = emailAddressSchema.safeParse("Name <a@x.test>");
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toBe("Enter a valid email address, like name@example.com.");
  });
});
