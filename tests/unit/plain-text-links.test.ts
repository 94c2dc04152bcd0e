// Links in an inviter's message: what is refused, what prose passes, and how emails defuse the rest.
import { describe, expect, it } from "vitest";
import { WORD_JOINER, breakAutoLinks, findLink } from "@/lib/plain-text/links";
import { bulkInviteSchema } from "@/lib/validation/invitations";

describe("findLink", () => {
  it.each([
    ["Log in at https://evil.example/login now", "https://evil.example/login"],
    ["HTTP://EVIL.EXAMPLE", "http://evil.example"],
    ["see ftp://files.example", "ftp://files.example"],
    ["open myapp://pay?x=1", "myapp://pay?x=1"],
    ["mail mailto:boss@evil.example", "mailto:boss@evil.example"],
    ["click javascript:alert(1)", "javascript:alert(1)"],
    ["data:text/html;base64,PHNjcmlwdD4=", "data:text/html;base64,phnjcmlwdd4="],
    ["call tel:+15551234567", "tel:+15551234567"],
    ["visit www.evil.example", "www.evil.example"],
    ["Visit WWW2.Example.Org today.", "www2.example.org"],
    ["Log in at evil.example/login", "evil.example/login"],
    ["our portal evil.com", "evil.com"],
    ["(see payroll-update.xyz)", "payroll-update.xyz"],
    ["go to login.evil.example", "login.evil.example"],
    ["reply to boss@evil.com", "evil.com"],
    ["server 203.0.113.9/login", "203.0.113.9/login"],
    ["server 203.0.113.9:8080", "203.0.113.9:8080"],
    ["port evil.example:8443 please", "evil.example:8443"],
    ["fullwidth ｅｖｉｌ．ｃｏｍ", "evil.com"],
    ["ideographic stop evil。com", "evil。com"],
    ["hidden evil\u00AD.com and evil\u200B.com", "evil.com"],
    ["punycode xn--80ak6aa92e.xn--p1ai", "xn--80ak6aa92e.xn--p1ai"],
    ["files.zip is a domain too", "files.zip"],
    ["ASP.NET developers", "asp.net"],
  ])("finds the link in %j", (text, link) => {
    expect(findLink(text)).toBe(link);
  });

  it.each([
    "Welcome aboard! Looking forward to working with you.",
    "Bring your laptop, e.g. a MacBook, i.e. anything that runs Node.js.",
    "We use Node.js, Next.js and Vue.js; version 2.0 ships at 9 a.m.",
    "Meeting: Monday 10:30, room 4.2. Note: bring snacks.",
    "Dr. Smith, Ph.D., will join. U.S. office only. St. Louis. No.1 team.",
    "The score was 3.14 vs. 2.72 — ratio 1.5x.",
    "Ends with a dot.",
    "Multi\nline\n\nmessage with 100% more fun :)",
  ])("lets prose through: %j", (text) => {
    expect(findLink(text)).toBeNull();
  });
});

describe("breakAutoLinks", () => {
  it("puts a word joiner after dots, @ and : inside words, nowhere else", () => {
    expect(breakAutoLinks("see evil.example/login or bob@evil.com, https://x.example. End.")).toBe(
      `see evil.${WORD_JOINER}example/login or bob@${WORD_JOINER}evil.${WORD_JOINER}com, https:${WORD_JOINER}//x.${WORD_JOINER}example. End.`,
    );
  });

  it("leaves text without host-like tokens unchanged", () => {
    expect(breakAutoLinks("Hello there. See you at 10 : 30!")).toBe("Hello there. See you at 10 : 30!");
  });
});

describe("the invitation message schema", () => {
  const base = { emails: "a@example.com", role: "developer" };

  it("refuses a message with a link, naming what it found", () => {
    const parsed = bulkInviteSchema.safeParse({ ...base, message: "Urgent: verify at evil.example/login" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["message"]);
    expect(parsed.error?.issues[0]?.message).toContain("can't contain links");
    expect(parsed.error?.issues[0]?.message).toContain("evil.example/login");
  });

  it("accepts plain text, and an empty message as none", () => {
    expect(bulkInviteSchema.parse({ ...base, message: "  See you on Monday, e.g. at 9.  " }).message).toBe("See you on Monday, e.g. at 9.");
    expect(bulkInviteSchema.parse({ ...base, message: "" }).message).toBeNull();
  });
});
