// Link extraction and splitting used by the dev mailbox.
import { describe, expect, it } from "vitest";
import { extractLinks, splitTextByLinks } from "@/lib/email/links";

describe("extractLinks", () => {
  it("finds URLs in the text and hrefs in the HTML, decoding entities, without duplicates", () => {
    const url = "http://localhost:3000/api/auth/callback/resend?callbackUrl=%2F&token=abc&email=a%40b.com";
    const html = `<a href="${url.replace(/&/g, "&amp;")}">Sign in</a> <a href='https://roster.dev/help'>Help</a>`;
    expect(extractLinks(`Sign in: ${url}`, html)).toEqual([url, "https://roster.dev/help"]);
  });

  it("drops sentence punctuation after a URL and brackets around it", () => {
    expect(extractLinks("Open https://a.example/x. Or [https://b.example/y?z=1], then (https://c.example).")).toEqual([
      "https://a.example/x",
      "https://b.example/y?z=1",
      "https://c.example",
    ]);
  });

  it("ignores non-http links such as mailto: and javascript:", () => {
    expect(extractLinks("", `<a href="mailto:x@y.z">m</a><a href="javascript:alert(1)">j</a>`)).toEqual([]);
  });

  it("returns nothing for text without links", () => {
    expect(extractLinks("Hello there")).toEqual([]);
  });
});

describe("splitTextByLinks", () => {
  it("splits text into plain runs and links, keeping every character", () => {
    const text = "Go to https://a.example/x?y=1. Then https://b.example";
    const parts = splitTextByLinks(text);
    expect(parts).toEqual([
      { type: "text", value: "Go to " },
      { type: "link", value: "https://a.example/x?y=1" },
      { type: "text", value: ". Then " },
      { type: "link", value: "https://b.example" },
    ]);
    expect(parts.map((p) => p.value).join("")).toBe(text);
  });

  it("returns one text part when there is no link", () => {
    expect(splitTextByLinks("plain")).toEqual([{ type: "text", value: "plain" }]);
  });
});
