// The one email address schema: every address Roster accepts (sign-in, including inside Auth.js's
// normaliser; Create Member; Invite Members; CSV import; the API and SCIM) goes through it. A plain
// ASCII addr-spec only — no display names ("Name <a@x>"), lists ("a@x,b@y"), quoted local parts
// ("\"x@evil\"@example"), comments or look-alike characters (full-width ＠) — because anything a
// mail library parses differently from us can send a message to an address we never checked.
import { z } from "zod";

export const EMAIL_MAX_LENGTH = 254;
const LOCAL_MAX_LENGTH = 64;

/** Dot-atom local part: the characters RFC 5322 allows unquoted, no leading/trailing/double dots. */
const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
/** Host name labels (letters, digits, inner hyphens) and a top-level domain of letters or punycode. */
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

export const INVALID_EMAIL_MESSAGE = "Enter a valid email address, like name@example.com.";

/** Why `address` (already trimmed and lowercased) is not acceptable, or null when it is. */
export function emailAddressProblem(address: string): string | null {
  if (address.length === 0) return "Enter an email address.";
  if (address.length > EMAIL_MAX_LENGTH) return "That email address is too long.";
  const at = address.lastIndexOf("@");
  if (at <= 0 || address.indexOf("@") !== at) return INVALID_EMAIL_MESSAGE;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length > LOCAL_MAX_LENGTH || !LOCAL_PART.test(local)) return INVALID_EMAIL_MESSAGE;
  if (!DOMAIN.test(domain)) return INVALID_EMAIL_MESSAGE;
  return null;
}

/** Trims and lowercases, then validates; the output is the normalised address. */
export const emailAddressSchema = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .superRefine((address, ctx) => {
    const problem = emailAddressProblem(address);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** The normalised address, or throws: Auth.js's normalizeIdentifier contract. */
export function normalizeEmailAddress(value: unknown): string {
  const parsed = emailAddressSchema.safeParse(value);
  if (!parsed.success) throw new InvalidEmailAddressError(parsed.error.issues[0]?.message ?? INVALID_EMAIL_MESSAGE);
  return parsed.data;
}

export class InvalidEmailAddressError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidEmailAddressError";
  }
}
