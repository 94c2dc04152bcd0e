// Finds the URLs in an email's text and HTML, and splits text into plain and link parts (dev mailbox).

const URL_IN_TEXT = /https?:\/\/[^\s<>"'\]\[)(]+/g;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
/** Sentence punctuation that ends a sentence rather than the URL. */
const TRAILING_PUNCTUATION = /[.,;:!?]+$/;

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function urlsInText(text: string): string[] {
  return Array.from(text.matchAll(URL_IN_TEXT), (m) => m[0].replace(TRAILING_PUNCTUATION, ""));
}

/** Distinct http(s) URLs, in order of appearance: those in the text first, then hrefs in the HTML. */
export function extractLinks(text: string, html = ""): string[] {
  const hrefs = Array.from(html.matchAll(HREF), (m) => decodeEntities(m[1] ?? m[2] ?? "").trim());
  const links = [...urlsInText(text), ...hrefs].filter((url) => /^https?:\/\//i.test(url));
  return [...new Set(links)];
}

export type TextPart = { type: "text"; value: string } | { type: "link"; value: string };

/** Splits text into plain runs and URLs, so a page can render the URLs as links. */
export function splitTextByLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const url = match[0].replace(TRAILING_PUNCTUATION, "");
    const start = match.index;
    if (start > last) parts.push({ type: "text", value: text.slice(last, start) });
    parts.push({ type: "link", value: url });
    last = start + url.length;
  }
  if (last < text.length) parts.push({ type: "text", value: text.slice(last) });
  return parts;
}
