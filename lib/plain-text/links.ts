// Links in text people write for others to read (an inviter's message): such text is plain text,
// so it may hold no link, and what still looks like a host name must not become one in a mail client.
import { TOP_LEVEL_DOMAINS } from "./top-level-domains";

/** Invisible, and no line break: "evil.\u2060com" reads the same but is no longer a host name to a linkifier. */
export const WORD_JOINER = "\u2060";

/** Schemes that act without "//" (mail, scripts, calls, files, app hand-offs). */
const BARE_SCHEMES = "mailto|javascript|vbscript|data|file|blob|tel|sms|callto|facetime|skype|whatsapp|tg|intent|market|itms-services|ftp";

const LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";
// After NFKC the fullwidth and halfwidth full stops are one of these two.
const DOT = "[.\u3002]";

const SCHEME_WITH_SLASHES = /(?<![\p{L}\p{N}+.-])[a-z][a-z0-9+.-]{0,30}:\/\/\S*/u;
const BARE_SCHEME = new RegExp(`(?<![\\p{L}\\p{N}+.-])(?:${BARE_SCHEMES}):[^\\s]\\S*`, "u");
const WWW = new RegExp(`(?<![\\p{L}\\p{N}])www\\d{0,3}${DOT}${LABEL}\\S*`, "u");
const HOST = new RegExp(`(?<![\\p{L}\\p{N}_-])${LABEL}(?:${DOT}${LABEL})+`, "gu");
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/** What follows a host in an address: a path, a port, a query or a fragment. */
const ADDRESS_TAIL = /^(?:[/\\?#]\S|:\d)/;

/**
 * The first link in `text`, as found (for the error message), or null. A link is: anything with
 * "scheme://"; mailto:, javascript: and other schemes that act without slashes; "www."; and bare
 * host names a mail client would turn into links — a name ending in a real top-level domain
 * ("evil.com", "ASP.NET", "README.md"), or any dotted name with a path or port after it
 * ("evil.example/login"), or with three or more labels ("login.evil.example"). Prose such as
 * "e.g.", "i.e.", "Node.js" or "v2.0" is not a link: no one-letter, numeric or unknown last label.
 */
export function findLink(text: string): string | null {
  // Compatibility forms (fullwidth letters and dots) and invisible format characters (soft hyphens,
  // zero-width spaces) would otherwise hide a link from this check but not from a reader.
  const normalized = text.normalize("NFKC").replace(/\p{Cf}/gu, "").toLowerCase();
  for (const pattern of [SCHEME_WITH_SLASHES, BARE_SCHEME, WWW]) {
    const found = pattern.exec(normalized);
    if (found) return shorten(found[0]);
  }
  for (const found of normalized.matchAll(HOST)) {
    const host = found[0];
    const tail = normalized.slice(found.index + host.length);
    if (looksLikeAddress(host, tail)) return shorten(host + (tail.match(/^\S*/)?.[0] ?? ""));
  }
  return null;
}

function looksLikeAddress(host: string, tail: string): boolean {
  const labels = host.split(new RegExp(DOT, "u"));
  const last = labels[labels.length - 1] ?? "";
  if (IPV4.test(host)) return ADDRESS_TAIL.test(tail);
  if (!/^(?:\p{L}{2,63}|xn--[a-z0-9-]+)$/u.test(last)) return false;
  return TOP_LEVEL_DOMAINS.has(last) || last.startsWith("xn--") || ADDRESS_TAIL.test(tail) || labels.length >= 3;
}

function shorten(found: string): string {
  // Sentence punctuation after an address isn't part of it; a ")" is when it closes a "(" inside.
  let trimmed = found.replace(/[.,;:!?"'»”’]+$/u, "");
  if (!trimmed.includes("(")) trimmed = trimmed.replace(/[)\]}>]+$/u, "");
  return trimmed.length > 60 ? `${trimmed.slice(0, 57)}…` : trimmed;
}

/**
 * The text with a word joiner after every dot, "@" and ":" that sits inside a word — between
 * "evil." and "com", "bob@" and "evil", "https:" and "//" — so no mail client auto-links what still
 * looks like an address. Applied to every user-written string an email shows.
 */
export function breakAutoLinks(text: string): string {
  return text.replace(/([\p{L}\p{N}])([.@:\u3002\uFF0E\uFF61\uFF20\uFF1A])(?=[\p{L}\p{N}/\\])/gu, `$1$2${WORD_JOINER}`);
}
